# Comparison operators between user objects and builtins: reflection and TypeError for ordering.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        if isinstance(o, Money):
            return self.cents == o.cents
        if isinstance(o, int):
            return self.cents == o * 100
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Money):
            return self.cents < o.cents
        return NotImplemented
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(Money(500) == 5, 5 == Money(500), Money(1) < Money(2), Money(3) > Money(2), sorted([Money(3), Money(1)]))
try:
    Money(1) < 2
except TypeError as e:
    print("TypeError:", e)
