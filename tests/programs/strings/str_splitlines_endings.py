# splitlines recognizes \r\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029 as line boundaries.
text = "a\nb\r\nc\rd\ve\ff\x1cg\x85h\u2028i\u2029j"
print(text.splitlines())
print(text.splitlines(True))
print("trailing\n".splitlines(), "".splitlines(), "\n\n".splitlines(), "x\n".split("\n"))
