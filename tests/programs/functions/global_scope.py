# global statements, module-level rebinding, and UnboundLocalError for local shadowing.
total = 0
def add(n):
    global total
    total += n

add(3)
add(4)
print(total)

def define_new():
    global created
    created = "yes"
define_new()
print(created)

x = 10
def shadow():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()

def reads_global():
    return x * 2
print(reads_global(), "x" in globals(), "shadow" in dir())
