# Runs every case of re_cases_mod through re and prints what each operation returns: match objects as their
# groups, spans, groupdict, lastindex and lastgroup; findall/finditer/sub/subn/split results; the exception type
# of a pattern that does not compile. The .out file is CPython 3.13's output for the same cases.
import re
from re_cases_mod import CASES


def show_match(m):
    if m is None:
        return 'None'
    spans = [m.span(i) for i in range(len(m.groups()) + 1)]
    return f'{m.group()!r} {m.groups()!r} {spans} {m.groupdict()!r} {m.lastindex!r} {m.lastgroup!r}'


def shout(m):
    return m.group().upper() + str(len(m.group()))


def run(op, pattern, subject, flags, extra):
    if op == 'compile':
        return repr(re.compile(pattern, flags).groups)
    p = re.compile(pattern, flags)
    if op in ('match', 'search', 'fullmatch'):
        return show_match(getattr(p, op)(subject))
    if op == 'findall':
        return repr(p.findall(subject))
    if op == 'finditer':
        return repr([(m.span(), m.group()) for m in p.finditer(subject)])
    if op == 'sub':
        return repr(p.sub(extra, subject))
    if op == 'subn':
        return repr(p.subn(extra, subject))
    if op == 'subfn':
        return repr(p.sub(shout, subject))
    if op == 'subcount':
        return repr(p.sub('-', subject, count=extra))
    if op == 'split':
        return repr(p.split(subject, maxsplit=extra))
    raise ValueError(op)


def main():
    for number, (op, pattern, subject, flags, extra) in enumerate(CASES):
        try:
            result = run(op, pattern, subject, flags, extra)
        except re.error as e:
            result = f're.error {e.msg!r} {e.pos}'
        print(number, op, repr(pattern)[:40], '->', result)


main()
# The module-level functions take the same paths as compiled patterns.
print(re.findall(r'\d', 'a1b2'), re.sub('a', 'b', 'aa', count=1), re.split(',', 'a,b'), re.fullmatch('a+', 'aa').span())
print(re.escape('a.b*c?d'), re.escape('x y-z'), (re.compile('ab', re.I).flags & re.I) != 0, re.purge())
m = re.search(r'(?P<k>\w+)=(?P<v>\w+)', 'x key=val y')
print(m.start('v'), m.end(1), m.expand(r'\g<v>:\1'), m['k'], m[2], m.re.pattern, m.string, m.pos, m.endpos)
print(m.span('k'), m.group(1, 2), m.group('k', 0), m.groupdict('-'), re.compile(r'(a)(b)?').match('a').groups('-'))
