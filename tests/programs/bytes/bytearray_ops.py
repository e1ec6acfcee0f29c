# bytearray is a mutable bytes: item and slice assignment, append/extend/insert/pop/remove, +=.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" ok")
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba[1:3] = b"EE"
del ba[-1]
ba.remove(ord("!"))
print(ba, bytes(ba), ba.decode(), ba.upper(), ba.find(b"l"))
ba += b"++"
ba *= 2
print(ba, bytearray(3), bytearray([1, 2]), bytearray(b"x") == b"x", ba.count(b"+"))
ba.reverse()
print(ba, ba[::2], ba.hex())
ba.clear()
print(ba, len(ba))
try:
    bytearray(b"a")[0] = 300
except ValueError as e:
    print("ValueError:", e)
