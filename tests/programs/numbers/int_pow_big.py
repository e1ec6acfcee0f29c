# Big integer powers, modular inverse, and digit sums of large numbers.
n = 3 ** 200
print(n % 1000, len(str(n)), sum(int(d) for d in str(2 ** 1000)))
print(pow(7, -1, 13), (7 * pow(7, -1, 13)) % 13, pow(2, 10**6, 10**9 + 7))
print(10 ** 50 // 7 ** 20, (10 ** 50) % (7 ** 20), -(10 ** 30) // 7)
print((2 ** 127 - 1) % 1000000007, (2**64) ** 2 == 2**128, 1 << 200 >> 190)
