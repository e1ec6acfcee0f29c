# A loop whose operand types change midway (int -> float -> str) still computes correctly.
values = [1, 2, 3, 4.5, 5.5, "a", "b"]
acc = None
for v in values:
    if acc is None:
        acc = v
    elif isinstance(v, str) and not isinstance(acc, str):
        acc = str(acc) + v
    else:
        acc = acc + v
print(acc)
x = 0
for i in range(40):
    x = x + (i if i < 20 else i / 2)
print(x)
