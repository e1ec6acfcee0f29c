# Trapped Rounded/Inexact signals from the accelerated operations (+, -, *, quantize): the exception, its args,
# the flags, a Context subclass, setcontext; the last trap ends the program with CPython's traceback (raised by the
# operation itself, no decimal.py frame, as CPython's C decimal).
from decimal import *
c = getcontext()
c.prec = 3
c.traps[Inexact] = True
for f in (lambda: Decimal('1.23456') * Decimal('1.1'), lambda: Decimal('1.25') + Decimal('100'),
          lambda: Decimal('1.26').quantize(Decimal('0.1')), lambda: Decimal('1.20') - Decimal('0.2')):
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, repr(e), e.args)
    print(sorted(s.__name__ for s, v in c.flags.items() if v))
    c.clear_flags()
c.traps[Inexact] = False
c.traps[Rounded] = True
for f in (lambda: Decimal('1.20').quantize(Decimal('1')), lambda: Decimal('123.4') + 1, lambda: Decimal('12') * 1):
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, repr(e))
with localcontext(prec=50, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) * Decimal('1.' + '3' * 60), ctx.prec)
class C(Context):
    pass
c2 = C(prec=2)
print(c2.add(Decimal('1.55'), Decimal(1)), c2.multiply(3, Decimal('0.333')))
setcontext(c2)
print(Decimal('1.234') + 0, getcontext() is c2)
