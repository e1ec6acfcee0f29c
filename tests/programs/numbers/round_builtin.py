# round(): banker's rounding, negative digits, floats that are not exactly representable.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for n in [15, 25, -25, 1234567, 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
