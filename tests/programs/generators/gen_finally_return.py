# try/finally inside generators: finally runs on normal end, on return, and on exceptions.
def g(mode):
    try:
        yield "start"
        if mode == "return":
            return "early"
        if mode == "raise":
            raise ValueError(mode)
        yield "middle"
    finally:
        print("finally", mode)

for mode in ["normal", "return", "raise"]:
    try:
        print(list(g(mode)))
    except ValueError as e:
        print("caught", e)
