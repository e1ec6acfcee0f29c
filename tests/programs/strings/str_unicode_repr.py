# repr() of strings escapes non-printable characters but keeps printable Unicode.
for s in ["plain", "tab\t", "nl\n", "quote'", 'dq"', "both'\"", "é", "\u200b", "\x1b", "\ud800", "🐍", "\\"]:
    print(repr(s), ascii(s), len(s))
