package dev.tiercel.runtime.object;

/**
 * The awaitables of an async generator: {@code __anext__()}/{@code asend(v)} (CPython's
 * {@code async_generator_asend}) and {@code athrow(e)}/{@code aclose()} ({@code async_generator_athrow}). Each is an
 * iterator run once: its {@code send}/{@code throw} step the generator's frame.
 */
public final class AsyncGenAwaitable extends PyObject {
    public static final PyType ASEND_TYPE = new PyType("async_generator_asend", PyTypes.OBJECT);
    public static final PyType ATHROW_TYPE = new PyType("async_generator_athrow", PyTypes.OBJECT);

    enum Mode { ASEND, ATHROW, ACLOSE }

    private enum State { INIT, ITER, CLOSED }

    private final PyAsyncGenerator gen;
    private final Mode mode;
    private final PyObject sendValue;
    private final PyBaseException thrown;
    private State state = State.INIT;

    AsyncGenAwaitable(PyAsyncGenerator gen, Mode mode, PyObject sendValue, PyBaseException thrown) {
        this.gen = gen;
        this.mode = mode;
        this.sendValue = sendValue;
        this.thrown = thrown;
    }

    @Override
    public PyType type() {
        return mode == Mode.ASEND ? ASEND_TYPE : ATHROW_TYPE;
    }

    private String reuseMessage() {
        return mode == Mode.ASEND ? "cannot reuse already awaited __anext__()/asend()"
                : "cannot reuse already awaited aclose()/athrow()";
    }

    private PyException alreadyRunning() {
        state = State.CLOSED;
        String what = switch (mode) {
            case ASEND -> "anext()";
            case ATHROW -> "athrow()";
            case ACLOSE -> "aclose()";
        };
        return PyErr.of(PyExc.RuntimeError, what + ": asynchronous generator is already running");
    }

    /** {@code send(value)} (and {@code __next__} with None). */
    public PyObject send(PyObject value) {
        if (state == State.CLOSED) {
            throw PyErr.of(PyExc.RuntimeError, reuseMessage());
        }
        return mode == Mode.ASEND ? asendStep(value) : athrowStep(value);
    }

    private PyObject asendStep(PyObject value) {
        if (state == State.INIT) {
            if (gen.runningAsync) {
                throw alreadyRunning();
            }
            if (value == PyNone.INSTANCE) {
                value = sendValue;
            }
            state = State.ITER;
        }
        gen.runningAsync = true;
        return finishOnError(step(value, null));
    }

    private PyObject athrowStep(PyObject value) {
        if (gen.finished) {
            state = State.CLOSED;
            throw PyErr.of(PyExc.StopIteration);
        }
        if (state == State.INIT) {
            if (gen.runningAsync) {
                throw alreadyRunning();
            }
            if (gen.closed) {
                state = State.CLOSED;
                throw PyErr.of(PyExc.StopAsyncIteration);
            }
            if (value != PyNone.INSTANCE) {
                throw PyErr.of(PyExc.RuntimeError, "can't send non-None value to a just-started coroutine");
            }
            state = State.ITER;
            gen.runningAsync = true;
            if (mode == Mode.ACLOSE) {
                gen.closed = true;
                return closeStep(PyNone.INSTANCE, new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY));
            }
            return finishOnError(step(PyNone.INSTANCE, thrown));
        }
        if (mode == Mode.ACLOSE) {
            return closeStep(value, null);
        }
        return finishOnError(step(value, null));
    }

    /** {@code throw(exc)}. */
    public PyObject throwIn(PyBaseException exc) {
        if (state == State.CLOSED) {
            throw PyErr.of(PyExc.RuntimeError, reuseMessage());
        }
        if (state == State.INIT) {
            if (gen.runningAsync) {
                throw alreadyRunning();
            }
            state = State.ITER;
            gen.runningAsync = true;
        }
        if (mode == Mode.ACLOSE) {
            return closeStep(PyNone.INSTANCE, exc);
        }
        return finishOnError(step(PyNone.INSTANCE, exc));
    }

    /** {@code close()}: the awaitable is done with; the generator itself is left as it is. */
    public void close() {
        state = State.CLOSED;
    }

    /** Resumes the generator (or throws into it) and interprets the result with the generator's unwrap rules. */
    private java.util.function.Supplier<PyObject> step(PyObject value, PyBaseException exc) {
        return () -> {
            PyObject r;
            try {
                r = exc == null ? gen.resume(value, null) : gen.throwInto(exc, mode == Mode.ASEND);
            } catch (PyException e) {
                return gen.unwrap(null, e);
            }
            return gen.unwrap(r, null);
        };
    }

    private PyObject finishOnError(java.util.function.Supplier<PyObject> s) {
        try {
            return s.get();
        } catch (PyException e) {
            gen.runningAsync = false;
            state = State.CLOSED;
            throw e;
        }
    }

    /**
     * One step of aclose(): a value yielded by the generator means it ignored GeneratorExit; its end (return,
     * StopAsyncIteration, GeneratorExit) finishes aclose() with StopIteration.
     */
    private PyObject closeStep(PyObject value, PyBaseException exc) {
        PyObject r;
        try {
            r = exc == null ? gen.resume(value, null) : gen.throwInto(exc, false);
        } catch (PyException e) {
            gen.runningAsync = false;
            state = State.CLOSED;
            if (e.value.isInstance(PyExc.StopAsyncIteration) || e.value.isInstance(PyExc.GeneratorExit)) {
                throw PyErr.of(PyExc.StopIteration);
            }
            throw e;
        }
        if (r == null) {
            gen.runningAsync = false;
            state = State.CLOSED;
            throw PyErr.of(PyExc.StopIteration);
        }
        if (r instanceof PyAsyncGenerator.Wrapped) {
            gen.runningAsync = false;
            state = State.CLOSED;
            throw PyErr.of(PyExc.RuntimeError, "async generator ignored GeneratorExit");
        }
        return r;
    }
}
