from fractions import Fraction as F
import fractions, numbers
print(fractions.__all__)
print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F('3/4'), F(' -1.5e2 '), F('.25'), F('1_000'), F(0.1), F(2.5), F(F(1, 2), F(1, 3)), F(True, 2))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, 2 * F(3, 4), F(3, 4) / F(3, 8), 1 / F(5), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(2, 3)), -F(1, 2), +F(1, 2), abs(F(-3, 4)))
print(F(1, 2) + 0.25, 0.25 + F(1, 2), F(1, 2) * 1j, F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(1, 2) ** 2.0)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(3, 1) == 3, F(1, 3) < 0.34, F(1, 2) < float('nan'), F(1, 2) < float('inf'), F(2, 3) > F(3, 5), F(1, 2) <= F(2, 4), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(int(F(-7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 3), round(F(1234, 1), -2), F(-7, 2).__floor__(), F(-7, 2).__ceil__(), F(-7, 2).__trunc__())
import math
print(math.floor(F(7, 3)), math.ceil(F(7, 3)), math.trunc(F(-7, 3)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), bool(F(0)), bool(F(1, 9)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(10), F(3.25).limit_denominator(1))
print(F(1, 2).is_integer(), F(4, 2).is_integer(), F(4, 2).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, repr(F(-1, 3)), str(F(5)), str(F(-5, 3)))
print(F.from_float(0.75), F.from_float(3), isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Real), issubclass(int, numbers.Integral), isinstance(1.5, numbers.Rational))
for spec in ['', '.3f', '.0f', 'e', '.2e', 'g', '.3g', '%', '.1%', '>10', '^12', '+', '*>12.3f', '010.2f', ',.2f', '_', 'z.1f', '#', '.2E', '#g']:
    print(repr(spec), format(F(-22, 7), spec), format(F(1234567, 3), spec), format(F(0), spec))
print(f'{F(1, 8):.4f} {F(2, 3):10.3e}')
for expr in ['F(1, 0)', 'F(1, 2) / 0', "F('abc')", 'F(1.5, 2)', 'F([1])', "F(float('nan'))", "F(float('inf'))", "F.from_float('x')",
             'F(1, 2).limit_denominator(0)', 'F(0) ** -1', 'F(1, 2) // 0', 'F(1, 2) % 0', "F('3/-4')", "F('1e')", "format(F(1, 3), 'd')", "format(F(1, 3), '012')"]:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
total = sum(F(1, n) for n in range(1, 11)); print(total, float(total))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy([F(1, 3)]))
