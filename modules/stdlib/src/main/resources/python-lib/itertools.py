"""Functional tools for creating and using iterators."""

import sys as _sys

_new = object.__new__      # state is set up in __new__, as for the built-in iterator types


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__float__')
            or hasattr(cls, '__int__') or hasattr(cls, '__complex__'))


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _no_keywords(cls, base, kwargs):
    # Like the built-in types: keywords are refused unless a subclass brings its own __init__.
    if kwargs and (cls is base or cls.__init__ is object.__init__):
        raise TypeError(f'{base.__name__}() takes no keyword arguments')


class _GeneratorBacked:
    """Base for iterator classes whose items come from an internal generator."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    """Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""
    __slots__ = ('_value', '_step')

    def __new__(cls, start=0, step=1):
        self = _new(cls)
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {self._step!r})'


class cycle(_GeneratorBacked):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __new__(cls, iterable, /, **kwargs):
        _no_keywords(cls, cycle, kwargs)
        self = _new(cls)
        self._gen = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_object', '_times')

    def __new__(cls, object, times=None):
        self = _new(cls)
        self._object = object
        if times is not None:
            times = _as_index(times)
            if times < 0:
                times = 0
        self._times = times
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate(_GeneratorBacked):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        self = _new(cls)
        self._gen = self._run(iter(iterable), func, initial)
        return self

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            if func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total


class batched(_GeneratorBacked):
    """Batch data into tuples of length n. The last batch may be shorter than n."""
    __slots__ = ()

    def __new__(cls, iterable, n, *, strict=False):
        self = _new(cls)
        n = _as_index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n, strict)
        return self

    @staticmethod
    def _run(it, n, strict):
        while True:
            batch = []
            for element in it:
                batch.append(element)
                if len(batch) == n:
                    break
            if not batch:
                return
            if strict and len(batch) != n:
                raise ValueError('batched(): incomplete batch')
            yield tuple(batch)
            if len(batch) < n:
                return


class chain(_GeneratorBacked):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        _no_keywords(cls, chain, kwargs)
        self = _new(cls)
        self._gen = self._run(iter(iterables))
        return self

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from iter(source)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress(_GeneratorBacked):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __new__(cls, data, selectors):
        self = _new(cls)
        self._gen = self._run(iter(data), iter(selectors))
        return self

    @staticmethod
    def _run(data, selectors):
        for element, selector in zip(data, selectors):
            if selector:
                yield element


class dropwhile(_GeneratorBacked):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, dropwhile, kwargs)
        self = _new(cls)
        self._gen = self._run(predicate, iter(iterable))
        return self

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if not predicate(element):
                yield element
                break
        yield from it


class takewhile(_GeneratorBacked):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, takewhile, kwargs)
        self = _new(cls)
        self._gen = self._run(predicate, iter(iterable))
        return self

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if predicate(element):
                yield element
            else:
                return


class filterfalse(_GeneratorBacked):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, filterfalse, kwargs)
        self = _new(cls)
        self._gen = self._run(function, iter(iterable))
        return self

    @staticmethod
    def _run(function, it):
        for element in it:
            if function is None:
                if not element:
                    yield element
            elif not function(element):
                yield element


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __new__(cls, iterable, key=None):
        self = _new(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._active = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        marker = self._marker
        while True:
            if self._currkey is marker:
                self._step()
            elif self._tgtkey is marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._active = grouper
        return self._currkey, grouper


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __new__(cls, parent, tgtkey):
        self = _new(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        return self

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._active is not self:
            raise StopIteration
        if parent._currvalue is parent._marker:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        # The key is kept so that groupby knows where the next group starts.
        parent._currvalue = parent._marker
        return value


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    def __new__(cls, *args, **kwargs):
        _no_keywords(cls, islice, kwargs)
        self = _new(cls)
        if len(args) < 2:
            raise TypeError(f'islice expected at least 2 arguments, got {len(args)}')
        if len(args) > 4:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args)}')
        iterable = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = args[1]
        else:
            start, stop = args[1], args[2]
            if len(args) == 4:
                step = args[3]
        stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if stop is not None:
            try:
                stop = _as_index(stop)
            except TypeError:
                raise ValueError(stop_msg) from None
            if stop < 0 or stop > _sys.maxsize:
                raise ValueError(stop_msg)
        start_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if start is None:
            start = 0
        else:
            try:
                start = _as_index(start)
            except TypeError:
                raise ValueError(start_msg) from None
            if start < 0 or start > _sys.maxsize:
                raise ValueError(start_msg)
        step_msg = 'Step for islice() must be a positive integer or None.'
        if step is None:
            step = 1
        else:
            try:
                step = _as_index(step)
            except TypeError:
                raise ValueError(step_msg) from None
            if step < 1 or step > _sys.maxsize:
                raise ValueError(step_msg)
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        while self._count < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
            if stop is not None and self._count >= stop:
                self._it = None
                raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        following = self._next + self._step
        if stop is not None and following > stop:
            following = stop
        self._next = following
        return item


