# f-strings: expressions, conversions, format specs, nesting, = debugging, quotes, braces.
name, n, pi = "world", 42, 3.14159
items = [1, 2, 3]
print(f"hello {name}!", f"{n + 1}", f"{n:>6}|{n:<6}|{n:^6}|{n:06}")
print(f"{pi:.2f} {pi:10.3e} {pi:g} {n:x} {n:X} {n:b} {n:o} {n:#x}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{items[0]} {items[-1]} {len(items)} {sum(i * i for i in items)}")
print(f"{n=} {pi = :.1f} {name=!r}")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}]", f"{'nested'!r:>{w}}")
print(f"{{braces}} {'quote'} {"double"}", f'{"mix"}')
print(f"{'yes' if n > 40 else 'no'} {(lambda x: x * 2)(3)} {dict(a=1)['a']}")
print(f"{1_000_000:,} {1234.5:_.2f} {-5:+} {5:+} {0.000123:.2e}")
print(f"multi {
    n * 2
} line")
