import secrets, string
print(secrets.__all__, secrets.DEFAULT_ENTROPY)
print(type(secrets.SystemRandom()).__name__, isinstance(secrets._sysrand, secrets.SystemRandom))
for n in [None, 0, 1, 5, 16, 33]:
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), all(c in '0123456789abcdef' for c in h),
          len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
for bound in [1, 2, 7, 100, 2**70]:
    vals = [secrets.randbelow(bound) for _ in range(200)]
    print('randbelow', bound, all(type(v) is int and 0 <= v < bound for v in vals))
print(secrets.randbelow(1))
for k in [0, 1, 8, 13, 64, 200]:
    vals = [secrets.randbits(k) for _ in range(100)]
    print('randbits', k, all(0 <= v < 2 ** k for v in vals))
print(secrets.randbits(0))
seq = ['a', 'b', 'c']
picks = {secrets.choice(seq) for _ in range(300)}
print(sorted(picks), secrets.choice('x'), secrets.choice(range(5, 6)))
alphabet = string.ascii_letters + string.digits
pw = ''.join(secrets.choice(alphabet) for i in range(20))
print(len(pw), all(c in alphabet for c in pw))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))
r = secrets.SystemRandom()
x = r.random()
print(0.0 <= x < 1.0, 1 <= r.randint(1, 6) <= 6, sorted(r.sample(range(10), 10)) == list(range(10)))
for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.randbits(-1),
             lambda: secrets.choice([]), lambda: secrets.token_hex('a'), lambda: r.getstate()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
