# Several consumers of one iterator share its progress; list() drains it.
it = iter(range(10))
firsts = [next(it) for _ in range(3)]
evens = [x for x in it if x % 2 == 0]
print(firsts, evens, list(it))
pairs = iter("abcdef")
print(list(zip(pairs, pairs)))
nums = iter([1, 2, 3, 4])
print(3 in nums, list(nums))
