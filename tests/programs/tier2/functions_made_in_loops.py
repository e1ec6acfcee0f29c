# Loops that make functions (MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE: defaults, keyword defaults, annotations,
# closures) and generators (a call of a generator function, a generator expression) on every iteration: tier 2
# keeps them in the trace; the results must be tier 1's.
def words(n):
    syll = ['ka', 'lo', 'mi', 're']
    x = 7
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        out.append(''.join(syll[(x >> (2 * j)) % 4] for j in range(k)))
    return out


w = words(500)
print(len(w), w[:5], sum(map(len, w)))


def adders(n):
    fs = []
    for i in range(n):
        def add(v, step=i, *, scale: int = 2) -> int:
            return v * scale + step
        fs.append(add)
    return fs


fs = adders(300)
print(fs[7](1), fs[299](2, scale=3), fs[5].__defaults__, fs[5].__kwdefaults__, fs[5].__annotations__)
print(fs[3].__name__, fs[3].__qualname__, fs[3].__module__)


def counters(n):
    made = []
    for i in range(n):
        made.append(lambda: i * 2)  # one cell shared by all: they all see the last i
    return [f() for f in made[:3]]


print(counters(200))


def evens(limit, start=0):
    for v in range(start, limit, 2):
        yield v


def gen_sums(n):
    total = 0
    for i in range(n):
        g = evens(i % 9)
        total += sum(g) + sum(evens(5, start=1))
    return total


print(gen_sums(400))


def switch_callee(n):
    # the generator function called at the same site changes half way: the trace's guard sees it
    global evens
    original = evens
    total = 0
    for i in range(n):
        if i == n // 2:
            def evens(limit, start=0):
                yield from range(start, limit, 3)
        total += sum(evens(10))
    evens = original
    return total


print(switch_callee(300))


def squares_of_squares(n):
    acc = []
    for i in range(n):
        acc.append(max((j * j for j in range(i % 7 + 1)), default=-1))
    return sum(acc), acc[:8]


print(squares_of_squares(300))


def odds(limit):
    yield from range(1, limit, 2)


def alternating(n):
    # the callee at one call site alternates between two generator functions: the trace's guard on its code fails
    makers = [evens, odds]
    total = 0
    for i in range(n):
        make = makers[(i // 50) % 2]
        total += sum(make(7)) * (i % 5)
    return total


print(alternating(400))


def pair(a, b=10):
    yield a
    yield b


def defaults_removed(n):
    # same function, same code: the call passes the trace's guard and fails to bind its arguments there
    total = 0
    try:
        for i in range(n):
            if i == n - 3:
                pair.__defaults__ = None
            total += sum(pair(i))
    except TypeError as e:
        import traceback
        print("TypeError:", e, total, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])


defaults_removed(300)


def bad_call(n):
    for i in range(n):
        g = evens(i, 0) if i < n - 1 else evens(i, 0, 99)
        sum(g)


try:
    bad_call(200)
except TypeError as e:
    import traceback
    print("TypeError:", e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
