package dev.tiercel.runtime.object;

/** Builds Python exceptions to throw from Java: {@code throw PyErr.typeError("...")}. */
public final class PyErr {
    private PyErr() {}

    /** A new exception of class {@code type} with a single message argument. */
    public static PyException of(PyType type, String msg) {
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(msg))));
    }

    /** A new exception of class {@code type} with no arguments. */
    public static PyException of(PyType type) {
        return new PyException(new PyBaseException(type, PyTuple.EMPTY));
    }

    public static PyException typeError(String msg) {
        return of(PyExc.TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return of(PyExc.ValueError, msg);
    }

    public static PyException indexError(String msg) {
        return of(PyExc.IndexError, msg);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(PyExc.KeyError, PyTuple.of(key)));
    }

    public static PyException attributeError(String msg) {
        return of(PyExc.AttributeError, msg);
    }

    public static PyException zeroDivision(String msg) {
        return of(PyExc.ZeroDivisionError, msg);
    }

    public static PyException overflow(String msg) {
        return of(PyExc.OverflowError, msg);
    }

    public static PyException memoryError() {
        return of(PyExc.MemoryError);
    }

    public static PyException nameError(String name) {
        PyException e = of(PyExc.NameError, "name '" + name + "' is not defined");
        e.value.instanceDict().put("name", PyStr.of(name));
        return e;
    }

    /** A NameError with a custom message. */
    public static PyException nameError2(String msg, String name) {
        PyException e = of(PyExc.NameError, msg);
        e.value.instanceDict().put("name", PyStr.of(name));
        return e;
    }

    public static PyException systemError(String msg) {
        return of(PyExc.SystemError, msg);
    }

    public static PyException recursionError() {
        return of(PyExc.RecursionError, "maximum recursion depth exceeded");
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(new PyBaseException(PyExc.StopIteration,
                value == PyNone.INSTANCE ? PyTuple.EMPTY : PyTuple.of(value)));
    }

    /** {@code 'X' object ...}: the type name used in messages. */
    public static String tn(PyObject o) {
        return o.type().name();
    }
}
