# argparse: help and usage text (wrapping at COLUMNS=80), formatter classes, groups, subcommands, version
import argparse
import os
import sys
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='tool', description='A tool that does many things to files and '
                            'directories, described here at some length so that the text wraps.',
                            epilog='See the manual for more.')
p.add_argument('input', help='the input file')
p.add_argument('outputs', nargs='+', metavar='OUT', help='where results go')
p.add_argument('-n', '--number', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', help='more output')
p.add_argument('--mode', choices=['a', 'b', 'c'], help='one of %(choices)s')
p.add_argument('--very-long-option-name-here', metavar='VALUE', help='an option whose name is long enough '
               'to push its help to the next line')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--no-help')
p.add_argument('--pair', nargs=2)
p.add_argument('--maybe', nargs='?')
p.add_argument('--many', nargs='*')
p.add_argument('--color', action=argparse.BooleanOptionalAction, help='colour output')
grp = p.add_argument_group('advanced', 'Options for experts.')
grp.add_argument('--depth', type=int, help='recursion depth')
mx = p.add_mutually_exclusive_group()
mx.add_argument('--fast', action='store_true', help='go fast')
mx.add_argument('--slow', action='store_true', help='go slow')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.print_help()
print('---')
p.print_usage()
print('---')
print(p.format_usage(), end='')
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)

for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    q = argparse.ArgumentParser(prog='fmt', formatter_class=cls,
                                description='Line one\n  indented line two\n\nparagraph')
    q.add_argument('--size', type=int, default=10, help='the size\n  kept as is')
    q.add_argument('name', type=str, nargs='?', default='x', help='a name')
    print('===', cls.__name__)
    print(q.format_help(), end='')

s = argparse.ArgumentParser(prog='vcs')
s.add_argument('--root')
sub = s.add_subparsers(title='commands', dest='cmd', help='what to do', metavar='COMMAND')
c = sub.add_parser('commit', help='record changes', description='Record the changes.')
c.add_argument('-m', required=True, help='the message')
sub.add_parser('push', aliases=['p'], help='send changes')
sub.add_parser('quiet')
print(s.format_help(), end='')
print(c.format_help(), end='')

s2 = argparse.ArgumentParser(prog='plain')
sub2 = s2.add_subparsers()
sub2.add_parser('one')
sub2.add_parser('two')
print(s2.format_help(), end='')

req = argparse.ArgumentParser(prog='req')
rg = req.add_mutually_exclusive_group(required=True)
rg.add_argument('--x', action='store_true')
rg.add_argument('--y', type=int)
req.add_argument('pos', nargs='*')
print(req.format_usage(), end='')

long = argparse.ArgumentParser(prog='a-rather-long-program-name-that-takes-room-in-usage-lines')
for i in range(8):
    long.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
long.add_argument('positional_one')
long.add_argument('positional_two', nargs='+')
print(long.format_usage(), end='')
long2 = argparse.ArgumentParser(prog='short')
for i in range(10):
    long2.add_argument('--opt%d' % i, metavar='V')
long2.add_argument('target')
print(long2.format_usage(), end='')
custom = argparse.ArgumentParser(prog='cu', usage='%(prog)s [options] files', add_help=False)
custom.add_argument('files', nargs='*')
print(custom.format_help(), end='')
narrow = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10))
narrow.add_argument('--alpha', help='a help text that will need wrapping over a few lines')
print(narrow.format_help(), end='')
