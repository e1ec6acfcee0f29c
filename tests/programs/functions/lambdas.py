# Lambdas: expressions, defaults, closures, immediate calls, sorting keys, conditional bodies.
sq = lambda x: x * x
print(sq(7), (lambda: "called")(), (lambda *a, **k: (a, k))(1, b=2))
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([a(10) for a in adders])
pick = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([pick(v) for v in (-2, 0, 5)])
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=len, reverse=True))
print(sq.__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12) + "!")
