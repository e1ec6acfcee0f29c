# A global read by a hot loop is deleted (by code the loop calls, and by `del` in a loop body run at module level):
# the loop must raise NameError right away instead of going on with the old value.
LIMIT = 5


def forget(i):
    global LIMIT
    if i == 80:
        del LIMIT
    return i


def walk(n):
    seen = 0
    for i in range(n):
        seen += LIMIT
        list(map(forget, (i,)))
    return seen


try:
    walk(200)
except NameError as e:
    print("NameError:", e)

STEP = 3
acc = 0
for i in range(200):
    acc += STEP
    if i == 150:
        del STEP
        try:
            acc += STEP
        except NameError as e:
            print("NameError:", e)
        STEP = 4
print(acc)
