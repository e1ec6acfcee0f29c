from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath, PosixPath, WindowsPath, UnsupportedOperation
import pathlib

print(pathlib.__all__)
for raw in ['', '.', '/', '//', '///', 'a', 'a/b/', '/a/./b//c', 'a/../b', '//host/x', 'x.tar.gz', '.bashrc',
            'dir/file.', 'a/b.c/d']:
    p = PurePosixPath(raw)
    print(repr(raw), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name),
          repr(p.suffix), p.suffixes, repr(p.stem), p.parent, p.is_absolute())
p = PurePosixPath('/usr/local/lib/python3.13/site.py')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents)
try:
    p.parents[10]
except IndexError as e:
    print('IndexError', e)
print(p.with_name('x.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('other'))
for bad in [lambda: PurePosixPath('/').with_name('x'), lambda: p.with_name(''), lambda: p.with_name('a/b'),
            lambda: p.with_suffix('pyc'), lambda: p.with_suffix('.'), lambda: p.relative_to('/etc'),
            lambda: PurePosixPath('rel').as_uri(), lambda: PurePosixPath('a') < PureWindowsPath('a'),
            lambda: PurePosixPath(3), lambda: WindowsPath('x')]:
    try:
        print(bad())
    except (ValueError, TypeError, UnsupportedOperation) as e:
        print(type(e).__name__, e)
print(p.relative_to('/usr'), p.relative_to('/usr/local/lib/python3.13/site.py'), p.is_relative_to('/usr/local'),
      p.is_relative_to('/opt'), PurePosixPath('a/b').relative_to('a/c', walk_up=True))
print(PurePosixPath('a') / 'b' / PurePosixPath('c'), 'x' / PurePosixPath('y'), PurePosixPath('a').joinpath('b', '/c', 'd'),
      PurePosixPath('a', 'b/c', PurePosixPath('d')))
print(p.match('*.py'), p.match('python3.13/*.py'), p.match('/usr/*/*/*/*.py'), p.match('/*.py'), p.match('lib/*.py'),
      PurePosixPath('a/B.PY').match('*.py'), PurePosixPath('a/B.PY').match('*.py', case_sensitive=False))
print(p.full_match('/usr/**'), p.full_match('**/*.py'), p.full_match('/usr/*/lib/**/site.py'),
      p.full_match('*.py'), PurePosixPath('a/b/c').full_match('a/**/c'), PurePosixPath('a/c').full_match('a/**/c'))
print(p.as_posix(), p.as_uri(), PurePosixPath('/a b/ü').as_uri(), bytes(PurePosixPath('/x')))
a, b, c = PurePosixPath('a'), PurePosixPath('a/'), PurePosixPath('b')
print(a == b, a != c, a < c, c >= a, hash(a) == hash(b), sorted([c, a, PurePosixPath('A')]),
      a == 'a', len({a, b, c}))
print(PurePath('x/y'), type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePosixPath))
w = PureWindowsPath('c:\\Windows/System32\\drivers')
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.name, w.parent, w.as_posix(), w.is_absolute())
print(PureWindowsPath('C:/a') == PureWindowsPath('c:\\A'), PureWindowsPath('//srv/share/dir/f.txt').parts,
      PureWindowsPath('d:rel').is_absolute(), PureWindowsPath('c:/x').as_uri())
print(str(PurePosixPath('a/b')) == 'a/b', f'{PurePosixPath("q")}', PurePosixPath('a') / Path('b'))
