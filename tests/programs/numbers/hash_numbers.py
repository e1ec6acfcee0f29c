# Numeric hashes: equal numbers hash equal across int/float/bool; hash(-1) is -2; big ints reduce.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(-1), hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print(hash(1.5), hash(-2.25), hash(float("inf")), hash(float("-inf")))
print(len({1, 1.0, True, 2, 2.0}), {0: "a", 0.0: "b", False: "c"})
