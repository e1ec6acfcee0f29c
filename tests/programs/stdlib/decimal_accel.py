# Decimal's construction, +, -, *, quantize, comparisons, hashing and str (what the _decimal_core accelerator runs
# in Java) on plain, signed, zero, long and exponent-form numbers, under every rounding mode and several
# precisions, with the context's flags after each; then seeded random operations. decimal_fallback.py runs this
# same program without the accelerator.
import random
from decimal import (Decimal, getcontext, localcontext, Context, Inexact, Rounded, InvalidOperation,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP)

D = Decimal
ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
             ROUND_05UP]


def flags():
    ctx = getcontext()
    shown = [s.__name__ for s in (Inexact, Rounded, InvalidOperation) if ctx.flags[s]]
    ctx.clear_flags()
    return ','.join(shown) or '-'


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, repr(r), flags())
    except Exception as e:
        print(label, type(e).__name__, flags())


texts = ['0', '-0', '0.00', '1', '-1', '+7', '12.50', '-0.001', '1e3', '1E-3', '-2.5e+2', '123456789012345678',
         '1234567890123456789', '-98765432109876543210.123456789', '0.000001', '0.0000001', '1e-7', '5E+10',
         '00012.3400', '.5', '5.', '1e0', '1e-0', '1_000', ' 3.5 ', 'NaN', '-Infinity', 'sNaN', '1.2.3', '1e',
         'e5', '', '١٢٣']
for t in texts:
    attempt('D(%r)' % t, D, t)
    try:
        d = D(t)
        print('  str', str(d), d.as_tuple(), bool(d))
    except Exception as e:
        print('  error', type(e).__name__)
for v in [0, 1, -1, 10**20, -10**30, True, False, D('1.5'), 2.5, (1, (1, 2), -1)]:
    attempt('D(%r)' % (v,), D, v)
attempt('D(value=)', lambda: D(value='1.25'))
attempt('D(context=)', lambda: D('1.25', context=Context(prec=2)))
attempt('D(bad type)', D, [1, 2])
attempt('D(3 args)', D, '1', None, 3)

operands = [D('0'), D('-0'), D('1'), D('-1'), D('2.5'), D('-0.75'), D('12345.6789'), D('1E+5'), D('1e-5'),
            D('99999999999999999999999999999'), D('0.1'), D('-0.10'), 7, -3, True]
