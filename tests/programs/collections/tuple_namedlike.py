# Tuples as records: sorting by fields, unpacking in loops, tuple comparison lexicographic.
people = [("bob", 30, "nyc"), ("amy", 25, "sf"), ("cal", 30, "la")]
for name, age, city in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f"{name:5}{age:4} {city}")
print(max(people), min(people, key=lambda p: p[1]), sorted(people)[0])
print((1, 2) < (1, 2, 0) < (1, 3), (1, "a") < (1, "b"), ((1, 2),) * 2)
