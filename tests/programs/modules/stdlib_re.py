import re
text = "The year 1999 and 2024; emails: a.b@x.org, me@site.com"
print(re.findall(r"\d{4}", text), re.findall(r"(\w+)@(\w+)\.(\w+)", text))
m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", text)
print(m.group(), m.group(1), m.group("host"), m.groups(), m.groupdict(), m.span(), m.start(2), m["user"])
print(re.match(r"The", text) is not None, re.match(r"year", text), re.fullmatch(r"\d+", "123") is not None)
print(re.sub(r"\d", "#", "a1b22c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y"), re.subn("a", "b", "aaa"))
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "3 apples and 10 pears"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"), re.split(r"\s+", "  lead"))
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print([(k, v) for k, v in pat.findall("key: value\nname:  tiercel\n")], pat.pattern, pat.groups)
print([mo.group(0) for mo in re.finditer(r"[A-Z]\w*", "Hello World From Python")])
print(re.search(r"hello", "Say HELLO", re.IGNORECASE).group(), re.escape("a.b*c"), bool(re.match(r"x", "y")))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"), re.findall(r"(a)(b)?", "ab a"))
print(re.match(r"(\d+)-(\d+)", "10-20").group(1, 2), re.compile(r"a+").sub("-", "caaat"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error")
