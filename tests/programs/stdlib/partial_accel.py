# functools.partial as CPython's C type (the _functools accelerator when present): flattening, keyword merging,
# repr (with recursion), __reduce__/__setstate__, subclasses, errors.
import copy
from functools import partial


def show(*args, **kwargs):
    return args, kwargs


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


p = partial(show, 1, 2, a='x', b='y')
print(p(3, b='B', c='C'), p(), p.func is show, p.args, p.keywords)
flat = partial(partial(p, 4, c=5), 6)
print(flat.func is show, flat.args, flat.keywords, flat(7))
tagged = partial(show, 1)
tagged.note = 'kept'
nested = partial(tagged, 2)
print(nested.func is tagged, nested.args, nested())


class Loud(partial):
    def __call__(self, *args, **kwargs):
        return ('loud', super().__call__(*args, **kwargs))


loud = Loud(show, 1)
wrapped = partial(loud, 2)
print(loud(0), wrapped.func is loud, wrapped())


class Sub(partial):
    pass


s = Sub(show, 'q', k=1)
print(type(s).__name__, s('r'), repr(s).replace(hex(id(show)), 'ID').split(' at ')[0], partial(s, 1).func is show)
print(repr(partial(len, [1, 2], key=None)), repr(partial(max)))
r = partial(show)
r.keywords['me'] = r
print(repr(r).split(' at ')[0], repr(r).endswith('me=...)'))
print(p.__reduce__()[0] is partial, p.__reduce__()[1][0] is show, p.__reduce__()[2][1:])
print(partial(show).__reduce__()[2][1:], tagged.__reduce__()[2][1:])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c(0), d(0), c.keywords is p.keywords, d.keywords is p.keywords, type(copy.copy(s)).__name__)
p2 = partial(show)
p2.__setstate__((max, (1, 5), {'key': abs}, {'x': 1}))
print(p2(-9), p2.x, p2.args, p2.keywords)
p2.__setstate__((min, (3,), None, None))
print(p2(1), p2.keywords, hasattr(p2, 'x'))
attempt('state list', p2.__setstate__, (min, [1], None, None))
attempt('state short', p2.__setstate__, (min, ()))
attempt('state uncallable', p2.__setstate__, (1, (), None, None))
attempt('no args', partial)
attempt('uncallable', partial, 1)
attempt('set func', setattr, p, 'func', max)
attempt('call error', partial(int, 'x'))
print(partial[int], partial(show, x=1)(x=2), partial(dict, a=1)(b=2), partial(print, end='!\n')('done'))
print(sorted(['bb', 'a', 'ccc'], key=partial(len)), list(map(partial(pow, 2), [1, 2, 3])))


class Holder:
    method = partial(show, 'bound?')


# (Instance access also warns, FutureWarning, in CPython 3.13: Tiercel has no warnings module yet.)
print(Holder.method())
