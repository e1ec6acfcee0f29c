# str searching: find/rfind/index/count/startswith/endswith with ranges, in, replace with count.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 20))
print(s.index("fox"), s.count("o"), s.count("the", 5), s.count(""), "".count(""))
print(s.startswith("the"), s.startswith(("a", "the")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print("fox" in s, "cat" not in s, "" in s)
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("a,b,,c".partition(","), "a,b,,c".rpartition(","), "abc".partition("x"))
