package dev.tiercel.stdlib.accel.collections;

import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import java.util.Map;

/**
 * A {@code collections.deque}: a circular buffer with an optional maximum length. {@link #state} counts
 * mutations, so iterators and searches can tell that the deque changed under them, as CPython's do.
 */
final class Deque extends PyObject {
    private PyType type;
    private Map<String, PyObject> dict;
    private PyObject[] buf = new PyObject[8];
    /** Index in {@link #buf} of the leftmost item. */
    private int head;
    int size;
    /** The maximum length, or -1 for none. */
    int maxlen = -1;
    long state;

    Deque(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null && type.heap) {
            dict = new dev.tiercel.runtime.object.AttrMap(new PyDict());
        }
        return dict;
    }

    /** The item at position {@code i} (0 is leftmost), unchecked. */
    PyObject get(int i) {
        int j = head + i;
        return buf[j < buf.length ? j : j - buf.length];
    }

    void set(int i, PyObject v) {
        int j = head + i;
        buf[j < buf.length ? j : j - buf.length] = v;
    }

    private void grow() {
        PyObject[] bigger = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        buf = bigger;
        head = 0;
    }

    /** Appends on the right, dropping from the left past the maximum length. */
    void append(PyObject v) {
        if (size == buf.length) {
            grow();
        }
        set(size++, v);
        state++;
        if (maxlen >= 0 && size > maxlen) {
            popLeft();
        }
    }

    /** Appends on the left, dropping from the right past the maximum length. */
    void appendLeft(PyObject v) {
        if (size == buf.length) {
            grow();
        }
        head = head == 0 ? buf.length - 1 : head - 1;
        buf[head] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) {
            pop();
        }
    }

    PyObject pop() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        int j = head + size - 1;
        j = j < buf.length ? j : j - buf.length;
        PyObject v = buf[j];
        buf[j] = null;
        size--;
        state++;
        return v;
    }

    PyObject popLeft() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        PyObject v = buf[head];
        buf[head] = null;
        head = head + 1 == buf.length ? 0 : head + 1;
        size--;
        state++;
        return v;
    }

    void clear() {
        buf = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    /** The items, leftmost first. */
    PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** Replaces the content (keeps the maximum length; the caller respects it). */
    void reset(PyObject[] items, int n) {
        buf = new PyObject[Math.max(8, Integer.highestOneBit(Math.max(n, 1)) * 2)];
        System.arraycopy(items, 0, buf, 0, n);
        head = 0;
        size = n;
        state++;
    }

    /** Rotates {@code n} steps to the right (negative: left). */
    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        PyObject[] items = toArray();
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[(i + k) % size] = items[i];
        }
        reset(out, size);
    }

    /** Removes the item at position {@code i}. */
    void delete(int i) {
        PyObject[] items = toArray();
        PyObject[] out = new PyObject[size - 1];
        System.arraycopy(items, 0, out, 0, i);
        System.arraycopy(items, i + 1, out, i, size - i - 1);
        reset(out, out.length);
    }
}
