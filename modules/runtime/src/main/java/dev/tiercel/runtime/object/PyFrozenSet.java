package dev.tiercel.runtime.object;

/** Python's {@code frozenset}. */
public final class PyFrozenSet extends PyObject {
    private final PyObject[] items;

    public PyFrozenSet(PyObject[] items) {
        this.items = items.clone();
    }

    public int size() {
        return items.length;
    }

    @Override
    public PyType type() {
        return PyTypes.FROZENSET;
    }
}
