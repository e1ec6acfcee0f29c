# A metaclass __call__ that counts instances per class and can return cached instances.
class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)
class Singleton(type):
    _cache = {}
    def __call__(cls, *args):
        if cls not in Singleton._cache:
            Singleton._cache[cls] = super().__call__(*args)
        return Singleton._cache[cls]
class Widget(metaclass=Counting):
    pass
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
for _ in range(3):
    Widget()
print(Widget.instances, Config(1) is Config(2), Config().v)
