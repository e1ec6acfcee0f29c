x = "\d" if 1 is 1 else "\q"
print(x, len(x))
