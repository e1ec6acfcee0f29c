# assert raises AssertionError with an optional message, evaluated only on failure.
def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e))
calls = []
assert True, calls.append("never")
print(calls)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
