# A corpus of Decimal arithmetic and quantize cases; the .out file is CPython 3.13's output for the same program.
# Every pair of operands goes through + - * / // % and the comparisons at two precisions, and every operand is
# quantized to several exponents under each rounding mode.
from decimal import (Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
                     ROUND_05UP)

OPERANDS = ['0', '-0', '1', '-1', '2', '3', '7', '10', '0.1', '0.3', '-0.5', '1.10', '2.50', '1E+3', '1.5E-7',
            '123456789.123456789', '-98765.4321', '9999999999999999999999999999', '0.000000000000000000001',
            '3.14159265358979323846264338327950288', '1E+30', '-2.5E-5', 'Infinity', '-Infinity', 'NaN']
ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
             ROUND_05UP]
EXPONENTS = ['1', '0.1', '0.01', '1E+1', '1E-5']
count = 0


def attempt(label, thunk):
    global count
    count += 1
    try:
        result = thunk()
    except (InvalidOperation, DivisionByZero) as e:
        result = type(e).__name__
    print(label, result)


for prec in (28, 7):
    with localcontext() as ctx:
        ctx.prec = prec
        for x in OPERANDS:
            for y in OPERANDS:
                a, b = D(x), D(y)
                attempt(f'{prec} {x} {y}', lambda: (a + b, a - b, a * b))
                attempt(f'{prec} {x} / {y}', lambda: a / b)
                if prec == 7 and a.is_finite() and b.is_finite():
                    attempt(f'{prec} {x} // % {y}', lambda: (a // b, a % b))
                if not (a.is_nan() or b.is_nan()):
                    attempt(f'{prec} {x} cmp {y}', lambda: (a < b, a == b, a >= b))
for x in OPERANDS:
    for e in EXPONENTS:
        for r in ROUNDINGS:
            attempt(f'q {x} {e} {r}', lambda: D(x).quantize(D(e), rounding=r))
for x in ['1.25', '-1.25', '1.35', '2.5', '-2.5', '0.05', '1.0501', '9.95', '-9.95', '999.9996']:
    for r in ROUNDINGS:
        with localcontext(rounding=r, prec=3):
            attempt(f'r {x} {r}', lambda: (+D(x), D(x) * 1, D(x) / 3))
for x in ['2', '0.25', '10', '1E-10', '12345678901234567890', '0', '-4', '1.21', '0.0001']:
    attempt(f'sqrt {x}', lambda: D(x).sqrt())
print(count, 'cases;', getcontext().prec)
