"""A small asyncio for pure-Python coroutines: an event loop, futures, tasks, sleep, gather, wait_for, queues,
events and locks.

The scheduling follows CPython's event loop where programs can see it: callbacks run first in first out, a task
takes one step per callback, a finished future schedules its callbacks, a waiting task resumes directly from its
future's callback, ``sleep(0)`` gives one turn, and timers fire in time order (equal times in the order they were
set). There is no I/O: no sockets, subprocesses or signal handlers.
"""

import heapq
import time
from collections import deque

__all__ = [
    "CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull",
    "Future", "Task", "Queue", "Event", "Lock", "Semaphore",
    "run", "sleep", "gather", "wait_for", "create_task", "ensure_future", "shield",
    "get_running_loop", "get_event_loop", "new_event_loop", "set_event_loop", "current_task", "all_tasks",
    "iscoroutine", "iscoroutinefunction",
]


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The future is not in a state that allows the call."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """``get_nowait`` on an empty queue."""


class QueueFull(Exception):
    """``put_nowait`` on a full queue."""


_running_loop = None
_current_tasks = {}


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


# ---- futures and tasks ----------------------------------------------------------------------------------------

_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"


class Future:
    """A result that will be set later; awaiting it suspends the awaiting task until then."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _make_cancelled_error(self):
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._finish(_FINISHED)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._finish(_FINISHED)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._finish(_CANCELLED)
        return True

    def _finish(self, state):
        self._state = state
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def add_done_callback(self, fn):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return f"<{type(self).__name__} {self._state.lower()}>"


class Task(Future):
    """Runs a coroutine on the loop, one step per turn, suspending it while it awaits a future."""

    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        Task._counter += 1
        self._name = name if name is not None else f"Task-{Task._counter}"
        self._coro = coro
        self._waiting_on = None
        self._must_cancel = False
        self._loop._tasks.add(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting_on is not None and self._waiting_on.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self._must_cancel:
            exc = self._make_cancelled_error()
            self._must_cancel = False
        _current_tasks[self._loop] = self
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            self._settle(lambda: Future.set_result(self, stop.value))
        except CancelledError as cancelled:
            self._cancel_message = cancelled.args[0] if cancelled.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._suspend_on(result)
        finally:
            _current_tasks.pop(self._loop, None)
            if self.done():
                self._loop._tasks.discard(self)

    def _settle(self, finish):
        if self._must_cancel:
            Future.cancel(self, msg=self._cancel_message)
        else:
            finish()

    def _suspend_on(self, yielded):
        if getattr(yielded, "_asyncio_future_blocking", False):
            if yielded is self:
                self._loop.call_soon(self._step, RuntimeError(f"Task cannot await on itself: {self!r}"))
                return
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wakeup)
            self._waiting_on = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False
        elif yielded is None:
            self._loop.call_soon(self._step)
        else:
            self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {yielded!r}"))

    def _wakeup(self, future):
        self._waiting_on = None
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        return f"<Task {self._state.lower()} name={self._name!r}>"


# ---- the loop ---------------------------------------------------------------------------------------------------

class Handle:
    """A scheduled callback; ``cancel()`` keeps it from running."""

    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A callback due at a time on the loop's clock."""

    def __init__(self, when, order, callback, args):
        super().__init__(callback, args)
        self._when = when
        self._order = order

    def when(self):
        return self._when

    def __lt__(self, other):
        return (self._when, self._order) < (other._when, other._order)


class EventLoop:
    """Ready callbacks first in first out, then timers in time order; sleeps until the next timer when idle."""

    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._timer_count = 0
        self._tasks = set()
        self._closed = False

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._timer_count += 1
        handle = TimerHandle(when, self._timer_count, callback, args)
        heapq.heappush(self._timers, handle)
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return _running_loop is self

    def close(self):
        self._ready.clear()
        self._timers.clear()
        self._closed = True

    def run_until_complete(self, future):
        global _running_loop
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if _running_loop is not None:
            raise RuntimeError("This event loop is already running")
        future = ensure_future(future, loop=self)
        _running_loop = self
        try:
            while not future.done():
                if not self._ready and not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            _running_loop = None
        return future.result()

    def _run_once(self):
        if not self._ready and self._timers:
            delay = self._timers[0]._when - self.time()
            if delay > 0:
                time.sleep(delay)
        now = self.time()
        while self._timers and self._timers[0]._when <= now:
            handle = heapq.heappop(self._timers)
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()


def new_event_loop():
    return EventLoop()


_default_loop = None


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = EventLoop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def current_task(loop=None):
    return _current_tasks.get(loop if loop is not None else get_running_loop())


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def run(main, *, debug=None):
    """Runs the coroutine ``main`` on a new loop, cancels what is left of its tasks, closes the loop."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_leftovers(loop)
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_leftovers(loop):
    left = [t for t in loop._tasks if not t.done()]
    if not left:
        return
    for task in left:
        task.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))


# ---- awaiting -----------------------------------------------------------------------------------------------------

class _OneTurn:
    """``await _OneTurn()`` gives the other ready callbacks one turn (a bare yield to the task)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _OneTurn()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _resolve_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _resolve_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    loop = loop if loop is not None else get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        return loop.create_task(_await_it(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _await_it(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def gather(*aws, return_exceptions=False):
    """A future for the results of all ``aws`` in their order; the first exception ends it unless returned."""
    loop = _running_loop if _running_loop is not None else get_event_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = loop.create_future()
    if not children:
        outer.set_result([])
        return outer
    remaining = [len(children)]

    def child_done(child):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if remaining[0] == 0:
            outer.set_result([_outcome(c) for c in children])

    for child in children:
        child.add_done_callback(child_done)
    return outer


def _outcome(future):
    if future.cancelled():
        return future._make_cancelled_error()
    return future.exception() if future.exception() is not None else future.result()


async def wait_for(aw, timeout):
    """Awaits ``aw``; after ``timeout`` seconds cancels it and raises ``TimeoutError``."""
    if timeout is None:
        return await aw
    loop = get_running_loop()
    future = ensure_future(aw, loop=loop)
    timed_out = []

    def expire():
        timed_out.append(True)
        future.cancel()

    handle = loop.call_later(max(timeout, 0), expire)
    try:
        return await future
    except CancelledError:
        if timed_out:
            raise TimeoutError() from None
        raise
    finally:
        handle.cancel()


def shield(aw):
    """A future that follows ``aw`` but whose cancellation does not cancel ``aw``."""
    inner = ensure_future(aw)
    outer = inner.get_loop().create_future()

    def copy(done):
        if outer.done():
            return
        if done.cancelled():
            outer.cancel()
        elif done.exception() is not None:
            outer.set_exception(done.exception())
        else:
            outer.set_result(done.result())

    inner.add_done_callback(copy)
    return outer


# ---- synchronization -----------------------------------------------------------------------------------------------

class Event:
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
            return True
        finally:
            self._waiters.remove(waiter)


class Lock:
    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        waiter = get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        finally:
            self._waiters.remove(waiter)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            waiter = get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                self._waiters.remove(waiter)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class Queue:
    """First in, first out, with ``maxsize`` (0: unbounded); ``join`` waits until every item is marked done."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = deque()
        self._getters = deque()
        self._putters = deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    @staticmethod
    def _wake_first(waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake_first(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.popleft()
        self._wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
