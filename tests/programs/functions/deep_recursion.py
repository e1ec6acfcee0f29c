import sys
sys.setrecursionlimit(150000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(500)))
sys.setrecursionlimit(1000)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
