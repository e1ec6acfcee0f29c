import os
import tempfile

print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()), os.path.isabs(tempfile.gettempdir()),
      tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()), tempfile.TMP_MAX)
d = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
name = os.path.basename(d)
print(os.path.isdir(d), os.path.isabs(d), name.startswith('pre_'), name.endswith('_suf'), len(name),
      oct(os.stat(d).st_mode & 0o777))
fd, path = tempfile.mkstemp(suffix='.txt', dir=d)
print(isinstance(fd, int), os.path.dirname(path) == d, path.endswith('.txt'), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'through fd')
os.close(fd)
print(open(path).read())
with tempfile.NamedTemporaryFile(dir=d, suffix='.bin') as f:
    print(f.name.endswith('.bin'), os.path.exists(f.name), f.write(b'abc'), f.tell())
    f.seek(0)
    print(f.read(), type(f).__name__, f.mode)
    kept = f.name
print(os.path.exists(kept))
with tempfile.NamedTemporaryFile('w+', dir=d, delete=False) as f:
    f.write('line1\nline2\n')
    f.seek(0)
    print(f.readline(), end='')
    print(list(f))
    kept = f.name
print(os.path.exists(kept), open(kept).read().count('\n'))
os.remove(kept)
f = tempfile.NamedTemporaryFile(dir=d, delete_on_close=False)
f.write(b'x')
f.close()
print(os.path.exists(f.name))
os.remove(f.name)
with tempfile.TemporaryFile(dir=d) as t:
    t.write(b'hello')
    t.seek(0)
    print(t.read(), sorted(os.listdir(d)) == [os.path.basename(path)])
with tempfile.TemporaryFile('w+', dir=d) as t:
    t.write('text ü')
    t.seek(0)
    print(t.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('short')
    print(s._rolled, s.name)
    s.write(' and now much longer')
    print(s._rolled)
    s.seek(0)
    print(s.read())
with tempfile.TemporaryDirectory(dir=d, prefix='td') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('td'))
    os.makedirs(os.path.join(td, 'x', 'y'))
    with open(os.path.join(td, 'x', 'f'), 'w') as fh:
        fh.write('z')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=d)
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
t = tempfile.TemporaryDirectory(dir=d, delete=False)
with t as name:
    pass
print(os.path.exists(name))
os.rmdir(name)
m = tempfile.mktemp(dir=d)
print(os.path.exists(m), os.path.dirname(m) == d)
try:
    tempfile.mkdtemp(prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
