# str.encode error handlers for ASCII and Latin-1 targets, including characters outside the BMP.
s = "a\u00e9\u20ac\U0001F40D"
for enc in ["ascii", "latin-1"]:
    for handler in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        print(enc, handler, s.encode(enc, handler))
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e)
