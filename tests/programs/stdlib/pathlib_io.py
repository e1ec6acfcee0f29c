import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
try:
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute(), base.is_symlink())
    (base / 'sub' / 'deep').mkdir(parents=True)
    (base / 'sub').mkdir(exist_ok=True)
    try:
        (base / 'sub').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        (base / 'x' / 'y').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    f = base / 'hello.txt'
    print(f.write_text('hello\nworld\n'), repr(f.read_text()), f.read_bytes(), f.stat().st_size)
    print((base / 'data.bin').write_bytes(b'\x00\x01\x02'), (base / 'data.bin').read_bytes())
    try:
        f.write_text(b'bytes')
    except TypeError as e:
        print('TypeError', e)
    with f.open() as fh:
        print(fh.readline().rstrip())
    with f.open('a') as fh:
        fh.write('more\n')
    print(f.read_text().splitlines())
    (base / 'sub' / 'a.py').touch()
    (base / 'sub' / 'deep' / 'b.py').touch()
    (base / 'sub' / 'deep' / 'c.txt').write_text('c')
    (base / '.hidden.py').touch()
    (base / 'sub' / 'a.py').touch(exist_ok=True)
    try:
        (base / 'sub' / 'a.py').touch(exist_ok=False)
    except FileExistsError:
        print('touch exists')
    rel = lambda ps: sorted(p.relative_to(base).as_posix() for p in ps)
    print(rel(base.iterdir()))
    print(rel(base.glob('*.py')), rel(base.glob('*')), rel(base.glob('sub/*')))
    print(rel(base.glob('**/*.py')), rel(base.rglob('*.py')), rel(base.rglob('*.txt')))
    print(rel(base.glob('**')), rel(base.glob('**/')), rel(base.glob('sub/**/*.txt')), rel(base.glob('*/')))
    print(rel(base.glob('sub/deep/c.txt')), rel(base.glob('nope/*')), rel(base.glob('s?b/[ab].py')))
    for root, dirs, files in base.walk():
        dirs.sort()
        print(root.relative_to(base).as_posix(), dirs, sorted(files))
    g = base / 'hello.txt'
    moved = g.rename(base / 'renamed.txt')
    print(type(moved).__name__, moved.name, g.exists(), moved.exists())
    moved2 = moved.replace(base / 'sub' / 'final.txt')
    print(moved2.relative_to(base), moved2.read_text().count('\n'))
    link = base / 'link'
    link.symlink_to('sub/final.txt')
    print(link.is_symlink(), link.is_file(), link.readlink(), link.resolve() == moved2.resolve(),
          link.samefile(moved2), link.lstat().st_size != link.stat().st_size)
    link.unlink()
    link.unlink(missing_ok=True)
    try:
        link.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    (base / 'sub' / 'deep' / 'b.py').unlink()
    (base / 'sub' / 'deep' / 'c.txt').unlink()
    (base / 'sub' / 'deep').rmdir()
    print(rel(base.rglob('*')))
    old = os.getcwd()
    os.chdir(base)
    print(Path.cwd() == base.resolve(), Path('sub').absolute() == base.resolve() / 'sub',
          Path('sub/../sub/a.py').resolve() == (base / 'sub' / 'a.py').resolve(), Path('sub').exists())
    os.chdir(old)
    os.environ['HOME'] = '/home/tester'
    print(Path('~/x').expanduser(), Path.home(), Path('/a/b').expanduser())
    (base / 'sub' / 'final.txt').chmod(0o600)
    print(oct((base / 'sub' / 'final.txt').stat().st_mode & 0o777))
    print(Path('/definitely/missing').exists(), Path('/definitely/missing').is_dir())
    try:
        Path('/definitely/missing').read_text()
    except FileNotFoundError as e:
        print(e)
finally:
    import shutil
    shutil.rmtree(base)
print(base.exists())
