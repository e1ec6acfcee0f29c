# sort is stable, supports key and reverse (reverse keeps stability), and sorted() returns new lists.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(by_name)
data = [5, -3, 2, -8, 0]
data.sort(key=abs)
print(data, sorted(data, reverse=True), sorted("Hello World", key=str.lower))
nested = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1])
print(nested)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=None), sorted({3: 0, 1: 0}), sorted([[2, 1], [1, 9], [2, 0]]))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
