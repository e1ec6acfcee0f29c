"""Parse-and-compile throughput: compile() of a large generated module, in lines per second.

Run the same file with CPython 3.13 and with Tiercel and compare:
    python3.13 modules/frontend/bench/compile_throughput.py
    distribution/target/images/tiercel-jit/bin/tiercel modules/frontend/bench/compile_throughput.py
The first rounds warm up (the JVM compiles the frontend); the best of the timed rounds is reported.
"""
import sys
import time

TEMPLATE = '''
class Shape{n}(Base):
    """A generated class number {n}."""
    sides: int = {n} % 7

    def __init__(self, width, height=1.0, *args, scale=2, **options):
        self.width = width * scale
        self.height = height
        self.options = {{k: v for k, v in options.items() if v is not None}}

    @property
    def area(self):
        return self.width * self.height if self.width > 0 else 0.0

    def describe(self, prefix="shape"):
        parts = [f"{{prefix}}-{n}", f"w={{self.width:.2f}}", f"h={{self.height!r}}"]
        return ", ".join(parts)


def process_{n}(items, limit={n}):
    total = 0
    seen = set()
    for index, item in enumerate(items):
        if item in seen or index > limit:
            continue
        seen.add(item)
        try:
            total += int(item) ** 2 // (index + 1)
        except (ValueError, ZeroDivisionError) as error:
            total -= len(str(error))
        finally:
            limit -= 1
    while total > 1000:
        total = total >> 1
    squares = [x * x for x in range(limit) if x % 3 == 0]
    match squares:
        case [first, *rest] if first == 0:
            return total + len(rest)
        case {{"key": value}}:
            return value
        case _:
            return total


async def fetch_{n}(session, urls):
    results = []
    async with session.lock:
        for url in urls:
            response = await session.get(url, timeout=({n} % 5) + 1)
            results.append((url, response.status, lambda r=response: r.text))
    return {{u: s for u, s, _ in results}}
'''


def generate(count):
    return "".join(TEMPLATE.format(n=n) for n in range(count))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    source = generate(count)
    lines = source.count("\n")
    best = None
    for r in range(rounds):
        start = time.perf_counter()
        compile(source, "<generated>", "exec")
        elapsed = time.perf_counter() - start
        if r >= rounds // 2 and (best is None or elapsed < best):
            best = elapsed
    print(f"{sys.implementation.name}: {lines} lines, best of {rounds - rounds // 2} timed rounds "
          f"{best * 1000:.0f} ms = {lines / best:,.0f} lines/s")


main()
