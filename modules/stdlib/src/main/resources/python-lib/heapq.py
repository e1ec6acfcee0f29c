"""Heap queue algorithm (a.k.a. priority queue) on plain lists, smallest item at index 0."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, fname, what='argument 1'):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{fname}() {what} must be list, not {got}")


def _bubble_up(heap, root, pos):
    # Move heap[pos] towards the root (never above index root) while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        up = (pos - 1) >> 1
        above = heap[up]
        if item < above:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Push the smaller child up until a leaf is reached, then bubble the item back up from there.
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def _bubble_up_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        up = (pos - 1) >> 1
        above = heap[up]
        if above < item:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _need_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _need_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _need_list(heap, 'heapify', 'argument')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _need_list(heap, '_heapify_max', 'argument')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, pos)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _need_list(heap, '_heappop_max', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _need_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# The Java accelerator, when present, replaces the functions above (as CPython's C module does).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapreplace_max
except ImportError:
    pass
try:
    from _heapq import _heapify_max
except ImportError:
    pass
try:
    from _heapq import _heappop_max
except ImportError:
    pass


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (a generator)."""
    # Each entry is [sort_value, source_number, current_item, iterator]; the source number keeps the
    # merge stable and avoids ever comparing items or iterators directly.
    entries = []
    sign = -1 if reverse else 1
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            value = first if key is None else key(first)
            entries.append(_MergeEntry(value, number * sign, first, it, reverse))
            break
    heapify(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry.item
        for following in entry.it:
            entry.item = following
            entry.value = following if key is None else key(following)
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)
    if entries:
        entry = entries[0]
        yield entry.item
        yield from entry.it


class _MergeEntry:
    __slots__ = ('value', 'number', 'item', 'it', 'reverse')

    def __init__(self, value, number, item, it, reverse):
        self.value = value
        self.number = number
        self.item = item
        self.it = it
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.value < self.value:
                return True
            if self.value < other.value:
                return False
            return self.number > other.number
        if self.value < other.value:
            return True
        if other.value < self.value:
            return False
        return self.number < other.number


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset; same as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            found = min(it, default=marker)
        else:
            found = min(it, default=marker, key=key)
        return [] if found is marker else [found]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset; same as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            found = max(it, default=marker)
        else:
            found = max(it, default=marker, key=key)
        return [] if found is marker else [found]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
