# Bitwise operators on ints, including negative numbers (two's complement semantics) and shifts.
for a, b in [(12, 10), (-12, 10), (12, -10), (-1, 255), (2**65 + 5, 2**64 - 1)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(-1 >> 100, 1 >> 100, (1 << 100) >> 99)
