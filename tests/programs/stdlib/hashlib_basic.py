import hashlib
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    h = hashlib.new(name, b'abc')
    c = h.copy()
    c.update(b'def')
    print(name, h.hexdigest(), c.hexdigest()[:16], h.digest()[:4], h.name, h.digest_size, h.block_size)
    print(' ', getattr(hashlib, name)(b'abcdef').hexdigest() == c.hexdigest(), h.hexdigest() == h.hexdigest())
empty = hashlib.sha256()
print(empty.hexdigest())
for chunk in (b'a', bytearray(b'b'), memoryview(b'c')):
    empty.update(chunk)
print(empty.hexdigest() == hashlib.sha256(b'abc').hexdigest(), hashlib.md5(string=b'x').hexdigest())
print(hashlib.sha1(b'x' * 1000).hexdigest(), hashlib.new('SHA256', b'').hexdigest()[:8])
print(all(n in hashlib.algorithms_guaranteed for n in ('md5', 'sha1', 'sha256', 'sha512')))
for bad in ("hashlib.md5('text')", "hashlib.new('nope')", 'hashlib.sha1(5)'):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
