# maketrans/translate, encode/decode round trips, and error handlers.
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), str.maketrans({"a": "1", "b": None}))
print("hello".translate({ord("l"): "L", ord("o"): None}))
text = "naïve café"
b = text.encode("utf-8")
print(b, b.decode("utf-8"), len(b), text.encode("latin-1"))
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "xmlcharrefreplace"))
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), "€".encode("utf-16-le"))
