# cmath: infinities and nans in sqrt, exp, log and log10 (CPython's special-value results)
import cmath

inf, nan = float('inf'), float('nan')
values = [complex(a, b) for a in [inf, -inf, nan, 1.0, -0.0, 0.0] for b in [inf, -inf, nan, 0.0, -0.0, -2.0]]
for name in ['sqrt', 'exp', 'log', 'log10']:
    for z in values:
        try:
            print(name, z, getattr(cmath, name)(z))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__, e)
