# Decimal construction, text, arithmetic, rounding, quantize, comparisons, hashing, contexts and errors.
from decimal import *
D = Decimal
cases = ['0', '-0', '1.10', '2.5E+3', '1e-7', '123456789012345678901234567890', '0.000001', '0.0000001', '-1.5e-10', '1E+2', '12.3400', 'Infinity', '-inf', 'NaN', 'sNaN12', '1_000.5', '  7  ', '.5', '5.', '0E-5', '0E+5']
for c in cases:
    d = D(c); print(c, repr(d), str(d), d.as_tuple(), d.adjusted() if d.is_finite() else '-')
for bad in ['abc', '1..2', '1e', '_1', '1__0', '']:
    try: print(D(bad))
    except InvalidOperation as e: print(bad, type(e).__name__, e)
print(D(0.1), D(-2.5), D(1e100), D(5), D(-0.0), D((1, (3, 1, 4), -2)))
a, b = D('1.1'), D('2.2')
print(a + b, a - b, a * b, a / b, b / a, D(1) / D(3), D(2) / D(3), D(10) / D(4), D('1.00') / D('0.5'), D(100) / D(10))
print(D(1) / D(7) * 7, D('0.1') + D('0.2') == D('0.3'), D('1.30') + D('1.20'), D('-0') + D('0'), D('-0') + D('-0'))
print(D('7') // D('2'), D('-7') // D('2'), D('7') % D('-2'), divmod(D('7.5'), D('2')), D(2) ** 10, D('1.1') ** 3, D(2) ** -2)
getcontext().prec = 6
print(D(1) / D(3), D('123456789') + 0, D('9.9999999') * 1, +D('1.23456789'))
getcontext().prec = 28
for r in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP):
    print(r, [str(D(x).quantize(D('0.1'), rounding=r)) for x in ('1.25', '1.35', '-1.25', '-1.35', '1.21', '-1.29', '1.05', '1.051', '0.05')])
print(D('1.2345').quantize(D('1e-2')), D('123').quantize(D('1e1')), D('1.5').quantize(D('1.000')), D('0').quantize(D('1e-3')))
try: D('123456789').quantize(D('0.000000000000000000001'))
except InvalidOperation as e: print('quantize', type(e).__name__)
try: D(1) / 0
except DivisionByZero as e: print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
try: D(0) / 0
except InvalidOperation as e: print(type(e).__name__, e)
print(D('1.5') < 2, D('1.5') == 1.5, D('0.1') == 0.1, D(2) == 2, sorted([D('3'), D('1.5'), D('-2')]), max(D(1), D('1.0')))
print(hash(D('0.5')) == hash(0.5), hash(D(7)) == hash(7), hash(D('1.10')) == hash(D('1.1')), int(D('-7.9')), float(D('2.5')), round(D('2.5')), round(D('3.14159'), 2))
print(D(2).sqrt(), D('0.25').sqrt(), D(10).sqrt(), D('1e-10').sqrt(), D(0).sqrt(), D('1.00').normalize(), D('120').normalize())
with localcontext() as ctx:
    ctx.prec = 3
    print(D(2).sqrt(), D(1) / D(3), getcontext().prec)
print(getcontext().prec, D('1.5').as_integer_ratio(), D('-0.75').as_integer_ratio(), D(3).is_zero(), D('-1').is_signed())
print(D('1e-7') + 0, D('1E+5') * 1, D('12345678901234567890123456789') + 1, -D('0'), -D('1.00'), abs(D('-3.30')))
for x in ['1', '0', '-1', '1.5', '9.999999999999999999999999999', '1E+2', '-1E-5', '123456789012345678901234567890', 'Infinity', '-Infinity', '0.1']:
    print(x, D(x).next_plus(), D(x).next_minus(), D(x).next_toward(0) if D(x).is_finite() else '')
with localcontext(prec=3):
    print(D('1').next_plus(), D('1').next_minus(), D('999').next_plus(), D('1000').next_minus(), D('12345').next_plus())
