import os
import stat
import tempfile

base = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(base, 'a', 'b', 'c'))
    os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'a', 'b'))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    for name in ('f1.txt', 'f2.py', os.path.join('a', 'g.txt')):
        with open(os.path.join(base, name), 'w') as f:
            f.write('data:' + name)
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
    st = os.stat(os.path.join(base, 'f1.txt'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), st[stat.ST_SIZE],
          type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8],
          isinstance(st, tuple), type(st).__name__)
    os.chmod(os.path.join(base, 'f1.txt'), 0o640)
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, 'f1.txt')).st_mode)),
          stat.filemode(os.stat(os.path.join(base, 'f1.txt')).st_mode), stat.filemode(os.stat(base).st_mode)[0])
    os.utime(os.path.join(base, 'f1.txt'), (1000000000, 1200000000))
    st = os.stat(os.path.join(base, 'f1.txt'))
    print(st.st_mtime, st.st_atime, st.st_mtime_ns, os.path.getmtime(os.path.join(base, 'f1.txt')))
    os.utime(os.path.join(base, 'f1.txt'), ns=(5 * 10**9, 7 * 10**9 + 500))
    print(os.stat(os.path.join(base, 'f1.txt')).st_mtime_ns, os.path.getsize(os.path.join(base, 'f1.txt')))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size if e.is_file() else '-', os.fspath(e) == e.path)
    os.symlink('f2.py', os.path.join(base, 'link'))
    os.symlink('missing', os.path.join(base, 'dangling'))
    print(os.readlink(os.path.join(base, 'link')), os.path.islink(os.path.join(base, 'link')),
          os.path.exists(os.path.join(base, 'dangling')), os.path.lexists(os.path.join(base, 'dangling')),
          stat.S_ISLNK(os.lstat(os.path.join(base, 'link')).st_mode),
          os.path.samefile(os.path.join(base, 'link'), os.path.join(base, 'f2.py')),
          os.path.realpath(os.path.join(base, 'link')) == os.path.realpath(os.path.join(base, 'f2.py')))
    for top, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(top, base), dirs, sorted(files))
    print([os.path.relpath(t, base) for t, d, f in os.walk(base, topdown=False)])
    errors = []
    print(list(os.walk(os.path.join(base, 'nope'), onerror=errors.append)), type(errors[0]).__name__)
    os.rename(os.path.join(base, 'f1.txt'), os.path.join(base, 'renamed.txt'))
    os.replace(os.path.join(base, 'renamed.txt'), os.path.join(base, 'f2.py'))
    print(sorted(os.listdir(base)), open(os.path.join(base, 'f2.py')).read())
    old = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), sorted(os.listdir()), open('a/g.txt').read(),
          os.path.exists('f2.py'), os.access('f2.py', os.R_OK), os.access('nope', os.F_OK))
    os.chdir(old)
    print(os.getcwd() == old)
    fd = os.open(os.path.join(base, 'raw.bin'), os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    print(os.write(fd, b'hello world'), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100),
          os.read(fd, 10), os.fstat(fd).st_size)
    os.ftruncate(fd, 4)
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100))
    os.close(fd)
    with os.fdopen(os.open(os.path.join(base, 'raw.bin'), os.O_RDONLY)) as f:
        print(repr(f.read()))
    errs = [lambda: os.open(os.path.join(base, 'raw.bin'), os.O_CREAT | os.O_EXCL | os.O_WRONLY),
            lambda: os.close(fd), lambda: os.stat(os.path.join(base, 'missing')),
            lambda: os.rmdir(os.path.join(base, 'a')), lambda: os.rmdir(os.path.join(base, 'f2.py')),
            lambda: os.remove(os.path.join(base, 'a')), lambda: os.listdir(os.path.join(base, 'f2.py')),
            lambda: os.mkdir(base), lambda: os.chdir(os.path.join(base, 'none')),
            lambda: os.rename(os.path.join(base, 'none'), os.path.join(base, 'x'))]
    for fn in errs:
        try:
            fn()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename and os.path.basename(e.filename) != base)
    try:
        os.stat('no-such-file-here')
    except FileNotFoundError as e:
        print(e)
    os.remove(os.path.join(base, 'link'))
    os.unlink(os.path.join(base, 'dangling'))
    os.removedirs(os.path.join(base, 'a', 'b', 'c'))
    print(sorted(os.listdir(os.path.join(base, 'a'))))
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(top, n))
        for n in dirs:
            os.rmdir(os.path.join(top, n))
    os.rmdir(base)
print(os.path.exists(base))
