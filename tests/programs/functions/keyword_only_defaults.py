# Keyword-only parameters with and without defaults after *args; introspection of the code object.
def render(template, *values, sep=", ", end, upper=False):
    out = sep.join(str(v) for v in values)
    out = template.format(out) + end
    return out.upper() if upper else out

print(render("[{}]", 1, 2, 3, end="!"))
print(render("<{}>", "a", sep="|", end="", upper=True))
try:
    render("{}", 1)
except TypeError as e:
    print("TypeError:", e)
code = render.__code__
print(code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, render.__kwdefaults__)
