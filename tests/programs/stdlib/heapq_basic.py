import heapq
print(heapq.__all__)
data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10]
h = list(data)
heapq.heapify(h)
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
h = []
for x in [10, 4, 7, 1, 8, 3, 3, 9, 2]:
    heapq.heappush(h, x)
    print(h)
print(heapq.heapreplace(h, 5), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 6))
h = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(3, data, key=lambda v: -v), heapq.nsmallest(4, data, key=lambda v: v % 5))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nsmallest(0, data), heapq.nlargest(100, [3, 1, 2]))
print(heapq.nsmallest(1, iter([4, 2, 9]), key=lambda v: -v))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 5, 1], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapify(3),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappop(None)):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
import random
rng = random.Random(5)
for trial in range(5):
    xs = [rng.randrange(50) for _ in range(rng.randrange(30))]
    h = []
    for x in xs:
        heapq.heappush(h, x)
    h2 = list(xs)
    heapq.heapify(h2)
    print(h == h2, h2, [heapq.heappop(h) for _ in range(len(h))] == sorted(xs))
