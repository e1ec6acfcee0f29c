# Instances of str subclasses: methods of str return plain str, the class's own dunders win for operators,
# equality and hashing use the str value unless overridden.
class Upper(str):
    def shout(self):
        return self.upper() + "!"


u = Upper("hi")
print(u.shout(), u + "x", len(u), isinstance(u, str), type(u).__name__, u * 2, "%s!" % u, u[0], u[::-1])
for r in (u.strip(), u.lower(), u.upper(), u.title(), u.replace("x", "y"), u.zfill(1), u.center(1),
          u.ljust(1), u.rjust(1), u.removeprefix("q"), u.removesuffix("q"), u[:], str(u), u.__str__(),
          u.expandtabs(), u.casefold(), "".join([u]), u.partition("q")[0], u.split()[0]):
    print(type(r).__name__, end=" ")
print()


class Caseless(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    def __hash__(self):
        return hash(self.lower())


s = Caseless("Abc")
print(s == "abc", s != "abc", "abc" == s, "ABC" in [s], s in ["aBc"], {s: 1}.get(Caseless("ABC")))
print(repr(s), str(s), type(str(s)).__name__, s + "d", type(s + "d").__name__, s.upper(), s[0])


class Shown(str):
    def __str__(self):
        return "Shown!"

    def __repr__(self):
        return "Shown?"


k = Shown("v")
print(k, str(k), repr(k), f"{k}", "%s %r" % (k, k), [k], k + "x", len(k), format(k), "{}".format(k))
print(f"{k:>3}", format(k, "<2") + "|", str.__str__(k), str.__repr__(k), k.upper())


class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj


t = Tagged("text", "T1")
print(t, t.tag, vars(t), type(t).__name__, t == "text", sorted([Tagged("b", 1), Tagged("a", 2)]))
print(str(b"ab", "ascii"), type(Upper(b"ab", "ascii")).__name__, Upper(5), Upper(), repr(Upper()))


class Counted(str):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return "item" + str(i)

    def __contains__(self, x):
        return x == "magic"

    def __iter__(self):
        return iter("xyz")


c = Counted("ab")
print(len(c), c[0], "magic" in c, "a" in c, list(c), str.__len__(c), str.__getitem__(c, 1), bool(c))
print(max(Upper("b"), "a"), Upper("a") < "b", "a" < Upper("b"), Upper("abc").startswith("a"))
print(int(Upper("12")), float(Upper("1.5")), Upper("x").join(["1", "2"]), Upper("a,b").split(","))


class Adder(str):
    def __add__(self, other):
        return "Adder+" + other

    def __radd__(self, other):
        return other + "+Adder"

    def __mul__(self, n):
        return "mul" + str(n)


print(Adder("q") + "x", "x" + Adder("q"), Adder("q") * 3, 3 * Adder("q"), Adder("q") + Adder("r"))
