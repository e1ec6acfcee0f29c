# Exception args can be replaced; str() follows args; exceptions are regular objects with attributes.
e = ValueError("first")
e.args = ("second", 2)
print(str(e), repr(e))
e.extra = {"k": 1}
print(e.extra, hasattr(e, "__dict__"))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.args)
