# bisect's accelerated functions (the _bisect module when present): lo/hi rules (hi=-1 means the length), key
# functions, sequences that are not lists, list subclasses' insert, comparisons that fail, argument errors.
import bisect


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 2, 4, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 4))
print(bisect.bisect(a, 2, 0, -1), bisect.bisect(a, 2, 0, -2), bisect.bisect(a, 2, hi=None), bisect.bisect(a, 2, lo=3))
attempt('hi past end', bisect.bisect, a, 9, 0, 20)
attempt('lo negative', bisect.bisect_left, a, 1, -1)
attempt('hi str', bisect.bisect, a, 1, 0, 'x')
attempt('lo str', bisect.bisect, a, 1, 'x')
attempt('hi float', bisect.bisect, a, 1, 0, 2.5)
attempt('no x', bisect.bisect_left, a)
attempt('too many', bisect.insort, a, 1, 0, 1, None, 5)
attempt('bad kw', bisect.bisect, a, 1, zz=2)
attempt('both', bisect.bisect, a, 1, a=a)
attempt('int seq', bisect.bisect, 5, 1)
attempt('mixed', bisect.bisect, [1, 2], 'a')

records = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ('x', 4), key=lambda r: r[1])
bisect.insort_left(records, ('y', 3), key=lambda r: r[1])
print(records)
print(bisect.bisect_left('acegi', 'f'), bisect.bisect_right((1, 3, 3, 5), 3), bisect.bisect(range(0, 100, 5), 42))


class Seq:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('Seq.insert', i, x)
        self.items.insert(i, x)


s = Seq()
for v in [5, 1, 3, 3]:
    bisect.insort_left(s, v)
print(s.items)


class L(list):
    def insert(self, i, x):
        print('L.insert', i, x)
        super().insert(i, x)


lst = L([1, 4])
bisect.insort(lst, 2)
print(lst)

waits = []
for v in [5, 3, 9, 3, 1]:
    bisect.insort(waits, v)
print(waits)
print(bisect.bisect_right.__name__, bisect.insort is bisect.insort_right, bisect.bisect is bisect.bisect_right)
