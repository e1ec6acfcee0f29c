# Building an aligned text table with format specs and computed widths.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 101, 1.125)]
w = max(len(r[0]) for r in rows)
print(f"{'name':<{w}} | {'qty':>5} | {'price':>7}")
print("-" * (w + 19))
for name, qty, price in rows:
    print(f"{name:<{w}} | {qty:>5} | {price:>7.3f}")
print(f"{'total':<{w}} | {sum(r[1] for r in rows):>5} | {sum(r[1] * r[2] for r in rows):>7.2f}")
