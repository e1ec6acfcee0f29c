# len() and truthiness of containers and custom objects with __len__.
for c in [[], [0], (), (None,), {}, {0: 0}, set(), {0}, "", " ", range(0), range(1), b"", bytearray(1)]:
    print(repr(c), len(c), bool(c))
class Sized:
    def __len__(self):
        return 3
print(len(Sized()), bool(Sized()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
