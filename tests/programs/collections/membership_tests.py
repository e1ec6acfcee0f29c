# in / not in for list, tuple, set, dict (keys), str (substring), range (arithmetic), and custom __contains__.
print(3 in [1, 2, 3], 3 in (1, 2), 3 in {3}, "k" in {"k": 1}, 1 in {"k": 1}.values())
print("ell" in "hello", "" in "", 5 in range(0, 10, 5), 6 in range(0, 10, 5), 10**20 in range(10**21))
print(None in [None], float("nan") in [float("nan")], [1] in [[1]], (1, 2) in {(1, 2): 0})
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 5 in Evens(), 5 not in Evens())
