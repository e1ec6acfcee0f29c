# printf-style % formatting: flags, widths, precision, *, mapping keys, and errors.
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.0000314, 1e20))
print("%s|%r|%a|%c|%c|%%" % ("s", "r", "é", "x", 0x263A))
print("%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%(a)s-%(b)03d" % {"a": "k", "b": 7})
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
