package dev.tiercel.runtime.object;

/**
 * Python's {@code str}. Held as a Java string; indexing and length are by code point, so strings outside the
 * BMP (surrogate pairs in Java) count as one character each, as in Python.
 */
public final class PyStr extends PyObject {
    public final String value;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return new PyStr(s);
    }

    @Override
    public PyType type() {
        return PyTypes.STR;
    }

    @Override
    public String toString() {
        return value;
    }
}
