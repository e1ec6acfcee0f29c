# Character class predicates on empty strings, whitespace variants and digits from other scripts.
tests = ["", " \t\n", "\u00a0", "１２３", "²", "Ⅻ", "abc_", "αβγ", "ÀÉ", "\u2028"]
for s in tests:
    print(repr(s), s.isspace(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalpha(), s.isidentifier(), s.isprintable())
