# cmath: every function on points in each quadrant, on the axes with signed zeros (branch cuts), and errors.
# Values print with 15 significant digits: the JVM's atan and atan2 can differ from glibc's in the last bit.
import cmath


def show(z):
    if isinstance(z, tuple):
        return '(%s)' % ', '.join(show(v) for v in z)
    if isinstance(z, float):
        return '%.15g' % z
    return '(%.15g, %.15g)' % (z.real, z.imag)


points = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1, -1, 1j, -1j,
          complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0), complex(0.0, 2), complex(-0.0, 2),
          complex(0.0, -2), complex(-0.0, -2), complex(0.5, 0.0), complex(0.5, -0.0), complex(-0.5, 0.0),
          complex(-0.5, -0.0), 1 + 1j, 1 - 1j, -1 + 1j, -1 - 1j, 3 + 4j, -3.5 + 0.25j, 0.1 - 7j, 1e-10 + 1e-10j,
          1e300 + 1e300j, -2e307 + 1j, 5e-324 + 0j, 0.7 + 0.7j, 1.2 - 0.3j, 100 + 0.5j, 1 + 1e-20j]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'cos', 'sin', 'tan',
         'cosh', 'sinh', 'tanh']
for name in names:
    f = getattr(cmath, name)
    for z in points:
        try:
            print(name, z, show(f(z)))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__, e)
for z in points[:24]:
    print('phase', z, show(cmath.phase(z)), show(cmath.polar(z)))
for r, phi in [(1, 0.0), (1, -0.0), (-1, 0.0), (2, cmath.pi / 2), (2, cmath.pi), (0.5, -1), (3, 10), (0, 1)]:
    print('rect', r, phi, show(cmath.rect(r, phi)))
for z, base in [(8, 2), (100, 10), (1j, 2), (-1, 1j), (3 + 4j, 1 + 1j), (2, 0.5)]:
    print('log base', z, base, show(cmath.log(z, base)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for z in [1 + 2j, complex(cmath.inf, 0), complex(0, cmath.nan), complex(-cmath.inf, cmath.nan), 3]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.001j), cmath.isclose(0j, 1e-10j),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(cmath.infj, cmath.infj))


class Complexish:
    def __complex__(self):
        return 3 + 4j


class Floatish:
    def __float__(self):
        return 0.25


print(cmath.sqrt(Complexish()), cmath.exp(Floatish()), cmath.sqrt(-4), cmath.log(True), cmath.phase(-1))
for f, args in [(cmath.sqrt, ('x',)), (cmath.log, (0,)), (cmath.log, (0j, 2)), (cmath.log10, (0,)),
                (cmath.atanh, (1,)), (cmath.atanh, (-1,)), (cmath.exp, (1000,)), (cmath.cosh, (1000 + 1j,)),
                (cmath.sinh, (-1000 + 1j,)), (cmath.polar, (1e308 + 1e308j,)), (cmath.isclose, (1, 2)),
                (cmath.rect, (1j, 1)), (cmath.log, (2, 1)), (cmath.exp, (None,))]:
    try:
        print(f.__name__, args, show(f(*args)) if isinstance(f(*args), (complex, float)) else f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
