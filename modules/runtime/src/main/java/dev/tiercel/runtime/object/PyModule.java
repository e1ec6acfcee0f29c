package dev.tiercel.runtime.object;

/** A module object: a name and a namespace dictionary. */
public final class PyModule extends PyObject {
    private final String name;
    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.putStr("__name__", PyStr.of(name));
        }
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public String name() {
        return name;
    }

    public PyDict dict() {
        return dict;
    }

    /** Sets a module attribute. */
    public void set(String attr, PyObject value) {
        dict.putStr(attr, value);
    }

    @Override
    public PyType type() {
        return PyTypes.MODULE;
    }
}
