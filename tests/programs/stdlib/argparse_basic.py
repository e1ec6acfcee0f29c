# argparse: positionals, optionals, nargs, actions, types, choices, defaults, groups, subparsers, Namespace
import argparse
import os
os.environ['COLUMNS'] = '80'


def show(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('SystemExit', e.code)


p = argparse.ArgumentParser(prog='demo')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--tag', action='append')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--flag', action='append_const', const='F', dest='flags')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
show(p, ['a'])
show(p, ['a', 'b', '-n', '3', '-vv', '-q', '--no-cache', '--mode', 'slow'])
show(p, ['--tag', 'x', 'a', '--tag=y', '--const', '--flag', '--flag', '--ext', '1', '2', '--ext', '3'])
show(p, ['a', '--no-color', '--pair', '1', '2', '--opt'])
show(p, ['a', '--opt', 'val', '-n5', '-vqv'])
show(p, ['--count=7', '--', '-a', '-b'])
show(p, ['a', '--co', '9'])

print(p.parse_known_args(['a', '--unknown', 'x', '-z']))
ns = argparse.Namespace(a=1, b='two')
print(ns, ns == argparse.Namespace(b='two', a=1), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))

q = argparse.ArgumentParser(prog='many')
q.add_argument('first', nargs='+')
q.add_argument('last')
q.add_argument('rest', nargs=argparse.REMAINDER)
show(q, ['1', '2', '3'])
show(q, ['1', '2', '3', '-x', '--y'])
r = argparse.ArgumentParser(prog='star')
r.add_argument('items', nargs='*', type=float)
r.add_argument('-x', type=int)
show(r, [])
show(r, ['1.5', '-x', '2', '3'])
show(r, ['-1', '-2.5'])

g = argparse.ArgumentParser(prog='mx')
m = g.add_mutually_exclusive_group()
m.add_argument('--a', action='store_true')
m.add_argument('--b', action='store_true')
show(g, ['--a'])
show(g, [])

s = argparse.ArgumentParser(prog='git')
s.add_argument('--root', default='.')
sub = s.add_subparsers(dest='command', required=True)
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
st = sub.add_parser('status', aliases=['st'], help='show status')
st.add_argument('paths', nargs='*')
st.set_defaults(func='status-func')
show(s, ['commit', '-m', 'msg'])
show(s, ['--root', '/r', 'st', 'a', 'b'])
show(s, ['status'])

d = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
d.add_argument('--x', type=int)
d.add_argument('--y', default=3)
show(d, [])
show(d, ['--x', '1'])
d2 = argparse.ArgumentParser(prog='defs2')
d2.add_argument('--n', type=int, default='10')
d2.set_defaults(extra=True, n=5)
show(d2, [])
print(d2.get_default('n'), d2.get_default('extra'), d2.get_default('nothing'))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('x')
show(child, ['X', '--shared', 'S'])

ff = argparse.ArgumentParser(prog='pfx', prefix_chars='+/')
ff.add_argument('+f', action='store_true')
ff.add_argument('//long')
show(ff, ['+f', '//long', 'v'])

act = p._actions[2]
print(act)
print(repr(argparse.FileType('w')), repr(argparse.FileType('rb', encoding='utf-8')))
print(type(p.add_argument('--zz')).__name__, argparse.SUPPRESS, argparse.REMAINDER, argparse.PARSER)


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


u = argparse.ArgumentParser(prog='custom')
u.add_argument('--name', action=Upper)
show(u, ['--name', 'bob'])