class pairwise(_GeneratorBacked):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    __slots__ = ()

    def __new__(cls, iterable, /, **kwargs):
        _no_keywords(cls, pairwise, kwargs)
        self = _new(cls)
        self._gen = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        for previous in it:
            for current in it:
                yield previous, current
                previous = current
            return


class starmap(_GeneratorBacked):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, starmap, kwargs)
        self = _new(cls)
        self._gen = self._run(function, iter(iterable))
        return self

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_source', '_link', '__weakref__')

    # A link is a two-item list [value, next_link]; the newest link is [None, None], still unfilled.
    def __new__(cls, iterable):
        self = _new(cls)
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = [iter(iterable)]
            self._link = [None, None]
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._source[0])
            if link[1] is None:
                link[0] = value
                link[1] = [None, None]
        value = link[0]
        self._link = link[1]
        return value

    def __copy__(self):
        clone = _new(_tee)
        clone._source = self._source
        clone._link = self._link
        return clone


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_GeneratorBacked):
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""
    __slots__ = ()

    def __new__(cls, *iterables, fillvalue=None):
        self = _new(cls)
        self._gen = self._run([iter(x) for x in iterables], fillvalue)
        return self

    @staticmethod
    def _run(iterators, fillvalue):
        if not iterators:
            return
        active = len(iterators)
        while True:
            row = []
            for index, it in enumerate(iterators):
                if it is None:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[index] = None
                    row.append(fillvalue)
            yield tuple(row)


class product(_GeneratorBacked):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        self = _new(cls)
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)
        return self

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        count = len(pools)
        indices = [0] * count
        yield tuple(pool[0] for pool in pools)
        while count:
            position = count - 1
            while position >= 0:
                indices[position] += 1
                if indices[position] < len(pools[position]):
                    break
                indices[position] = 0
                position -= 1
            if position < 0:
                return
            yield tuple(pools[i][indices[i]] for i in range(count))


def _check_r(r, required, name):
    if r is None:
        return None
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GeneratorBacked):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        self = _new(cls)
        pool = tuple(iterable)
        r = _check_r(r, False, 'permutations')
        if r is None:
            r = len(pool)
        self._gen = self._run(pool, r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return

        def extend(prefix, remaining):
            # Index tuples in lexicographic order: pick each unused index in turn.
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for position, index in enumerate(remaining):
                yield from extend(prefix + [index], remaining[:position] + remaining[position + 1:])

        yield from extend([], list(range(n)))


class combinations(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    __slots__ = ()

    def __new__(cls, iterable, r):
        self = _new(cls)
        pool = tuple(iterable)
        r = _check_r(r, True, 'combinations')
        self._gen = self._run(pool, r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            position = r - 1
            while position >= 0 and indices[position] == position + n - r:
                position -= 1
            if position < 0:
                return
            indices[position] += 1
            for later in range(position + 1, r):
                indices[later] = indices[later - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    __slots__ = ()

    def __new__(cls, iterable, r):
        self = _new(cls)
        pool = tuple(iterable)
        r = _check_r(r, True, 'combinations_with_replacement')
        self._gen = self._run(pool, r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            position = r - 1
            while position >= 0 and indices[position] == n - 1:
                position -= 1
            if position < 0:
                return
            value = indices[position] + 1
            for later in range(position, r):
                indices[later] = value
            yield tuple(pool[i] for i in indices)


# The Java accelerator, when present, replaces the classes above that programs use most (CPython's are all C).
try:
    from _itertools import accumulate, chain, groupby, islice
except ImportError:
    pass
