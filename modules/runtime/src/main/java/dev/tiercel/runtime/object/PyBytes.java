package dev.tiercel.runtime.object;

/** Python's immutable {@code bytes}. */
public class PyBytes extends PyObject {
    private final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return value.clone();
    }

    public int length() {
        return value.length;
    }

    public int byteAt(int i) {
        return value[i] & 0xFF;
    }

    @Override
    public PyType type() {
        return PyTypes.BYTES;
    }
}
