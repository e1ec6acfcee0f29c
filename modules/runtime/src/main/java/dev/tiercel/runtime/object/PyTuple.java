package dev.tiercel.runtime.object;

/** Python's {@code tuple}. */
public final class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    /** The items; never modified after construction. */
    public final PyObject[] items;

    private PyType type = PyTypes.TUPLE;
    private java.util.Map<String, PyObject> dict;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** An instance of a subclass of tuple (namedtuple, ...) owning {@code items}. */
    public PyTuple(PyType type, PyObject[] items) {
        this.items = items;
        this.type = type;
    }

    @Override
    public java.util.Map<String, PyObject> instanceDict() {
        if (dict == null && type.heap) {
            dict = new AttrMap(new PyDict()); // a live __dict__
        }
        return dict;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple that takes ownership of {@code items}. */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyType type() {
        return type;
    }
}
