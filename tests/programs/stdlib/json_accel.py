# The json package's accelerated paths (the _json module when present): scanstring, the scanner and the one-shot
# encoder, with their error messages and positions, hooks, escapes, markers and separators.
import json
import json.decoder
import json.scanner
from collections import OrderedDict


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except json.JSONDecodeError as e:
        print(label, 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, type(e).__name__, e)


scan = json.decoder.scanstring
attempt('plain', scan, '"abc" tail', 1)
attempt('escapes', scan, r'"a\"b\\c\/d\b\f\n\r\t" x', 1)
attempt('unicode', scan, r'"caf\u00e9 \ud834\udd1e \ud800x \udc00"', 1)
attempt('unterminated', scan, '"abc', 1)
attempt('control', scan, '"a\nb"', 1)
attempt('control lax', scan, '"a\nb"', 1, False)
attempt('bad escape', scan, r'"a\qb"', 1)
attempt('short u', scan, r'"\u12"', 1)
attempt('bad hex', scan, r'"\u12x4"', 1)
attempt('bad low hex', scan, r'"\ud834\udzzz"', 1)
attempt('u at end', scan, r'"\u00e9', 1)
attempt('backslash at end', scan, '"ab\\', 1)
attempt('end out of range', scan, '"ab"', 9)
attempt('not str', scan, b'"ab"', 1)

for doc in ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{"a" 1}', '{"a":}', '{"a":1,}', '{1:2}', '{"a":1 "b":2}',
            '[1, x]', 'nul', 'tru', '-', '-x', '01', '1.', '1.5e', '1e+', '[1] x', '"\\x"', '{"a":[1,{"b":]}]}',
            'NaN', '-Infinity', 'Infinity', '[-Infinityx]', '\ufeff1', '{"a":1, "a":2}']:
    attempt('loads %r' % doc, json.loads, doc)
print(json.loads('[1, -0, 2.5, -3e2, 1E+2, 10e-1, 123456789012345678901234567890, 0.1e1, true, false, null]'))
print(json.loads('{"k": [{"n": {"x": "y"}}], "": 0, "u": "\\u2603"}'))
print(json.loads('[1.5, 2]', parse_float=lambda s: ('F', s), parse_int=lambda s: ('I', s)))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1}', object_pairs_hook=OrderedDict, object_hook=dict))
print(json.loads(' \n\t[ 1 ,\n 2 ] \r\n'), json.loads('"\\ud83d\\ude00"') == '\U0001f600')
print(json.decoder.JSONDecoder().raw_decode('[1] trailing'), json.decoder.JSONDecoder().raw_decode('xx [2]', 3))

scanner = json.scanner.make_scanner(json.decoder.JSONDecoder(strict=False))
print(scanner('"a\tb" rest', 0), scanner('[[1], {}]', 0))
for doc, idx in [('', 0), ('[1,', 0), ('[1, x]', 0), ('abc', 1)]:
    try:
        scanner(doc, idx)
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)
attempt('negative idx', scanner, '1', -1)

records = [{'id': i, 'name': 'n%d' % i, 'v': i / 4, 'ok': i % 2 == 0, 'none': None, 'l': [i, (i, i)]}
           for i in range(3)]
print(json.dumps(records))
print(json.dumps(records, sort_keys=True, indent=2))
print(json.dumps(records[0], indent='\t', separators=(',', ' = ')))
print(json.dumps([[], {}, [[]], {'a': {}}], indent=3))
print(json.dumps({'b': 1, 'a': 2, 'c': [3]}, indent=0))
print(json.dumps('caf\u00e9 \U0001f600 "q" \\ \x00\x1f\x7f'), json.dumps('caf\u00e9 \U0001f600 \x7f', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n'}))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e300, -0.0, 1e-7, 123.0]))
attempt('nan strict', json.dumps, [float('nan')], allow_nan=False)
attempt('inf key strict', json.dumps, {float('inf'): 1}, allow_nan=False)
attempt('bad key', json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True), json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True, indent=1))
attempt('mixed sort', json.dumps, {1: 2, 'a': 3}, sort_keys=True)
attempt('unserializable', json.dumps, {'a': [1, {2, 3}]})
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps(object(), default=lambda o: 'obj'))
loop = []
loop.append(loop)
attempt('circular list', json.dumps, loop)
d = {}
d['self'] = d
attempt('circular dict', json.dumps, d)
attempt('circular default', json.dumps, [object()], default=lambda o: [o])
print(json.dumps(loop, check_circular=False, default=str) if False else 'skip deep recursion')
shared = [1]
print(json.dumps([shared, shared, {'x': shared}]))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1j, 2 + 3j], cls=Enc), Enc(indent=1).encode({'c': 1j}))
print(json.encoder.encode_basestring('a"b\n\u00e9'), json.encoder.encode_basestring_ascii('a"b\n\u00e9\U0001f600'))
attempt('encode bytes', json.encoder.encode_basestring_ascii, b'x')
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
nested = json.loads('[' * 50 + ']' * 50)
print(len(json.dumps(nested)))
deep = '[' * 100000 + ']' * 100000
attempt('deep', lambda: type(json.loads(deep)).__name__)
