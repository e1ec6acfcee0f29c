# * and ** unpacking in calls, multiple unpackings, duplicate keyword errors.
def show(*args, **kwargs):
    return args, kwargs

nums = [1, 2]
opts = {"x": 1}
print(show(*nums, 3, *range(2)))
print(show(**opts, y=2, **{"z": 3}))
print(show(*"ab", *(), **{}))
try:
    show(**opts, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print([*nums, *opts], {**opts, "w": 0}, (*nums,), {*nums, 3})
