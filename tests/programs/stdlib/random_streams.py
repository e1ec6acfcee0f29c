import random
for s in range(100):
    r = random.Random(s)
    print(s, repr(r.random()), r.getrandbits(7), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.randrange(10), r.randint(-5, 5), r.randrange(0, 100, 7), r.randrange(50, 10, -3))
for s in [2**32, 2**32 - 1, -7, 12345678901234567890123, 10**50, 3.75, -0.5]:
    r = random.Random(s)
    print(s, [repr(r.random()) for _ in range(3)], r.randrange(2**70), r.getrandbits(0))
