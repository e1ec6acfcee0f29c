# argparse: error messages (usage + "prog: error: ..." on stderr, exit status 2) and exit_on_error=False
import argparse
import os
import sys
os.environ['COLUMNS'] = '80'


def attempt(parser, args):
    sys.stderr.flush()
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        sys.stderr.flush()
        print('SystemExit', e.code)


p = argparse.ArgumentParser(prog='err')
p.add_argument('x', type=int)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--num', type=float)
p.add_argument('--two', nargs=2)
p.add_argument('--one-or-more', nargs='+')
p.add_argument('--flag', action='store_true')
attempt(p, [])
attempt(p, ['notint'])
attempt(p, ['1', '--mode', 'z'])
attempt(p, ['1', '--num', 'x'])
attempt(p, ['1', '--two', 'a'])
attempt(p, ['1', '--one-or-more'])
attempt(p, ['1', '--mode'])
attempt(p, ['1', 'extra', '--what'])
attempt(p, ['1', '--flag=yes'])
attempt(p, ['1', '--fl', '--f'])

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
attempt(m, ['--a', '--b'])
attempt(m, [])

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--foobar')
attempt(amb, ['--fo', '1'])

sub = argparse.ArgumentParser(prog='top')
sp = sub.add_subparsers(dest='cmd', required=True)
sp.add_parser('run').add_argument('--fast', action='store_true')
attempt(sub, [])
attempt(sub, ['jump'])
attempt(sub, ['run', '--slow'])


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return n


t = argparse.ArgumentParser(prog='typed')
t.add_argument('n', type=positive)
attempt(t, ['-5'])
attempt(t, ['0'])
attempt(t, ['3'])

quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
for args in (['--n', 'x'], ['--bad']):
    try:
        quiet.parse_args(args)
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)

for make in (lambda: argparse.ArgumentParser().add_argument('--x', action='nope'),
             lambda: argparse.ArgumentParser().add_argument('x', required=True),
             lambda: argparse.ArgumentParser().add_argument('--x', nargs=0),
             lambda: argparse.ArgumentParser().add_argument('--x', type='int'),
             lambda: argparse.ArgumentParser().add_argument('--x', nargs=2, metavar=('A', 'B', 'C')),
             lambda: argparse.ArgumentParser().add_argument('x', dest='y'),
             lambda: argparse.ArgumentParser(conflict_handler='bogus')):
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
dup = argparse.ArgumentParser()
dup.add_argument('-x')
try:
    dup.add_argument('-x', '--ex')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--ex', help='old')
res.add_argument('-x', help='new')
print(res.format_help(), end='')

p.error('custom problem')
