# sorted/min/max/sum accept any iterable: generators, dict views, sets of ints, strings.
print(sorted(x % 5 for x in range(12)), sorted({3: 1, 1: 2}.values()), sorted({5, 2, 9}))
print(min(iter([4, 2, 8])), max("python"), sum(v for v in {1: 10, 2: 20}.values()))
print(sorted("bca", reverse=True), sorted(map(len, ["aa", "b", "cccc"])), max(range(5), key=lambda v: -v))
