# Word statistics over generated text with collections.Counter, deque sliding windows, defaultdict grouping,
# itertools pipelines and functools.reduce: the standard-library containers in a loop.
from collections import Counter, deque, defaultdict, namedtuple
from functools import reduce, lru_cache
from itertools import islice, accumulate, groupby, chain

Span = namedtuple('Span', 'start length')


def words(n, seed=7):
    syll = ['ka', 'lo', 'mi', 're', 'tu', 'sa', 'po', 'ne']
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        out.append(''.join(syll[(x >> (4 * j)) % 8] for j in range(k)))
    return out


@lru_cache(maxsize=None)
def weight(w):
    return reduce(lambda acc, ch: acc * 31 + ord(ch), w, 0) % 1009


def run(n):
    ws = words(n)
    counts = Counter(ws)
    window = deque(maxlen=5)
    best = 0
    for w in ws:
        window.append(weight(w))
        best = max(best, sum(window))
    by_len = defaultdict(list)
    for w in ws:
        by_len[len(w)].append(w)
    runs = [Span(i, len(list(g))) for i, (k, g) in enumerate(groupby(sorted(ws, key=len), key=len))]
    total = list(islice(accumulate(chain.from_iterable(map(len, v) for v in by_len.values())), 0, None, 997))
    return counts.most_common(3), best, sorted((k, len(v)) for k, v in by_len.items()), runs, total[-1]


for _ in range(3):
    result = run(40000)
print(result)
