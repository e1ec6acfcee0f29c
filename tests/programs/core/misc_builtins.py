r = range(1 << 70, (1 << 70) + 10, 3)
print(r, list(r), len(r), (1 << 70) + 3 in r, r[-1], type(iter(range(1 << 100))).__name__)
mv = memoryview(b"abc")
print(mv.tolist(), mv.tobytes(), len(mv), mv[1], mv.nbytes)
def add(a: int, b: "str" = "x") -> int:
    return a
print(add.__annotations__)
