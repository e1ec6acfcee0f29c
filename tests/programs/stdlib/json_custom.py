import json
from json import JSONDecoder, JSONEncoder
from decimal import Decimal
from collections import OrderedDict
dec = JSONDecoder(parse_float=Decimal)
print(dec.decode('[1.10, 2.5e3]'), dec.raw_decode('{"a": 1} tail'), dec.scan_once('  [true]', 2))
try:
    dec.scan_once('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)
class Obj(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Obj))
class Enc(JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)
print(json.dumps({'z': 1 + 2j, 'd': Decimal('1.5')}, cls=Enc, sort_keys=True))
print(list(Enc(indent=2).iterencode({'a': [1, {'b': None}], 'c': 'x'})))
print(list(JSONEncoder().iterencode([1, [2, 3], {}, [], 'é'])))
print(json.dumps(float('1e16')), json.dumps(1e-5), json.dumps(123456789.123456789), json.dumps(-0.0), json.dumps(1.7976931348623157e308))
big = json.loads('[' + ','.join(str(i) for i in range(50)) + ']')
print(sum(big), json.dumps(big[:5], separators=(',', ':')))
print(json.loads('"\\u00e9\\ud834\\udd1e"') == 'é\U0001d11e', json.dumps('\U0001d11e'), json.dumps('\U0001d11e', ensure_ascii=False))
print(json.loads('  {"k"  :  [ ]  ,  "v" : { } }  '), json.loads('{"a":1}', object_pairs_hook=OrderedDict))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=''), repr(json.dumps([], indent=4)), repr(json.dumps({}, indent=4)))
print(json.dumps([1, 2], indent=-1), json.dumps('\u2028\u2029'))
d = json.JSONDecoder()
print(d.decode('  123  '), d.decode('"x"'), d.decode('null'))
