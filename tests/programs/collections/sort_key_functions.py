# Sorting with key functions: multiple criteria via tuples, reverse on part via negation, str.lower.
records = [("b", 2, 3.5), ("a", 2, 1.0), ("c", 1, 2.0), ("a", 1, 9.9)]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[1], r[2])))
print(sorted(["B", "a", "C", "b"], key=str.lower), sorted(["B", "a", "C", "b"]))
print(sorted([[3], [1, 2], []], key=len), sorted("hello world".split(), key=lambda w: w[::-1]))
nums = [5, 3, 8]
nums.sort(reverse=True)
print(nums, sorted(range(-3, 4), key=lambda v: (abs(v), v)))
