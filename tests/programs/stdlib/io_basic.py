import io
s = io.StringIO()
print('hello', 'world', file=s)
print(1, 2, sep='-', end='!\n', file=s)
s.write('x\ny')
print(repr(s.getvalue()), s.tell(), s.readable(), s.writable(), s.seekable())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
print(list(io.StringIO('a\nb\nc')), io.StringIO('one\ntwo\n').readlines())
t = io.StringIO('abcdef'); t.seek(2); t.write('ZZ'); print(t.getvalue(), t.tell())
t.seek(10); t.write('!'); print(repr(t.getvalue()))
t.truncate(3); print(repr(t.getvalue()))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError', e)
b = io.BytesIO(b'abc')
b.seek(0, io.SEEK_END); b.write(b'de'); print(b.getvalue(), b.tell())
b.seek(1); print(b.read(2), b.read(), io.BytesIO(b'1\n2').readlines(), bytes(io.BytesIO(b'qq').getbuffer()))
for bad in ("io.StringIO(5)", "io.StringIO().write(b'x')", "io.BytesIO().write('x')", "io.StringIO().seek(-1)"):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), io.SEEK_CUR,
      issubclass(io.UnsupportedOperation, OSError))
lines = io.StringIO()
lines.writelines(['a\n', 'b\n'])
print(repr(lines.getvalue()))
for bad in ('io.StringIO().truncate(-1)', 'io.BytesIO().seek(-1)', 'io.BytesIO().truncate(-2)',
            'io.StringIO().seek(0, 5)', 'io.StringIO().seek(1, 1)', 'io.StringIO().seek(1.5)', 'io.BytesIO().seek(0, 7)'):
    try:
        print(eval(bad))
    except (TypeError, ValueError, OSError) as e:
        print(bad, type(e).__name__, e)
print(io.BytesIO(b'abc').seek(-1, 2), io.BytesIO(b'abc').seek(-9, 1), io.StringIO('abc').seek(0, 2))
closed = io.BytesIO()
closed.close()
try:
    closed.getvalue()
except ValueError as e:
    print(e)
