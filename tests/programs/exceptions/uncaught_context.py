# An exception raised in an except block prints the original under "During handling ...".
data = {}
try:
    data["missing"]
except KeyError:
    print(undefined_name)
