# try/except/else/finally ordering; finally overriding return; break/continue inside finally blocks.
def order(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))

def override():
    try:
        return "try"
    finally:
        print("finally runs before return completes")

print(override())

def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
