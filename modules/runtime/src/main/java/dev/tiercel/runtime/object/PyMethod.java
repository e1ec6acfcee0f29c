package dev.tiercel.runtime.object;

/** A bound method: a callable and the object it is bound to. */
public final class PyMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return PyTypes.METHOD;
    }
}
