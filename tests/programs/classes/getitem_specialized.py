# obj[key] on instances of a class with a Python __getitem__ (BINARY_SUBSCR_GETITEM: the method's frame is pushed
# like a call's), warmed up past specialization, then what must leave the specialized form.
class Grid:
    def __init__(self, w):
        self.w = w

    def __getitem__(self, key):
        x, y = key
        return y * self.w + x


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


g = Grid(10)
total = 0
for i in range(300):
    total += g[i % 10, i // 10]
print("grid total:", total)

s = Squares()
print([s[i] for i in range(5)], list(s))


def lookup(obj, k):
    return obj[k]


for i in range(100):
    lookup(s, 2)
try:
    lookup(s, 7)
except IndexError as e:
    print("IndexError:", e, "frames:", e.__traceback__.tb_next.tb_frame.f_code.co_name,
          e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)


class Sub(Squares):
    def __getitem__(self, i):
        return "sub" + str(i)


print(lookup(Sub(), 3), lookup(s, 3), lookup({3: "dict"}, 3), lookup("abcd", 3), lookup([0, 1, 2, 3], 3))
Squares.__getitem__ = lambda self, i: -i  # the class changes: the cached method must not be used
print("after class change:", lookup(s, 4))


class WithDefault:
    def __getitem__(self, i, scale=3):
        return i * scale


class Lazy:
    def __getitem__(self, n):
        yield from range(n)


for i in range(100):
    lookup(WithDefault(), i)
print(lookup(WithDefault(), 5), list(lookup(Lazy(), 3)))


class Deep:
    def __getitem__(self, n):
        return 0 if n == 0 else self[n - 1] + 1


print("deep:", Deep()[500])
try:
    Deep()[100000]
except RecursionError as e:
    print("RecursionError:", e)
