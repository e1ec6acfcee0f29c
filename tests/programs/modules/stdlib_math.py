import math
import time
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.e, math.gcd(12, 18), math.factorial(20))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.isnan(math.nan), math.log(math.e), math.log(8, 2))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.trunc(-2.5))
print(math.fsum([0.1] * 10), math.copysign(3, -0.0), math.fabs(-2), math.pow(2, 10), math.log10(1000), math.exp(0))
t0 = time.perf_counter()
print(time.perf_counter() >= t0, type(time.time()).__name__)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
