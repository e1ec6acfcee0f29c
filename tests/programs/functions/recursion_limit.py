# Exceeding the recursion limit raises RecursionError, which can be caught; the limit is adjustable.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
try:
    count(500)
except RecursionError:
    print("limit 200 enforced")
sys.setrecursionlimit(1000)
print(count(800))
