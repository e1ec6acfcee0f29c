package dev.tiercel.runtime.object;

import java.util.Arrays;

/** Python's {@code list}: a growable array. */
public final class PyList extends PyObject {
    public PyObject[] items;
    public int size;
    private PyType type = PyTypes.LIST;
    private java.util.Map<String, PyObject> dict;

    public PyList() {
        this.items = new PyObject[4];
    }

    /** An empty instance of a subclass of list. */
    public PyList(PyType type) {
        this();
        this.type = type;
    }

    @Override
    public java.util.Map<String, PyObject> instanceDict() {
        if (dict == null && type.heap) {
            dict = new AttrMap(new PyDict()); // a live __dict__
        }
        return dict;
    }

    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** A list holding a copy of {@code src}. */
    public static PyList of(PyObject... src) {
        return new PyList(Arrays.copyOf(src, Math.max(4, src.length)), src.length);
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    /** Makes room for at least {@code n} items. */
    public void ensureCapacity(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, n);
        }
    }

    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** A copy of the items as an exact-size array. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public PyType type() {
        return type;
    }
}
