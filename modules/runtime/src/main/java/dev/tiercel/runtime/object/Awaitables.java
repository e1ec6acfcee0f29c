package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;

/** The await protocol (CPython's {@code am_await}, {@code am_aiter}, {@code am_anext}) behind the async opcodes. */
public final class Awaitables {
    private Awaitables() {}

    /** What a coroutine's {@code __await__()} returns: an iterator over the coroutine. */
    public static final class CoroWrapper extends PyObject {
        public static final PyType TYPE = new PyType("coroutine_wrapper", PyTypes.OBJECT);
        public final PyCoroutine coro;

        public CoroWrapper(PyCoroutine coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** CPython's {@code _PyCoro_GetAwaitableIter}: the iterator an await runs, or null when o has no __await__. */
    public static PyObject awaitableIter(PyObject o) {
        if (o instanceof PyCoroutine || isIterableCoroutine(o)) {
            return o;
        }
        PyObject m = o.type().lookup("__await__");
        if (m == null || m == PyNone.INSTANCE) {
            return null;
        }
        PyObject r = Ops.callMethod(m, o);
        if (r instanceof PyCoroutine || isIterableCoroutine(r)) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (!isIterator(r)) {
            throw PyErr.typeError("__await__() returned non-iterator of type '" + r.type().name() + "'");
        }
        return r;
    }

    /** A generator made by a {@code types.coroutine}-flagged code object. */
    private static boolean isIterableCoroutine(PyObject o) {
        return PyGenerator.isPlain(o) && (((PyGenerator) o).frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    private static boolean isIterator(PyObject o) {
        return o instanceof PyIterator || PyGenerator.isPlain(o) || o.type().lookup("__next__") != null;
    }

    /** GET_AWAITABLE: {@code where} is 0 for await, 1 for __aenter__'s result, 2 for __aexit__'s. */
    public static PyObject getAwaitable(PyObject o, int where) {
        PyObject it = awaitableIter(o);
        if (it == null) {
            String tn = o.type().name();
            throw PyErr.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: " + tn;
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: " + tn;
                default -> "object " + tn + " can't be used in 'await' expression";
            });
        }
        if (it instanceof PyCoroutine c && c.yieldFrom() != null) {
            throw PyErr.of(PyExc.RuntimeError, "coroutine is being awaited already");
        }
        return it;
    }

    /** GET_AITER. */
    public static PyObject getAiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null || m == PyNone.INSTANCE) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = Ops.callMethod(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable for the next step of an async iterator. */
    public static PyObject getAnext(PyObject aiter) {
        if (aiter instanceof PyAsyncGenerator g) {
            return g.asend(PyNone.INSTANCE);
        }
        PyObject m = aiter.type().lookup("__anext__");
        if (m == null) {
            throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got "
                    + aiter.type().name());
        }
        PyObject next = Ops.callMethod(m, aiter);
        try {
            PyObject it = awaitableIter(next);
            if (it != null) {
                return it;
            }
        } catch (PyException e) {
            PyException wrapped = PyErr.typeError("'async for' received an invalid object from __anext__: "
                    + next.type().name());
            wrapped.value.cause = e.value;
            wrapped.value.context = e.value;
            wrapped.value.suppressContext = true;
            throw wrapped;
        }
        throw PyErr.typeError("'async for' received an invalid object from __anext__: " + next.type().name());
    }

    /** BEFORE_ASYNC_WITH: returns {bound __aexit__, result of __aenter__()}. */
    public static PyObject[] beforeAsyncWith(PyObject mgr) {
        PyObject enter = mgr.type().lookup("__aenter__");
        if (enter == null) {
            throw PyErr.typeError("'" + mgr.type().name()
                    + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = mgr.type().lookup("__aexit__");
        if (exit == null) {
            throw PyErr.typeError("'" + mgr.type().name()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        return new PyObject[] {new PyMethod(exit, mgr), Ops.callMethod(enter, mgr)};
    }

    /**
     * One step of SEND on a receiver that is not a generator: {@code __next__} for None, else {@code send}. Returns
     * the yielded value, or null when the receiver finished, with its return value in {@code result[0]}.
     */
    public static PyObject sendTo(PyObject receiver, PyObject value, PyObject[] result) {
        try {
            if (value == PyNone.INSTANCE) {
                if (receiver instanceof PyIterator i) {
                    PyObject v = i.next();
                    if (v == null) {
                        result[0] = PyNone.INSTANCE;
                    }
                    return v;
                }
                PyObject m = receiver.type().lookup("__next__");
                if (m == null) {
                    throw PyErr.typeError("'" + receiver.type().name() + "' object is not an iterator");
                }
                return Ops.callMethod(m, receiver);
            }
            return Ops.invoke(receiver, "send", value);
        } catch (PyException e) {
            if (e.value.isInstance(PyExc.StopIteration)) {
                result[0] = e.value.args.size() > 0 ? e.value.args.get(0) : PyNone.INSTANCE;
                return null;
            }
            throw e;
        }
    }

    /** CALL_INTRINSIC_1 STOPITERATION_ERROR: a StopIteration (or an async generator's StopAsyncIteration) that
     * escapes a generator's frame becomes a RuntimeError naming the generator's kind. */
    public static PyObject stopIterationError(PyCode code, PyBaseException e) {
        String kind = (code.flags & PyCode.CO_COROUTINE) != 0 ? "coroutine"
                : (code.flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator" : "generator";
        String msg;
        if (e.isInstance(PyExc.StopIteration)) {
            msg = kind + " raised StopIteration";
        } else if (kind.equals("async generator") && e.isInstance(PyExc.StopAsyncIteration)) {
            msg = kind + " raised StopAsyncIteration";
        } else {
            return e;
        }
        PyBaseException r = new PyBaseException(PyExc.RuntimeError, PyTuple.of(PyStr.of(msg)));
        r.cause = e;
        r.context = e;
        r.suppressContext = true;
        return r;
    }

    /** {@code aiter(o)}. */
    public static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null || m == PyNone.INSTANCE) {
            throw PyErr.typeError("'" + o.type().name() + "' object is not an async iterable");
        }
        PyObject it = Ops.callMethod(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /** {@code anext(it[, default])}: the awaitable of the next step; with a default, its end gives the default. */
    public static PyObject anext(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup("__anext__");
        if (m == null) {
            throw PyErr.typeError("'" + it.type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = Ops.callMethod(m, it);
        return dflt == null ? awaitable : new AnextWithDefault(awaitable, dflt);
    }

    /** CPython's {@code anext_awaitable}: awaits the step and turns StopAsyncIteration into the default. */
    public static final class AnextWithDefault extends PyObject {
        public static final PyType TYPE = new PyType("anext_awaitable", PyTypes.OBJECT);
        private final PyObject awaitable;
        private final PyObject dflt;
        private PyObject iter;

        AnextWithDefault(PyObject awaitable, PyObject dflt) {
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** Runs one step of the awaited iterator: {@code how} is "__next__", "send" or "throw". */
        public PyObject step(String how, PyObject... args) {
            if (iter == null) {
                iter = awaitableIter(awaitable);
                if (iter == null) {
                    throw PyErr.typeError("'" + awaitable.type().name() + "' object can't be awaited");
                }
                if (iter instanceof PyCoroutine c) {
                    iter = new CoroWrapper(c);
                }
            }
            try {
                return Ops.invoke(iter, how, args);
            } catch (PyException e) {
                if (e.value.isInstance(PyExc.StopAsyncIteration)) {
                    throw PyErr.stopIteration(dflt);
                }
                throw e;
            }
        }
    }
}
