# String building: concatenation, formatting, join, slicing, methods.
def build(n):
    parts = []
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 50:
            parts.append(s[::-1].strip("0"))
            s = ""
        parts.append(f"{i:05d}-{i % 7}")
    joined = "|".join(parts)
    return len(joined), joined.count("3"), joined[:30]

print(build(1_000_000))
