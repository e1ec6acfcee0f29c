# Sets of small ints print in CPython's hash-table order; set algebra on ranges.
evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(evens, threes)
print(evens & threes, evens | threes, evens - threes, threes - evens, evens ^ threes)
print(sorted(evens), len(evens | threes), {-1, -2, 3}, {100, 1, 10})
