# Building strings in loops with += and join; both give the same result.
out = ""
for i in range(200):
    out += str(i % 10)
parts = [str(i % 10) for i in range(200)]
print(len(out), out == "".join(parts), out[:25], out.count("7"))
words = []
for w in "the quick brown fox".split():
    words.append(w[::-1].capitalize())
print(" ".join(words))
