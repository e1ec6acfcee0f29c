# __init__ must return None; returning a value is a TypeError. __new__ returning another type skips __init__.
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Other:
    def __init__(self):
        print("never called")
class Factory:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called either")
print(Factory(), type(Factory()).__name__)
