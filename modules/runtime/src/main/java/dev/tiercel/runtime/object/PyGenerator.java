package dev.tiercel.runtime.object;

/** A generator: a suspended frame resumed by {@code send}/{@code next}/{@code throw}. */
public final class PyGenerator extends PyObject {
    public final PyFrame frame;
    public final String name;
    public final String qualname;
    public boolean running;
    public boolean finished;
    /** What the generator returned, once finished. */
    public PyObject returnValue = PyNone.INSTANCE;

    public PyGenerator(PyFrame frame) {
        this.frame = frame;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
        frame.gen = this;
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
            throw PyErr.valueError("generator already executing");
        }
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

    /** Python-level {@code next(gen)}: raises StopIteration at the end. */
    public PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            PyObject rv = returnValue;
            returnValue = PyNone.INSTANCE;
            throw PyErr.stopIteration(rv);
        }
        return r;
    }

    /** {@code gen.close()}. */
    public void close() {
        if (finished || frame.ip == 0) {
            finished = true;
            return;
        }
        try {
            PyObject r = resume(PyNone.INSTANCE, new PyBaseException(PyExc.GeneratorExit, PyTuple.EMPTY));
            if (r != null) {
                throw PyErr.of(PyExc.RuntimeError, "generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.value.isInstance(PyExc.GeneratorExit) && !e.value.isInstance(PyExc.StopIteration)) {
                throw e;
            }
        }
    }

    @Override
    public PyType type() {
        return PyTypes.GENERATOR;
    }
}
