import random
print(random.__all__)
r = random.Random(42)
data = list(range(20))
r.shuffle(data); print(data)
print(r.choice('abcdefg'), r.choice(range(1000)), r.sample(range(100), 10), r.sample('abcdef', 6), r.sample(range(10**6), 5))
print(r.sample(['red', 'blue'], counts=[4, 2], k=5), r.sample(range(30), 25))
print(r.choices('abc', k=8), r.choices(['x', 'y', 'z'], [10, 1, 1], k=6), r.choices('ab', cum_weights=[1, 5], k=5))
print(repr(r.uniform(1, 10)), repr(r.triangular()), repr(r.triangular(0, 10, 9)), repr(r.triangular(5, 5)))
print(repr(r.normalvariate()), repr(r.normalvariate(100, 15)), repr(r.gauss()), repr(r.gauss()), repr(r.gauss(5, 2)))
print(repr(r.lognormvariate(0, 1)), repr(r.expovariate(1.5)), repr(r.vonmisesvariate(1, 4)), repr(r.vonmisesvariate(1, 0)))
print(repr(r.gammavariate(0.5, 1)), repr(r.gammavariate(1, 2)), repr(r.gammavariate(9, 0.5)), repr(r.betavariate(2, 3)))
print(repr(r.paretovariate(3)), repr(r.weibullvariate(1, 1.5)), r.binomialvariate(), r.binomialvariate(10, 0.3), r.binomialvariate(1000, 0.4), r.binomialvariate(50, 0.9), r.binomialvariate(5, 0), r.binomialvariate(5, 1))
print(r.randbytes(10), r.getrandbits(64))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])
random.seed(7)
print(repr(random.random()), random.randint(1, 6), random.choice([1, 2, 3]), random.sample(range(5), 3), random.getrandbits(12))
x = [1, 2, 3, 4]; random.shuffle(x); print(x)
random.seed('hello'); print(repr(random.random()))
random.seed(b'bytes'); print(repr(random.random()))
random.seed(bytearray(b'ba')); print(repr(random.random()))
class MyRandom(random.Random):
    def random(self):
        return 0.37
m = MyRandom()
print(m.randrange(100), m.choice('abcdef'), m.randint(1, 3), m.sample(range(10), 3))
for expr in ['r.randrange(0)', 'r.randrange(5, 5)', 'r.randrange(5, 1, 2)', 'r.randrange(1, 5, 0)', 'r.randrange(1.5)', 'r.randrange(3, step=2)',
             'r.choice([])', 'r.sample({1, 2}, 1)', 'r.sample([1], 2)', 'r.choices([1], [1, 2])', 'r.choices([1, 2], 2)', 'r.choices([1], [0])',
             'r.choices([1], weights=[1], cum_weights=[1])', 'r.getrandbits(-1)', 'r.seed([1])', 'r.randint(3, 1)', 'r.gammavariate(0, 1)',
             'r.binomialvariate(-1)', 'r.sample([1, 2], 1, counts=[1])', 'r.setstate((1,))']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
s = random.SystemRandom()
v = s.random(); print(0 <= v < 1, 0 <= s.randrange(10) < 10, len(s.randbytes(4)), s.getrandbits(8) < 256)
try:
    s.getstate()
except NotImplementedError as e:
    print(e)
