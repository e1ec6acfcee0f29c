# Assorted builtins: divmod, pow, round, abs, chr/ord, bin/oct/hex, isinstance with tuples, id-free checks.
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), round(2.675, 2), abs(-3))
print(chr(65), ord("a"), bin(10), oct(64), hex(4095), int("777", 8))
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, (str, int)), callable(len))
print(sorted({3: "c", 1: "a"}.items()), list(zip(*[(1, 2), (3, 4)])), hash("abc") == hash("abc"))
print(type(3) is int, type(int) is type, type(type), repr(type(None)), repr(NotImplemented), repr(...))
