package dev.tiercel.runtime.object;

/** {@code NotImplemented}. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return PyTypes.NOT_IMPLEMENTED;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
