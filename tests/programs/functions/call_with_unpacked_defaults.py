# Calling functions with defaults, partially unpacked arguments and keyword overrides.
def connect(host, port=80, *, secure=False, timeout=10):
    return f"{'https' if secure else 'http'}://{host}:{port} t={timeout}"
cfg = {"secure": True, "timeout": 3}
print(connect("a"), connect("b", 8080), connect(*["c", 443], **cfg), connect(host="d", **{"port": 1}))
try:
    connect("e", 1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    connect()
except TypeError as err:
    print("TypeError:", err)
