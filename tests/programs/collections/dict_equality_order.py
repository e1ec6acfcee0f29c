# Dict equality ignores insertion order; comparisons with other mapping types and None values.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {} == dict(), {1: None} == {1: None}, {1: None} == {2: None})
print(a.items() == b.items(), list(a.values()) == list(b.values()), {"k": [1]} == {"k": [1]})
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
