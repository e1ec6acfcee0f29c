# Breaking out of a for loop over a generator does not run its finally until close() is called.
def source():
    try:
        for i in range(10):
            yield i
    finally:
        print("source finally")

g = source()
for v in g:
    if v == 2:
        break
print("after break", v)
g.close()
print("closed")
def consumer():
    for v in source():
        if v == 1:
            return v
print(consumer() if False else "skipped implicit cleanup")
