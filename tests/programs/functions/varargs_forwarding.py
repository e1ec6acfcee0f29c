# Forwarding *args/**kwargs through wrappers preserves positional and keyword arguments.
def target(a, b=0, *rest, key=None, **extra):
    return (a, b, rest, key, extra)

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, 4, key="k", other=5))
print(forward(*[1, 2], **{"key": 3}))
def count_args(*a, **k):
    return len(a), sorted(k)
print(count_args(), count_args(*range(5), **dict.fromkeys("xyz")))
