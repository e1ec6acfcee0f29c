# Float formatting rounds correctly (half-even on the exact binary value), unlike naive rounding.
for v in [0.125, 0.375, 2.5, 1.005, 1.115, 0.045, 123.456789, 1e-10, 9.995]:
    print(v, f"{v:.2f}", f"{v:.1f}", f"{v:.3e}", round(v, 2))
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{2/3:.15f}", f"{1e21:f}")
