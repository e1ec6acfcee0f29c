# Floor division and modulo with mixed signs for ints and floats; divmod consistency.
for a in [7, -7, 7.5, -7.5]:
    for b in [2, -2, 0.5, -3]:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r, q * b + r == a)
for bad in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ["//", "%", "divmod"]:
        try:
            if op == "//":
                bad[0] // bad[1]
            elif op == "%":
                bad[0] % bad[1]
            else:
                divmod(*bad)
        except ZeroDivisionError as e:
            print(op, bad, "ZeroDivisionError:", e)
print(-0.0 % 5, 5 % -0.5, (-1) % 10 ** 30)
