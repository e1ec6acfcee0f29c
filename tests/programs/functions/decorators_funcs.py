# Function decorators: wrapping, arguments, stacking order, preserving attributes by hand.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b=0):
    return a + b

@repeat(2)
@trace
def hello(name):
    return "hi " + name

add(1, b=2)
print(hello("bob"))
print(add.__name__, add.__wrapped__(5))

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
reg = {}
@register(reg)
def one():
    return 1
print(list(reg), reg["one"] is one, one())
