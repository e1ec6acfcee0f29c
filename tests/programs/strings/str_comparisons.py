# String ordering is by code point; equality, identity-free comparisons and sorting.
words = ["banana", "Apple", "cherry", "apple", "Ä", "a", ""]
print(sorted(words), sorted(words, key=str.casefold))
print("a" < "B", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", max(words), min(words))
print("abc" == "ab" + "c", "abc" != "abd", "a" in "abc", ("b" * 3) == "bbb")
