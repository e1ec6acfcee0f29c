import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, hi=2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5), ('d', 5), ('e', 8)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 5, key=key), bisect.bisect_right(recs, 5, key=key))
bisect.insort_left(recs, ('x', 5), key=key)
bisect.insort_right(recs, ('y', 5), key=key)
bisect.insort(recs, ('z', 0), key=key)
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort(a, 1, -2)
except ValueError as e:
    print('ValueError', e)
print(bisect.bisect_left('acegi', 'f'), bisect.bisect_right((1, 1, 1), 1))
