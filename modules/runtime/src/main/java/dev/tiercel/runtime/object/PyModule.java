package dev.tiercel.runtime.object;

/** A module object: a name and a namespace dictionary. */
public final class PyModule extends PyObject {
    private final String name;
    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
    }

    public String name() {
        return name;
    }

    public PyDict dict() {
        return dict;
    }

    @Override
    public PyType type() {
        return PyTypes.MODULE;
    }
}
