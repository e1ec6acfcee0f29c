package dev.tiercel.runtime.object;

/**
 * The asynchronous generator an {@code async def} containing {@code yield} returns. Its frame yields two kinds of
 * values: the ones its {@code yield}s produce, wrapped in {@link Wrapped} by {@code INTRINSIC_ASYNC_GEN_WRAP}, and
 * the suspensions of its {@code await}s, which pass through to whoever drives the awaitable that
 * {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} returned ({@link AsyncGenAwaitable}).
 */
public final class PyAsyncGenerator extends PyGenerator {
    /** An awaitable of this generator is being driven (CPython's {@code ag_running_async}). */
    public boolean runningAsync;
    /** The generator finished or was closed (CPython's {@code ag_closed}). */
    public boolean closed;

    public PyAsyncGenerator(PyFrame frame) {
        super(frame);
    }

    @Override
    public String kindName() {
        return "async generator";
    }

    @Override
    public PyType type() {
        return PyTypes.ASYNC_GENERATOR;
    }

    /** A value produced by {@code yield} in an async generator, on its way out of the frame. */
    public static final class Wrapped extends PyObject {
        private static final PyType TYPE = new PyType("async_generator_wrapped_value", PyTypes.OBJECT);
        final PyObject value;

        public Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * What one step of the frame means to the awaitable driving it: a wrapped yield finishes the awaitable with
     * StopIteration(value), an await's suspension passes through, the end of the generator is StopAsyncIteration.
     * {@code r} is the step's result (null when the frame returned); {@code failure} what it raised, if it did.
     */
    PyObject unwrap(PyObject r, PyException failure) {
        if (failure != null) {
            if (failure.value.isInstance(PyExc.StopAsyncIteration) || failure.value.isInstance(PyExc.GeneratorExit)) {
                closed = true;
            }
            runningAsync = false;
            throw failure;
        }
        if (r == null) {
            closed = true;
            runningAsync = false;
            throw PyErr.of(PyExc.StopAsyncIteration);
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            throw PyErr.stopIteration(w.value);
        }
        return r;
    }

    /** {@code __anext__()} and {@code asend(value)}. */
    public PyObject asend(PyObject value) {
        return new AsyncGenAwaitable(this, AsyncGenAwaitable.Mode.ASEND, value, null);
    }

    /** {@code athrow(exc)}. */
    public PyObject athrow(PyBaseException exc) {
        return new AsyncGenAwaitable(this, AsyncGenAwaitable.Mode.ATHROW, PyNone.INSTANCE, exc);
    }

    /** {@code aclose()}. */
    public PyObject aclose() {
        return new AsyncGenAwaitable(this, AsyncGenAwaitable.Mode.ACLOSE, PyNone.INSTANCE, null);
    }
}
