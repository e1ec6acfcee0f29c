# Dict comprehensions, inversion, merging with | and |=, counting with get().
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, {k: v for k, v in counts.items() if v > 1})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= b
print(a, dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
