# f-strings as PEP 701 defines them: nested quotes, nested fields, comments and newlines inside fields
names = ["ada", "grace"]
print(f"{", ".join(names)}")
print(f"{f"{f"{1 + 1}"}"}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]")
print(f"{'\n'.join(names)!r}")
value = 42
print(f"{value = }", f"{value=!s:>6}", f"{value:#x}")
print(f"""{
    value  # a comment inside the field
    + 1
}""")
print(f"{ {'k': value}['k'] }", f"{[x * 2 for x in range(3)]}")
print(f"{{literal}} {value!a}")
