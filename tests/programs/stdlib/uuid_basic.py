# uuid: construction forms, properties, name-based UUIDs; random ones only by shape
import uuid
import pickle
from uuid import UUID

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)
print(list(uuid.SafeUUID), repr(uuid.SafeUUID.unknown), uuid.SafeUUID(-1))
u = UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe, int(u))
forms = [dict(hex='12345678123456781234567812345678'), dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678'),
         dict(bytes=b'\x12\x34\x56\x78' * 4), dict(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
         dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), dict(int=0x12345678123456781234567812345678)]
for f in forms:
    v = UUID(**f)
    print(sorted(f), v, v == u, hash(v) == hash(u))
for ver in (1, 2, 3, 4, 5):
    v = UUID(int=0, version=ver)
    print(ver, v, v.version, v.variant)
for n in (0, 1 << 63, 3 << 62, 7 << 61, (1 << 128) - 1):
    v = UUID(int=n)
    print(v, v.variant, v.version)
bad = [dict(), dict(hex='x'), dict(hex='1', bytes=b''), dict(hex='g' * 32), dict(bytes=b'1'), dict(bytes_le=b'1'),
       dict(fields=(1,)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
       dict(fields=(0, 0, 1 << 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)),
       dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128), dict(int=0, version=0),
       dict(int=0, version=6)]
for b in bad:
    show(sorted(b), UUID, **b)
a, b = UUID(int=5), UUID(int=6)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 5, sorted([b, a]), a.__eq__(5), a.__lt__(5))
show('lt', lambda: a < 5)
show('setattr', setattr, a, 'int', 1)
show('newattr', setattr, a, 'x', 1)
s = UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(s.is_safe, s == UUID(int=7), s.__getstate__(), a.__getstate__())
p = pickle.loads(pickle.dumps(s))
print(p, p.is_safe, pickle.loads(pickle.dumps(a)).is_safe)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, b'http://example.com/'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com/é'))
print(uuid.uuid3(uuid.NAMESPACE_OID, ''), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
for f in (uuid.uuid1, uuid.uuid4):
    v = f()
    print(f.__name__, type(v).__name__, len(str(v)), len(v.hex), v.version, v.variant)
v = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(v.node == 0x123456789abc, v.clock_seq, v.version, hex(v.clock_seq_hi_variant)[:3])
print(uuid.uuid1() != uuid.uuid1(), uuid.uuid4() != uuid.uuid4(), 0 <= uuid.getnode() < 1 << 48)
print(len({uuid.uuid4() for _ in range(50)}))
