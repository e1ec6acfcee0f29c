from collections import UserDict, UserList, UserString
import collections.abc as abc
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], 'b' in ud, list(ud), ud.get('z', 9), ud.data, isinstance(ud, abc.MutableMapping))
ud['c'] = 3; del ud['a']; print(ud, ud.pop('b'), ud.setdefault('d', 4), ud, sorted(ud.items()), list(ud.keys()), list(ud.values()))
print(ud | {'e': 5}, {'e': 5} | ud, type(ud | {}).__name__, ud.copy(), type(ud.copy()).__name__, UserDict.fromkeys('xy', 0))
ud |= {'f': 6}; print(ud, ud == {'c': 3, 'd': 4, 'f': 6})
class Missing(UserDict):
    def __missing__(self, key): return key * 2
print(Missing()['ab'], Missing().get('ab'))
try:
    UserDict()['nope']
except KeyError as e:
    print('KeyError', e)
class Upper(UserDict):
    def __setitem__(self, key, value): super().__setitem__(key.upper(), value)
u = Upper(a=1); u.update(b=2); print(u, u.copy(), type(u.copy()).__name__)
ul = UserList([3, 1, 2])
ul.append(5); ul.sort(); print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul)
ul.extend([7, 8]); ul.insert(0, 0); print(ul, ul.pop(), ul.pop(0), ul.index(3), ul.count(1))
ul.remove(5); ul.reverse(); print(ul, ul + [9], [9] + ul, ul * 2, ul == [7, 3, 2, 1], ul < [8], type(ul + [1]).__name__)
ul += (10,); print(ul); ul *= 2; print(ul); ul[0] = 'x'; del ul[1]; print(ul, ul.copy(), reversed(ul) is not None)
ul.clear(); print(ul, UserList(), UserList(UserList([1])), UserList('ab'))
us = UserString('Hello')
print(us, repr(us), len(us), us[1], us[1:3], type(us[1:3]).__name__, us + ' world', 'Oh ' + us, us * 2, us.upper(), us.lower())
print(us.replace('l', 'L'), us.split('l'), us.startswith('He'), us.find('l'), us.center(11, '*'), us.strip('Ho'), 'ell' in us, us == 'Hello')
print(us < 'World', us.count('l'), us.encode(), us.isalpha(), us.zfill(8), UserString(42), UserString('%s!') % 'x', us.join('abc'), hash(us) == hash('Hello'))
print(sorted([UserString('b'), UserString('a')]), us.capitalize(), us.swapcase(), us.title(), us.partition('l'), us.rjust(7), us.removeprefix('He'))
print(int(UserString('12')) + 1, float(UserString('1.5')), us.format(), UserString('{0}-{x}').format(1, x=2), list(us))
