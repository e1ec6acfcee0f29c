from collections import defaultdict, OrderedDict, Counter, ChainMap
import collections
d = defaultdict(list)
for k, v in [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]:
    d[k].append(v)
print(d, sorted(d.items()), d.default_factory)
print(defaultdict(), defaultdict(None, a=1), defaultdict(int, {'x': 1}), repr(defaultdict(lambda: 0))[:35])
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c['zz'], 'zz' in c, c.get('qq'), len(c))
e = defaultdict(None); 
try:
    e['missing']
except KeyError as ex:
    print('KeyError', ex)
cp = d.copy(); print(type(cp).__name__, cp.default_factory, cp == d, cp is d)
print(d | {'green': [9]}, type(d | {}).__name__, type({} | d).__name__)
try:
    defaultdict(1)
except TypeError as ex:
    print(ex)
class MyDD(defaultdict): pass
print(MyDD(set, a={1}))
rec = defaultdict(list); rec['self'] = rec; print(rec)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); print(''.join(od))
od.move_to_end('b', last=False); print(''.join(od))
print(od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(), OrderedDict(a=1, b=2), OrderedDict([('x', 1)]) == {'x': 1})
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2), o1 != o2, list(reversed(o1)), o1 | {'c': 3}, type(o1.copy()).__name__)
for expr in ['OrderedDict().popitem()', 'OrderedDict().move_to_end(1)', "Counter.fromkeys('a')", 'ChainMap({}).pop(1)',
             'ChainMap({}).popitem()', 'ChainMap({}, {1: 2}).__delitem__(1)', 'ChainMap({})[3]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as ex:
        print(expr, type(ex).__name__, ex)
od = OrderedDict(x=1); print(od.setdefault('y', 5), od.pop('x'), od.pop('nope', 'dflt'), od)
cnt = Counter('abracadabra')
print(cnt, cnt.most_common(3), cnt['z'], cnt.total(), sorted(cnt.elements()), Counter())
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter(['a', 'b', 'a']))
a = Counter(a=3, b=1); b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b, +Counter(a=2, b=-1), -Counter(a=2, b=-1))
a.update('aab'); print(a); a.subtract(b); print(a); a.subtract(c=5); print(a)
a.update({'a': 10}); print(a)
del a['nope']; del a['c']; print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2), Counter(a=1) < Counter(a=1))
x = Counter(a=2, b=3); x += Counter(a=-5, c=1); print(x)
x = Counter(a=2, b=3); x -= Counter(b=1); print(x)
x = Counter(a=2, b=3); x |= Counter(a=5); print(x)
x = Counter(a=2, b=3); x &= Counter(a=1); print(x)
print(Counter('hello world').most_common(), Counter(range(5)).most_common(0), Counter('aab').most_common(1))
print(sorted(Counter('xyzxy').items()), list(Counter('bca')), Counter('ab').copy(), type(Counter('a').copy()).__name__)
print(Counter({'a': 'x', 1: 'y'}) if False else '', repr(Counter({1: 2.5, 2: 0.5})))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}, {'c': 4})
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), 'c' in cm, cm.get('z', 0))
child = cm.new_child(); child['a'] = 99; print(child, child.parents, cm.new_child({'q': 0}), cm.new_child(k=1))
cm['d'] = 5; print(cm.maps[0]); del cm['d']; print(cm.maps[0], cm.pop('a'), cm)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 1})), ChainMap.fromkeys('ab', 0), cm.copy(), cm | {'z': 1}, {'z': 1} | cm)
cm2 = ChainMap({'x': 1}); cm2 |= {'y': 2}; print(cm2)
rc = ChainMap(); rc.maps.append(rc); print(rc)
import collections.abc as cabc
print(isinstance(d, cabc.MutableMapping), isinstance(cm, cabc.MutableMapping), issubclass(Counter, dict), isinstance(od, dict))
