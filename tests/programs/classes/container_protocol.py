# A user sequence: __len__, __getitem__ with ints and slices, __contains__, __iter__, __reversed__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        print("contains called")
        return c in self.cards
    def __reversed__(self):
        return iter(self.cards[::-1])
    def __repr__(self):
        return f"Deck({self.cards})"

d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3], d[::2], "C" in d, list(reversed(d)))
d[0] = "Z"
del d[1]
print(d, list(d), [c for c in d if c > "C"], bool(Deck([])))
try:
    d[10]
except IndexError as e:
    print("IndexError:", e)
