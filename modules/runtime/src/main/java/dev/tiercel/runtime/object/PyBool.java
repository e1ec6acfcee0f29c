package dev.tiercel.runtime.object;

/** {@code True} and {@code False}: a subclass of int, as in Python. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v, null);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return PyTypes.BOOL;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }
}
