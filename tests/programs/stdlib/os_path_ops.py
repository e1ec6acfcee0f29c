import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, os.devnull, os.name,
      repr(os.linesep), os.error is OSError, os.defpath)
cases = ['', '/', '//', '///', 'a', 'a/', '/a', 'a/b', '/a/b/', 'a//b', './a', '../a/b', 'a/./b/../c',
         '.bashrc', 'a.b.c', 'a/.hidden', 'dir.d/file', 'x.', '..', '...x', '/a/b.tar.gz', '//a//b//']
for c in cases:
    print(repr(c), os.path.split(c), os.path.splitext(c), repr(os.path.basename(c)), repr(os.path.dirname(c)),
          repr(os.path.normpath(c)), os.path.isabs(c), os.path.splitroot(c))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('a', ''),
      os.path.join('', 'a'), os.path.join(b'x', b'y'))
for bad in [lambda: os.path.join('a', b'b'), lambda: os.path.join('a', 3), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(['/a', 'b']), lambda: os.path.relpath(''), lambda: os.fspath(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])),
      os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b']),
      os.path.commonpath(['/a/./b', '/a/b/c']), os.path.commonpath([b'/x/y', b'/x/z']))
for a, b in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/x/y'), ('a/b', 'a/b'), ('/', '/a')]:
    print(os.path.relpath(a, b), end=' ')
print()
print(os.path.relpath('x/y') == os.path.join('x', 'y'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'),
      os.path.abspath('/a/../b'))
os.environ['TIERCEL_PATH_TEST'] = 'value'
os.environ['HOME'] = '/home/someone'
print(os.path.expandvars('$TIERCEL_PATH_TEST/${TIERCEL_PATH_TEST}/$NOPE_NOT_SET/${NOPE}/$/x$'),
      os.path.expanduser('~/docs'), os.path.expanduser('~'), os.path.expanduser('~other/x'),
      os.path.expanduser('a/~'), os.path.expanduser(b'~/b'))
print(os.fspath('s'), os.fspath(b'b'), os.fsencode('caf\u00e9'), os.fsdecode(b'caf\xc3\xa9'))


class P:
    def __fspath__(self):
        return 'from/fspath'


print(os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike), os.path.join(P(), 'x'))


class Bad:
    def __fspath__(self):
        return 3


try:
    os.fspath(Bad())
except TypeError as e:
    print(e)
print(os.path.normcase('A/B'), os.path.splitdrive('/a/b'), os.path.exists(''), os.path.isdir('.'),
      os.path.exists('/definitely/not/here'), os.path.lexists('/definitely/not'))
