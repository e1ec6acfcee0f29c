package dev.tiercel.runtime.object;

/** A {@code frozenset} built from items in order (as the compiler's constants are). */
public final class PyFrozenSet extends PySet {

    public PyFrozenSet(PyObject[] items) {
        super(true);
        for (PyObject item : items) {
            add(item);
        }
    }
}
