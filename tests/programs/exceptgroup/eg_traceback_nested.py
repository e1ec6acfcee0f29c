# Nested groups, notes and a cause in the printed group traceback.
inner = ExceptionGroup("inner", [KeyError("k"), OSError("nope")])
outer = ExceptionGroup("outer", [inner, ZeroDivisionError("z")])
outer.add_note("outer note")
inner.exceptions[0].add_note("leaf note")
try:
    raise outer from ValueError("root cause")
except* KeyError:
    print("handled KeyError part")
