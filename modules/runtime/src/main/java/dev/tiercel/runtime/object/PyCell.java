package dev.tiercel.runtime.object;

/** A closure cell; {@link #value} is null when empty. */
public final class PyCell extends PyObject {
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return PyTypes.CELL;
    }
}
