# Exception handling inside loops: continue after errors, collect failures, else on success.
inputs = ["1", "two", "3", "", "5"]
good, bad = [], []
for s in inputs:
    try:
        n = int(s)
    except ValueError as e:
        bad.append((s, str(e)))
        continue
    else:
        good.append(n)
    finally:
        pass
print(good)
for b in bad:
    print(b)
