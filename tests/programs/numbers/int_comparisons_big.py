# Comparisons across sizes: small vs big ints, negative big ints, and sorting mixed magnitudes.
vals = [2**64, -(2**64), 0, 2**63 - 1, -(2**63), 10**30, -1, 1]
print(sorted(vals))
print(2**64 > 2**63, -(2**64) < -(2**63), 2**64 == 2**64 + 0, max(vals) == 10**30, min(vals))
print(2**100 > 1.0e30, 2**100 < 1.3e30, 10**16 + 1 > 1e16, 10**16 + 1 == 1e16)
