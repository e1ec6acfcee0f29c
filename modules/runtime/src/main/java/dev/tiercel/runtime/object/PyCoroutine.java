package dev.tiercel.runtime.object;

/** The coroutine object an {@code async def} call returns. Not an iterator: driven by await, send and throw. */
public final class PyCoroutine extends PyGenerator {

    public PyCoroutine(PyFrame frame) {
        super(frame);
    }

    @Override
    public String kindName() {
        return "coroutine";
    }

    /** An awaited coroutine cannot run again, whether sent to or thrown into (CPython's wording). */
    @Override
    public PyObject resume(PyObject value, PyBaseException thrown) {
        if (finished) {
            throw PyErr.of(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
        }
        return super.resume(value, thrown);
    }

    @Override
    public PyType type() {
        return PyTypes.COROUTINE;
    }
}
