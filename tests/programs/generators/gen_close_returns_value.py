# Python 3.13: close() returns the value a generator returns while handling GeneratorExit.
def summarizer():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        return total

s = summarizer()
next(s)
for v in [1, 2, 3]:
    s.send(v)
print(s.close(), s.close())
unstarted = summarizer()
print(unstarted.close())
