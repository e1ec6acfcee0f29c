package dev.tiercel.runtime.object;

/** A Python type object. */
public class PyType extends PyObject {
    private final String name;
    private final PyType base;

    public PyType(String name, PyType base) {
        this.name = name;
        this.base = base;
    }

    public String name() {
        return name;
    }

    public PyType base() {
        return base;
    }

    @Override
    public PyType type() {
        return PyTypes.TYPE;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
