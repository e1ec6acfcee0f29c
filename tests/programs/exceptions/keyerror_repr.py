# KeyError's str() is the repr of the key; other lookup errors and their messages.
for key in ["name", 1, (1, 2), "", None]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), e.args)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,)[-3]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
