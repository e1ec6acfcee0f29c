# List, dict and set comprehensions, nested.
def work(n):
    total = 0
    for k in range(n):
        squares = [i * i for i in range(100) if i % 3 != k % 3]
        index = {v: i for i, v in enumerate(squares)}
        odd = {v % 17 for v in squares if v & 1}
        total += len(squares) + sum(index.values()) + len(odd)
    return total

print(work(60_000))
