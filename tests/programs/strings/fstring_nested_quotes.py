# f-strings (3.12+ grammar): reusing quotes inside, nested f-strings, backslashes and comments in braces.
items = ["a", "b"]
print(f"{", ".join(items)}", f"{f"{1 + 1}"}", f"{'\n'.join(items)}")
print(f"{items[0]!r:>5}", f"{ {'k': 1}['k'] }", f"{(lambda: 'lam')()}")
width = 6
print(f"{'x':{'>'}{width}}", f"{3.14159:.{1 + 1}f}", f"{'nested ' + f'{width}'}")
