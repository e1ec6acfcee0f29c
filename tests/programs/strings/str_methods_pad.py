# Padding and alignment: center/ljust/rjust/zfill/expandtabs.
for s in ["abc", "", "toolongstring"]:
    print(repr(s.center(9)), repr(s.center(9, "*")), repr(s.ljust(6, ".")), repr(s.rjust(6)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print("%-5s|%5s|%05d|%.2f|%x|%o|%e|%r|%c|%%" % ("ab", "cd", 42, 3.14159, 255, 8, 12345.678, "q", 65))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%s" % (1,), "%s and %s" % ("a", "b"))
