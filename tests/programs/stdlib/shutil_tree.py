import os
import shutil
import stat
import tempfile


def tree(root):
    out = []
    for top, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(top, root)
        out.append((rel, sorted(files)))
    return out


with tempfile.TemporaryDirectory() as base:
    src = os.path.join(base, 'src')
    os.makedirs(os.path.join(src, 'pkg', 'sub'))
    for name, text in [('a.txt', 'alpha'), ('b.py', 'print(1)'), ('pkg/c.txt', 'gamma'),
                       ('pkg/sub/d.pyc', 'delta'), ('pkg/sub/e.txt', 'eps')]:
        with open(os.path.join(src, name), 'w') as f:
            f.write(text)
    os.chmod(os.path.join(src, 'b.py'), 0o751)
    os.utime(os.path.join(src, 'b.py'), (1_000_000_000, 1_100_000_000))
    dst = shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(base, 'a_copy.txt'))
    print(os.path.basename(dst), open(dst).read())
    c1 = shutil.copy(os.path.join(src, 'b.py'), base)
    print(os.path.basename(c1), oct(stat.S_IMODE(os.stat(c1).st_mode)), os.stat(c1).st_mtime != 1_100_000_000)
    os.remove(c1)
    c2 = shutil.copy2(os.path.join(src, 'b.py'), os.path.join(base, 'b2.py'))
    print(os.path.basename(c2), oct(stat.S_IMODE(os.stat(c2).st_mode)), os.stat(c2).st_mtime)
    for bad in [lambda: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt')),
                lambda: shutil.copyfile(os.path.join(src, 'missing'), os.path.join(base, 'x')),
                lambda: shutil.copyfile(os.path.join(src, 'pkg'), os.path.join(base, 'x'))]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, isinstance(e, shutil.Error), e.errno if not isinstance(e, shutil.Error) else '')
    out = shutil.copytree(src, os.path.join(base, 'copy'))
    print(os.path.basename(out), tree(out))
    try:
        shutil.copytree(src, os.path.join(base, 'copy'))
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    shutil.copytree(src, os.path.join(base, 'copy'), dirs_exist_ok=True)
    shutil.copytree(src, os.path.join(base, 'filtered'), ignore=shutil.ignore_patterns('*.pyc', 'c.*'))
    print(tree(os.path.join(base, 'filtered')))
    print(shutil.ignore_patterns('*.txt', 'b*')('x', ['a.txt', 'b.py', 'c.md']) == {'a.txt', 'b.py'})
    moved = shutil.move(os.path.join(base, 'filtered'), os.path.join(base, 'moved'))
    print(os.path.basename(moved), os.path.exists(os.path.join(base, 'filtered')), tree(moved)[0])
    moved2 = shutil.move(os.path.join(base, 'a_copy.txt'), moved)
    print(os.path.relpath(moved2, base), sorted(os.listdir(moved)))
    try:
        shutil.move(os.path.join(base, 'b2.py'), moved) and shutil.copy(c2 if os.path.exists(c2) else moved2, base)
        shutil.copy(os.path.join(moved, 'b2.py'), base)
        shutil.move(os.path.join(base, 'b2.py'), moved)
    except shutil.Error as e:
        print('Error', str(e).replace(base, '<base>'))
    shutil.rmtree(os.path.join(base, 'copy'))
    print(os.path.exists(os.path.join(base, 'copy')))
    try:
        shutil.rmtree(os.path.join(base, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    shutil.rmtree(os.path.join(base, 'nope'), ignore_errors=True)
    seen = []
    shutil.rmtree(os.path.join(base, 'nope'), onexc=lambda fn, p, exc: seen.append((fn.__name__, type(exc).__name__)))
    print(seen)
    os.symlink(src, os.path.join(base, 'srclink'))
    try:
        shutil.rmtree(os.path.join(base, 'srclink'))
    except OSError as e:
        print('OSError', e.errno, e.strerror, os.path.basename(e.filename))
    with open(os.path.join(base, 'big.txt'), 'w') as f:
        f.write('x' * 1000)
    import io
    buf = io.StringIO()
    with open(os.path.join(base, 'big.txt')) as f:
        shutil.copyfileobj(f, buf, 64)
    print(len(buf.getvalue()))
    print(sorted(os.listdir(base)))
print(os.path.exists(base))
usage = shutil.disk_usage('.')
print(type(usage).__name__, usage._fields, usage.total >= usage.used >= 0, usage.free >= 0)
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-program-xyz'), shutil.which('sh', path=''))
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((99, 33)))
