# A generator that yields after GeneratorExit makes close() raise RuntimeError; returning is fine.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def polite():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

p = polite()
next(p)
print(p.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e)
