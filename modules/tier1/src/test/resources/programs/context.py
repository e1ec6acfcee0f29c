try:
    1 / 0
except ZeroDivisionError:
    x = [1, 2]
    print(x[3])
