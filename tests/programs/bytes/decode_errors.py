# Decoding invalid UTF-8 with each error handler, and the UnicodeDecodeError details.
bad = b"ok\xffand\xc3(more"
for handler in ["replace", "ignore", "backslashreplace"]:
    print(handler, repr(bad.decode("utf-8", handler)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object[:3])
    print(e)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
