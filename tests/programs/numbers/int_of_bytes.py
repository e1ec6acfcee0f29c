# int() of bytes and bytearray text, with and without a base, and its errors (which show the bytes object).
print(int(b'42'), int(b' -17 '), int(bytearray(b'0x1f'), 0), int(b'ff', 16), int(b'1_000'), int(b'0b101', 0))
print(int(bytearray(b'zz'), 36), int(b'+7', 8))
for args in [(b'x',), (b'4 2',), (bytearray(b''),), (b'\xff1',), (b'12', 2), (b'0x', 16), (b'09', 0), (b'1__0',)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(3.5, 10), ([1], 10), (None,)]:
    try:
        print(int(*args))
    except TypeError as e:
        print(type(e).__name__, e)
