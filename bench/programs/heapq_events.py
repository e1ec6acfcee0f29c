# An event simulation driven by heapq (heappush/heappop/heapreplace, nsmallest/nlargest, merge) with
# bisect-sorted bookkeeping: the standard library's priority queues under load.
import heapq
import bisect


def simulate(n):
    queue = [(i * 7 % 13, i, 'arrive', 0) for i in range(50)]
    heapq.heapify(queue)
    busy_until = 0
    served = []
    waits = []
    while queue and len(served) < n:
        time, ident, kind, since = heapq.heappop(queue)
        if kind == 'arrive':
            start = max(time, busy_until)
            busy_until = start + ident % 4 + 1
            heapq.heappush(queue, (busy_until, ident, 'done', time))
            continue
        served.append(ident)
        bisect.insort(waits, time - since)
        follow = (time + ident % 17 + 1, ident * 31 % 100003, 'arrive', 0)
        if ident % 3 and queue:
            heapq.heapreplace(queue, follow) if queue[0] > follow else heapq.heappush(queue, follow)
        else:
            heapq.heappush(queue, follow)
    return served, waits, busy_until


served, waits, clock = simulate(30000)
merged = list(heapq.merge(sorted(served[:1000]), sorted(served[1000:2000])))
print(len(served), clock, heapq.nsmallest(5, served), heapq.nlargest(5, waits), merged[:5],
      waits[len(waits) // 2], bisect.bisect_left(waits, 10), sum(waits))
