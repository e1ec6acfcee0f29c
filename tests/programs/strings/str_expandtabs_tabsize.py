# expandtabs pads to the next tab stop per line, with different tab sizes.
lines = "a\tb\tc\n12345\t6\n\tindent"
for size in [8, 4, 2, 1]:
    print(repr(lines.expandtabs(size)))
