# del of globals from functions, and re-creating them; globals() mutation visible to functions.
value = 1
def remove():
    global value
    del value
def read():
    return value
remove()
try:
    read()
except NameError as e:
    print("NameError:", e)
globals()["value"] = 2
print(read())
def define(name, v):
    globals()[name] = v
define("dynamic", [1, 2])
print(dynamic)
