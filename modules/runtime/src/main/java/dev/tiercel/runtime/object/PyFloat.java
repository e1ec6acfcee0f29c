package dev.tiercel.runtime.object;

/** Python's {@code float}: an IEEE double. */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return PyTypes.FLOAT;
    }
}
