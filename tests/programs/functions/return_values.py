# Functions return None by default; multiple values come back as tuples; early returns.
def nothing():
    pass
def pair():
    return 1, 2
def early(x):
    if x < 0:
        return "negative"
    for i in range(x):
        if i == 3:
            return f"stopped at {i}"
    return "finished"
print(nothing(), pair(), type(pair()).__name__, early(-1), early(10), early(2))
a, b = pair()
print(a + b)
