import math
from fractions import Fraction as F
from decimal import Decimal as D
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2, 0.3], [1, 1, 1]), math.sumprod([1e16, 1.0, -1e16], [1, 1, 1]))
print(math.sumprod([F(1, 3), 2], [3, F(1, 2)]), math.sumprod([], []), math.sumprod([2**70, 3], [2**70, 1]), math.sumprod([0.1] * 10, [0.1] * 10))
print(math.sumprod([D('1.1'), D('2.2')], [2, 3]), math.sumprod([float('inf'), 1.0], [1.0, 2.0]), math.sumprod((x / 7 for x in range(20)), range(20)))
try:
    math.sumprod([1], [1, 2])
except ValueError as e:
    print(e)
print(round(2.675, 2), (2.5).__round__(), (7).__round__(-1), round(0.5), (1.23456).__round__(3))
