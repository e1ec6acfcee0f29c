package dev.tiercel.runtime.object;

/** {@code None}. */
public final class PyNone extends PyObject {
    public static final PyNone INSTANCE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return PyTypes.NONE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