for a in operands:
    for b in operands:
        print(repr(a), repr(b), end=': ')
        row = []
        for op in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y):
            try:
                row.append(str(op(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
        row.append(flags())
        try:
            row.append(str((a == b, a != b, a < b, a <= b, a > b, a >= b)))
        except TypeError as e:
            row.append('TypeError')
        print(' '.join(row))

for prec in (1, 3, 6, 28):
    for r in ROUNDINGS:
        with localcontext() as ctx:
            ctx.prec = prec
            ctx.rounding = r
            results = []
            for a, b in [('1.25', '1'), ('-1.35', '0.001'), ('999.5', '0.5'), ('123456789', '1'), ('-0.0005', '0'),
                         ('2.675', '3.3'), ('1e5', '1e-5'), ('-5', '5'), ('9.99', '9.99')]:
                x, y = D(a), D(b)
                results.append('%s %s %s' % (x + y, x - y, x * y))
                results.append(flags())
            print(prec, r, results)

for r in ROUNDINGS:
    print(r, [str(D(x).quantize(D(q), rounding=r)) for x, q in
              [('1.25', '0.1'), ('-1.25', '0.1'), ('1.35', '0.1'), ('2.5', '1'), ('-2.5', '1'), ('0.05', '0.1'),
               ('123.456', '1e1'), ('1.2', '0.0001'), ('0', '1e-3'), ('-0', '1e2'), ('7', '1'), ('0.045', '0.01')]])
# far exponents: more digits dropped than a long holds, long and big coefficients
for x in ['123.45', '-123.45', '9e-30', '-9e-30', '5e-20', '0.5', '999999999999999999', '-1',
          '12345678901234567890123']:
    for q in ['1e25', '1e0', '1e-2', '1e19', '1e18']:
        row = []
        for r in ROUNDINGS:
            with localcontext() as ctx:
                ctx.prec = 40
                try:
                    v = D(x).quantize(D(q), rounding=r)
                    row.append(str(v) + ('I' if ctx.flags[Inexact] else '') + ('R' if ctx.flags[Rounded] else ''))
                except InvalidOperation:
                    row.append('InvalidOperation')
        print(x, q, row)
with localcontext() as ctx:
    ctx.prec = 3
    print(D('999.5') + D('0'), D('9995') * 1, D('0.00012345') * D('1e-30'),
          D('123456789012345678901234567890') + D('1e-40'))
    ctx.clear_flags()
attempt('quantize context', D('1.2345').quantize, D('0.01'), context=Context(prec=3))
attempt('quantize too long', D('123456').quantize, D('0.01'), context=Context(prec=5, traps=[]))
attempt('quantize too long trapped', D('123456').quantize, D('0.01'), context=Context(prec=5))
attempt('quantize int', D('1.5').quantize, 1)
attempt('quantize float', D('1.5').quantize, 0.1)
attempt('quantize nan', D('NaN').quantize, D('1'))
attempt('quantize inf', D('Infinity').quantize, D('1'))
attempt('quantize bad rounding', D('1.25').quantize, D('0.1'), rounding='SIDEWAYS')
attempt('quantize kw exp', lambda: D('1.25').quantize(exp=D('0.1')))
attempt('add context', Context(prec=2).add, D('1.2345'), D('1'))
attempt('subtract context', Context(prec=2, rounding=ROUND_FLOOR).subtract, D('1.2345'), 7)
attempt('mul context', Context(prec=3).multiply, D('1.2345'), D('3'))
attempt('quantize in context', Context(prec=3).quantize, D('1.2345'), D('0.01'))
attempt('add str', lambda: D(1) + 'x')
attempt('add float', lambda: D(1) + 1.5)
attempt('radd int', lambda: 5 + D('0.5'))
attempt('rsub int', lambda: 5 - D('0.5'))
attempt('rmul int', lambda: 5 * D('0.5'))
attempt('sum', sum, [D('0.1')] * 10, D(0))
attempt('compare float', lambda: D('0.5') == 0.5)
attempt('compare nan', lambda: D('NaN') < D(1))
attempt('compare str', lambda: D(1) < 'a')
attempt('eq str', lambda: D(1) == 'a')
print(sorted([D('2.5'), D('-1'), D('10'), D('0.001'), D('2.50'), 3, D('-1.0')]))
print(min(D('1.5'), D('1.50'), D('1.500')), max(D('1.5'), D('1.50'), D('1.500')))

for v in ['0', '-0', '1', '1.0', '1.00', '-1', '0.5', '2.5', '1e3', '1000', '0.1', '-123.456', '1e-30', '1e30',
          '123456789012345678901234567890', 'Infinity', '-Infinity', 'NaN']:
    d = D(v)
    print(v, hash(d) if not d.is_nan() else 'nan-hash', hash(d) == hash(float(d)) if d.is_finite() else '')
print(hash(D(7)) == hash(7), hash(D('7.000')) == hash(7), hash(D('0.25')) == hash(0.25), {D('1.0'): 'a'}[1])
attempt('hash sNaN', hash, D('sNaN'))

for v in ['1e-6', '1e-7', '12e-7', '123.45e10', '-0e-8', '0e5', '1.23E+25', '-1.5e-10', '100', '1e2', '0.0000012']:
    print(v, str(D(v)), repr(D(v)), f'{D(v)}')
with localcontext() as ctx:
    ctx.capitals = 0
    print(str(D('1.5e20')), repr(D('-1e-9')))


class Money(D):
    def __add__(self, other):
        return 'Money add'

    def __str__(self):
        return 'Money ' + super().__str__()


m = Money('1.5')
print(type(m).__name__, m + 1, str(m), D(1) + m, type(D(1) + m).__name__, m * 2, type(m * 2).__name__, m == D('1.5'))


class Tagged(D):
    pass


t = Tagged('2.25')
t.note = 'hi'
print(type(t).__name__, t, repr(t), t + 1, t.quantize(D('0.1')), t.note, hash(t) == hash(D('2.25')))

rng = random.Random(659)


def rand_decimal():
    kind = rng.random()
    if kind < 0.05:
        return D(rng.randint(-50, 50))
    digits = rng.randint(1, 25 if kind < 0.2 else 8)
    coef = rng.randint(0, 10 ** digits - 1)
    exp = rng.randint(-12, 6)
    return D((rng.randint(0, 1), tuple(int(c) for c in str(coef)), exp))


lines = []
for i in range(3000):
    a, b = rand_decimal(), rand_decimal()
    with localcontext() as ctx:
        ctx.prec = rng.choice([1, 2, 5, 9, 16, 28])
        ctx.rounding = rng.choice(ROUNDINGS)
        op = rng.randrange(5)
        try:
            if op == 0:
                r = a + b
            elif op == 1:
                r = a - b
            elif op == 2:
                r = a * b
            elif op == 3:
                r = a.quantize(D((0, (1,), rng.randint(-8, 4))), rounding=rng.choice(ROUNDINGS + [None]))
            else:
                r = (a < b, a == b, a >= b, hash(a) == hash(b) or a != b)
        except InvalidOperation:
            r = 'InvalidOperation'
        flagged = ''.join(s.__name__[0] for s in (Inexact, Rounded, InvalidOperation) if ctx.flags[s])
    lines.append('%s %s %s %s' % (a, b, r, flagged))
checksum = 0
for line in lines:
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
print(len(lines), checksum)
print(lines[:5], lines[-5:])
