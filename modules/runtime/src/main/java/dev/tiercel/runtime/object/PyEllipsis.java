package dev.tiercel.runtime.object;

/** {@code ...}. */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return PyTypes.ELLIPSIS;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
