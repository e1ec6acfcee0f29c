# subgroup returns the same object when the whole group matches, None when nothing does.
eg = ExceptionGroup("all values", [ValueError(1), ValueError(2)])
print(eg.subgroup(ValueError) is eg, eg.subgroup(lambda e: isinstance(e, ValueError)) is eg)
print(eg.subgroup(TypeError), eg.split(TypeError)[1] is eg)
nested = ExceptionGroup("n", [eg, TypeError(3)])
sub = nested.subgroup(ValueError)
print(repr(sub), sub.exceptions[0] is eg)
