# heapq's accelerated functions (the _heapq module when present): rich comparison of arbitrary objects, errors
# raised by comparisons, lists mutated by comparisons, list subclasses, argument errors, max-heap helpers.
import heapq


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class Item:
    compares = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Item.compares += 1
        return self.v < other.v

    def __repr__(self):
        return f'Item({self.v})'


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, Item(v))
print(h, Item.compares)
print([heapq.heappop(h) for _ in range(3)], h, Item.compares)
print(heapq.heapreplace(h, Item(0)), h)
print(heapq.heappushpop(h, Item(-1)), heapq.heappushpop(h, Item(6)), h)

# tuples compare item by item; equal priorities fall through to the next field
events = [(3, 'c'), (1, 'z'), (1, 'a'), (2, 'b')]
heapq.heapify(events)
print(events, [heapq.heappop(events) for _ in range(4)])


class Boom:
    def __lt__(self, other):
        raise ValueError('no order')


attempt('push boom', heapq.heappush, [Boom()], Boom())
attempt('mixed', heapq.heappush, [1], 'a')
attempt('pop empty', heapq.heappop, [])
attempt('replace empty', heapq.heapreplace, [], 1)
print('pushpop empty', heapq.heappushpop([], 4))
attempt('not list', heapq.heappush, (1,), 2)
attempt('None', heapq.heappop, None)
attempt('heapify tuple', heapq.heapify, (3, 1))
attempt('no args', heapq.heappush, [])
attempt('too many', heapq.heapify, [], 1)


class Shrinker:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v

    def __lt__(self, other):
        if self.heap:
            self.heap.clear()
        return self.v < other.v


h = [Shrinker(None, i) for i in range(10)]
h.append(Shrinker(h, -1))
attempt('shrink push', heapq.heappush, h, Shrinker(h, -2))
h = [Shrinker(None, i) for i in range(5)]
h[1].heap = h
attempt('shrink pop', lambda hp: heapq.heappop(hp).v, h)
print(len(h))


class L(list):
    def append(self, x):
        print('L.append called')
        super().append(x)


lst = L([4, 1, 3])
heapq.heapify(lst)
heapq.heappush(lst, 0)
print(type(lst).__name__, lst)

big = [(i * 7919) % 5003 for i in range(6000)]
heapq.heapify(big)
print(all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))), [heapq.heappop(big) for _ in range(5)])

mx = [3, 9, 1, 7, 5]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 4), mx)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, 'hello'), heapq.nsmallest(2, [(2, 'b'), (1, 'a')]))
print(heapq.heappush.__name__, heapq.heapify.__name__)
