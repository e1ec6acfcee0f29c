package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;

/**
 * A generator: a suspended frame resumed by {@code send}/{@code next}/{@code throw}. Coroutines and asynchronous
 * generators ({@link PyCoroutine}, {@link PyAsyncGenerator}) drive their frame the same way.
 */
public class PyGenerator extends PyObject {
    public final PyFrame frame;
    public final String name;
    public final String qualname;
    public boolean running;
    public boolean finished;
    /** Whether the frame has been entered once (CPython's FRAME_CREATED is {@code !started}). */
    public boolean started;
    /** What the generator returned, once finished. */
    public PyObject returnValue = PyNone.INSTANCE;

    public PyGenerator(PyFrame frame) {
        this.frame = frame;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
        frame.gen = this;
    }

    /** The generator, coroutine or async generator that RETURN_GENERATOR makes for {@code frame}'s code. */
    public static PyGenerator create(PyFrame frame) {
        int flags = frame.code.flags;
        if ((flags & PyCode.CO_COROUTINE) != 0) {
            return new PyCoroutine(frame);
        }
        if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(frame);
        }
        return new PyGenerator(frame);
    }

    /**
     * Set by tier 1 at the first {@code yield} the program executes: until then no generator can be suspended,
     * and the walk over {@code __main__}'s globals at exit (closing suspended generators) is skipped.
     */
    public static boolean anySuspended;

    /** A plain generator (an iterator), not a coroutine or an asynchronous generator. */
    public static boolean isPlain(PyObject o) {
        return o != null && o.getClass() == PyGenerator.class;
    }

    /** "generator", "coroutine" or "async generator", as CPython's messages name the kind. */
    public String kindName() {
        return "generator";
    }

    /**
     * Resumes with {@code value} (or raises {@code thrown} inside); returns the next yielded value, or null when
     * the generator finished (its return value is then in {@link #returnValue}).
     */
    public PyObject resume(PyObject value, PyBaseException thrown) {
        if (finished) {
            if (thrown != null) {
                throw thrown.toJava();
            }
            return null;
        }
        if (running) {
            throw PyErr.valueError(kindName() + " already executing");
        }
        if (!started && thrown == null && value != PyNone.INSTANCE) {
            throw PyErr.typeError("can't send non-None value to a just-started " + kindName());
        }
        started = true;
        running = true;
        try {
            if (thrown != null) {
                frame.pendingThrow = thrown;
            }
            frame.stack[frame.sp++] = value;
            frame.yielded = false;
            PyObject r = Py.interpreter().run(frame);
            if (frame.yielded) {
                return r;
            }
            finished = true;
            returnValue = r;
            return null;
        } catch (PyException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
        }
    }

    /**
     * FOR_ITER_GEN / SEND_GEN: readies the frame to run inside the caller's dispatch loop with {@code value} sent
     * (counted toward the recursion limit, linked to {@code caller}, the generator marked running) and returns it.
     */
    public PyFrame pushInline(PyFrame caller, PyObject value) {
        Py.enter();
        started = true;
        running = true;
        frame.stack[frame.sp++] = value;
        frame.yielded = false;
        frame.back = caller;
        return frame;
    }

    /** The return value of a finished generator, handed out once. */
    public PyObject takeReturnValue() {
        PyObject rv = returnValue;
        returnValue = PyNone.INSTANCE;
        return rv;
    }

    /** Python-level {@code next(gen)}/{@code send}: raises StopIteration at the end. */
    public PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw PyErr.stopIteration(takeReturnValue());
        }
        return r;
    }

    /**
     * The iterator a suspended {@code yield from}/{@code await} delegates to (the receiver under the SEND loop),
     * or null when the frame is not suspended in one.
     */
    public PyObject yieldFrom() {
        if (!started || finished || running || frame.sp == 0) {
            return null;
        }
        int unit = frame.code.code[frame.lasti];
        if ((unit & 0xff) != Opcodes.YIELD_VALUE || ((unit >> 8) & 0xff) == 0) {
            return null;
        }
        return frame.stack[frame.sp - 1];
    }

    /**
     * {@code gen.throw(exc)}: a suspended {@code yield from}/{@code await} passes it to the sub-iterator first
     * (closing it instead for GeneratorExit when {@code closeOnExit}); what the sub-iterator raises, its
     * StopIteration included, is then raised here. Returns the next yielded value, or null when finished.
     */
    public PyObject throwInto(PyBaseException exc, boolean closeOnExit) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            running = true;
            try {
                if (closeOnExit && exc.isInstance(PyExc.GeneratorExit)) {
                    closeIter(yf);
                } else if (yf instanceof PyGenerator g) {
                    PyObject r = g.throwInto(exc, closeOnExit);
                    if (r != null) {
                        return r;
                    }
                    exc = PyErr.stopIteration(g.takeReturnValue()).value;
                } else {
                    PyObject m = Ops.getattrOrNull(yf, "throw");
                    if (m != null) {
                        return Ops.call(m, exc);
                    }
                }
            } catch (PyException e) {
                exc = e.value;
            } finally {
                running = false;
            }
        }
        return resume(PyNone.INSTANCE, exc);
    }

    /** Closes a sub-iterator: generators directly, anything else through its {@code close} method if any. */
    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m = Ops.getattrOrNull(yf, "close");
        if (m != null) {
            Ops.call(m);
        }
    }

    /**
     * {@code gen.close()}: GeneratorExit at the suspension point (after closing a delegate), finally blocks run.
     * Returns what the generator returned while closing (3.13), else None.
     */
    public PyObject close() {
        if (!started) {
            finished = true;
            return PyNone.INSTANCE;
        }
        if (finished) {
            return PyNone.INSTANCE;
        }
        PyBaseException exc = new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY);
        PyObject yf = yieldFrom();
        if (yf != null) {
            running = true;
            try {
                closeIter(yf);
            } catch (PyException e) {
                exc = e.value;
            } finally {
                running = false;
            }
        }
        PyObject r;
        try {
            r = resume(PyNone.INSTANCE, exc);
        } catch (PyException e) {
            if (!e.value.isInstance(PyExc.GeneratorExit) && !e.value.isInstance(PyExc.StopIteration)) {
                throw e;
            }
            return PyNone.INSTANCE;
        }
        if (r != null) {
            throw PyErr.of(PyExc.RuntimeError, kindName() + " ignored GeneratorExit");
        }
        return takeReturnValue();
    }

    @Override
    public PyType type() {
        return PyTypes.GENERATOR;
    }
}
