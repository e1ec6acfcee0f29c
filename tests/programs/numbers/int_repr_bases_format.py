# int formatting in bases with format specs: padding, grouping and alternate forms.
for n in [0, 5, 255, -255, 65535, 2**40]:
    print(f"{n:#010x} {n:_b} {n:o} {n:>+8} {n:,} {n:_x} {n:#X}")
