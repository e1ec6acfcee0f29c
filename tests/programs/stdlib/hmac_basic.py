import hmac, hashlib
print(hmac.digest_size, len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[-4:], hmac.HMAC.blocksize)
algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512']
keys = [b'', b'key', b'\x0b' * 20, b'Jefe', b'\xaa' * 131, bytearray(b'ba'), b'k' * 64, b'k' * 65, b'k' * 200]
msgs = [b'', b'The quick brown fox jumps over the lazy dog', b'what do ya want for nothing?', b'\xdd' * 50]
for alg in algs:
    h = hmac.new(b'key', b'msg', alg)
    print(alg, h.name, h.digest_size, h.block_size)
    for k in keys:
        for m in msgs:
            d = hmac.new(k, m, digestmod=alg).hexdigest()
            assert hmac.digest(k, m, alg).hex() == d
            assert hmac.new(k, m, getattr(hashlib, alg)).hexdigest() == d
            assert hmac.new(k, m, lambda d=b'': hashlib.new(alg, d)).hexdigest() == d
        print(' ', k[:6], hmac.new(k, msgs[1], alg).hexdigest()[:40])
h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
c.update(b'other')
print(h.hexdigest(), c.hexdigest())
print(h.digest() == hmac.new(b'secret', b'part one, part two', 'sha256').digest(), type(h.digest()).__name__)
print(h.hexdigest() == h.hexdigest(), type(c).__name__, c.name, c.digest_size)
h.update(memoryview(b'x'))
h.update(bytearray(b'y'))
print(h.hexdigest())
for call in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='sha256'),
             lambda: hmac.new(b'k', digestmod='nope'), lambda: hmac.new(b'k', digestmod=None),
             lambda: hmac.HMAC(b'k', b'm'), lambda: hmac.digest(b'k', b'm', None),
             lambda: hmac.new(b'k', digestmod='md5').update('text'), lambda: hmac.digest('k', b'm', 'md5')]:
    try:
        call()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
show = lambda v: type(v).__name__ if isinstance(v, memoryview) else repr(v)
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''), ('abc', 'abc'), ('abc', 'xyz'),
             (bytearray(b'x'), memoryview(b'x')), (b'a', 'a'), ('a', b'a'), (1, b'a'), (b'a', 1),
             ('a', 1), (None, None), ([1], [1]), ('é', 'é')]:
    try:
        print(show(a), show(b), hmac.compare_digest(a, b))
    except TypeError as e:
        print(show(a), show(b), type(e).__name__, e)
print(hmac.compare_digest(hmac.new(b'k', b'm', 'sha1').digest(), hmac.digest(b'k', b'm', 'sha1')))
