#!/usr/bin/env python3.13
"""Writes modules/runtime/src/test/resources/repr/floats.tsv: Java-parsable double literal TAB repr(float).

Run with CPython 3.13: /root/.pyenv/versions/3.13.0/bin/python3.13 tools/gen-repr-expected.py
"""
import pathlib
import random
import struct

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.0 / 3.0, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
          1.5e-7, 3.14e-5, 1e22, 1e300, 5e-324, 1.7976931348623157e308, 100.0, 1234.5678, 0.3, 2.675,
          9007199254740993.0, 1e-10, 12345678901234567.0, 4.35, 0.000123, 999999999999999.9]
rnd = random.Random(1313)
for _ in range(300):
    bits = rnd.getrandbits(64)
    d = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if d == d and d not in (float("inf"), float("-inf")):
        values.append(d)
for _ in range(100):
    values.append(rnd.uniform(-1e6, 1e6))
out = pathlib.Path(__file__).resolve().parent.parent / "modules/runtime/src/test/resources/repr/floats.tsv"
out.write_text("".join(f"{struct.unpack('<Q', struct.pack('<d', v))[0]:016x}\t{v!r}\n" for v in values))
