# An exception raised inside an inlined callee: its traceback shows the callee's line, then the caller's.
import traceback


def check(i):
    if i == 1500:
        raise ValueError("bad value %d" % i)
    return i + 1


def safe_div(a, b):
    return a // b


def loop(n):
    t = 0
    for i in range(n):
        t += check(i)
    return t


def caught(n):
    t = 0
    for i in range(n):
        try:
            t += safe_div(100, i - 1000)
        except ZeroDivisionError as e:
            print("caught", e, "at i =", i)
            print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"), end="")
    return t


print(caught(1200))
try:
    loop(2000)
except ValueError as e:
    print("caught", e)
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
print(loop(3000))
