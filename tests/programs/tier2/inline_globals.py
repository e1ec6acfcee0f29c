# A callee that rebinds a global the loop (and the callee) reads: the trace must see the new binding.
counter = 0
step = 1


def bump():
    global counter, step
    counter += step
    if counter > 5000:
        step = 2
    return counter


def rebind_function():
    global helper
    helper = lambda x: x * 10
    return 0


def helper(x):
    return x + 1


def loop(n):
    t = 0
    for i in range(n):
        t += bump() + step
    return t


def switch(n):
    t = 0
    for i in range(n):
        t += helper(i)
        if i == 1000:
            rebind_function()
    return t


print(loop(3000), counter, step)
print(switch(2000))
