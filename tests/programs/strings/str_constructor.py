# str() of various objects, str(bytes, encoding), and repr vs str of containers.
print(str(), str(5), str(2.5), str(None), str(True), str([1, "a"]), str({"k": "v"}), str((1,)))
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"x"))
class S:
    def __str__(self):
        return "from __str__"
print(str(S()), [S()][0].__str__(), f"{S()}", "%s" % S())
try:
    str(S(), "utf-8")
except TypeError as e:
    print("TypeError:", e)
