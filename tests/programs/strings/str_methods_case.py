# str case methods and predicates.
for s in ["hello World", "ÄBC ßtraße", "title case here", "  ", "MiXeD123", "ǅemal", ""]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
for s in ["abc", "ABC", "Abc Def", "123", "1.5", "abc123", " ", "", "½", "٣", "x_y", "Straße"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isupper(),
          s.islower(), s.istitle(), s.isspace(), s.isidentifier(), s.isascii(), s.isprintable())
