# complex() parses strings like CPython: signs, exponents, parentheses, j alone, infinities.
for s in ["1+2j", "-1.5-2.5j", "j", "-j", "+j", "3", "  ( 1.5-2j )  ", "1e3j", "1e-3+1E+3j", "2.j",
          ".5j", "inf+nanj", "-infj", "1_000+2_0j", "(5)"]:
    print(repr(s), complex(s))
for bad in ["1+", "", "j1", "1+2", "1 + 2j", "(1+2j", "abc", "1jj", "++1j", "1e+j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(1, "2")
except TypeError as e:
    print("TypeError:", e)
try:
    complex([1])
except TypeError as e:
    print("TypeError:", e)
