# Chained comparisons, conditional expressions, short-circuit and/or returning operands.
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])
x = 5
print(1 < x < 10, 1 < x > 4, x == 5 == 5.0, 1 < 2 < 3 < 2)
print(0 or "default", "" and "unused", None or 0 or [], 3 and 4, [] or {} or "last")
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), t(2) or t(3), calls)
print(not 0, not "x", not None, (not []) == True)
print(1 if [] else 2, "yes" if "no" else "never")
