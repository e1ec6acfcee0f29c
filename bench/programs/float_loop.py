# Float arithmetic: a polynomial summed over a range.
def poly(n):
    s = 0.0
    for i in range(n):
        t = i * 0.001
        s += t * t - 3.0 * t + 1.25
    return s

print(round(poly(10_000_000), 3))
