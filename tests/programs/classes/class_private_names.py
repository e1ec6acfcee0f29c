# Name mangling of __private attributes inside classes; single underscore is only a convention.
class Account:
    def __init__(self):
        self.__balance = 100
        self._note = "internal"
    def balance(self):
        return self.__balance
class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5
    def both(self):
        return self.__balance, self.balance()
s = Savings()
print(s.both(), s._note, sorted(k for k in vars(s)))
try:
    s.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(s._Account__balance, s._Savings__balance)
