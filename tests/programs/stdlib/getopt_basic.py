import getopt
print(getopt.__all__, getopt.error is getopt.GetoptError)
cases = [
    ("getopt", ['-a', '-b', 'val', '-cfoo', 'x', '-a'], 'ab:c:', []),
    ("getopt", ['-abval', '--', '-a'], 'ab:', []),
    ("getopt", ['-', '-a'], 'a', []),
    ("getopt", [], 'a', []),
    ("getopt", ['--alpha', '--beta=1', '--beta', '2', 'rest'], '', ['alpha', 'beta=']),
    ("getopt", ['--al', '--be=3'], '', ['alpha', 'beta=']),
    ("getopt", ['--al'], '', 'alpha'),
    ("getopt", ['--foo'], '', ['foo', 'foobar']),
    ("getopt", ['--foo=1'], '', ['foo=', 'foobar']),
    ("getopt", ['--fo'], '', ['foo', 'foobar']),
    ("getopt", ['--x'], '', ['foo']),
    ("getopt", ['--foo=bar'], '', ['foo']),
    ("getopt", ['--foo'], '', ['foo=']),
    ("getopt", ['--beta='], '', ['beta=']),
    ("getopt", ['-x'], 'ab', []),
    ("getopt", ['-b'], 'ab:', []),
    ("getopt", ['-:'], 'a:', []),
    ("getopt", ['-a', 'file', '-b'], 'ab', []),
    ("getopt", ('-a', 'x'), 'a', ()),
    ("getopt", ['--'], 'a', []),
    ("getopt", ['-a--', 'b'], 'a:', []),
    ("gnu_getopt", ['-a', 'file', '-b', 'x', '--long', 'z'], 'ab:', ['long']),
    ("gnu_getopt", ['-a', 'file', '--', '-b'], 'ab:', []),
    ("gnu_getopt", ['-a', 'file', '-b'], '+ab', []),
    ("gnu_getopt", ['f', '-', '-a'], 'a', []),
    ("gnu_getopt", ['--lo=v', 'op'], 'a', ['long=']),
    ("gnu_getopt", ['op', '-q'], 'a', []),
    ("gnu_getopt", ['op', '--long'], 'a', ['long=']),
    ("gnu_getopt", ['-ab', 'c', 'd'], 'ab:', []),
]
for fn, args, s, l in cases:
    try:
        r = getattr(getopt, fn)(args, s, l)
        print(fn, args, s, l, '->', r)
    except getopt.GetoptError as e:
        print(fn, args, s, l, '!!', type(e).__name__, e, '|', repr(e.msg), repr(e.opt), e.args)
try:
    raise getopt.error('boom')
except getopt.GetoptError as e:
    print(repr(e), str(e), repr(e.opt), e.args)
e = getopt.GetoptError('m', 'o')
print(repr(e), e.msg, e.opt)
print(issubclass(getopt.GetoptError, Exception))
import os
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['-a', 'file', '-b'], 'ab'))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['-a', 'file', '-b'], 'ab'))
# a typical command-line loop
argv = ['-v', '--output=out.txt', '-n', '3', 'input1', '--', '-notopt']
opts, rest = getopt.getopt(argv, 'vn:', ['output=', 'verbose'])
for o, a in opts:
    if o in ('-v', '--verbose'):
        print('verbose')
    elif o == '--output':
        print('output', a)
    elif o == '-n':
        print('n', int(a))
print('rest', rest)
opts, rest = getopt.gnu_getopt(['in', '--verb', 'x', '-vn5'], 'vn:', ['output=', 'verbose'])
print(opts, rest)
try:
    getopt.getopt(['--output'], '', ['output=', 'outer'])
except getopt.error as e:
    print('usage error:', e, e.opt)
