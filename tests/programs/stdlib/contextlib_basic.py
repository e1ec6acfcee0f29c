import contextlib
from contextlib import *
import io, sys
print(contextlib.__all__)
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('h1') as t:
    print('inside', t)
try:
    with tag('p'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('converted')
try:
    with reraise_other():
        1 / 0
except ValueError as e:
    print('converted', e, type(e.__context__).__name__)
@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration('stop!')
except StopIteration as e:
    print('StopIteration passed through', e)
@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(21), decorated(1), decorated.__name__)
print(tag.__name__, tag('x').__doc__ is None)
with suppress(KeyError, IndexError):
    {}['a']
print('suppressed')
try:
    with suppress(KeyError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('TypeError', e)
try:
    with suppress(ValueError):
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('rest', eg.exceptions)
with suppress(ValueError):
    raise ExceptionGroup('g', [ValueError(1)])
print('group suppressed')
class Res:
    def __init__(self, name): self.name = name
    def close(self): print('closing', self.name)
with closing(Res('r1')) as r:
    print('using', r.name)
with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured text')
    help_text = 'x'
print('got', repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('err', repr(err.getvalue()))
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): print('enter', self.name); return self.name
    def __exit__(self, *exc): print('exit', self.name, exc[0].__name__ if exc[0] else None); return self.suppress
with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    stack.push(lambda *exc: print('pushed exit', exc[0]))
    print('names', names)
with ExitStack() as stack:
    stack.enter_context(CM('outer', suppress=True))
    stack.enter_context(CM('inner'))
    raise ValueError('suppressed by outer')
print('survived')
with ExitStack() as stack:
    stack.enter_context(CM('kept'))
    moved = stack.pop_all()
print('before close')
moved.close()
def failing_cb():
    raise KeyError('from callback')
try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, 'context:', repr(e.__context__))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: {}['x'])
except ZeroDivisionError as e:
    print('ZeroDivisionError, context', type(e.__context__).__name__)
print(isinstance(CM('z'), AbstractContextManager), isinstance(object(), AbstractContextManager), issubclass(ExitStack, AbstractContextManager))
class Cls(ContextDecorator):
    def __enter__(self): print('cd enter'); return self
    def __exit__(self, *exc): print('cd exit'); return False
@Cls()
def g(): print('in g')
g()
import asyncio
@asynccontextmanager
async def agen():
    print('aenter')
    yield 'async-value'
    print('aexit')
async def main():
    async with agen() as v:
        print('got', v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(agen())
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, 'sync cb in async stack')
        print('stack got', v)
    async with nullcontext('n') as n:
        print(n)
asyncio.run(main())
