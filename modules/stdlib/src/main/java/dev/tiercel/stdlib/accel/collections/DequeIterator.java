package dev.tiercel.stdlib.accel.collections;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/** Forward and reverse iterators over a deque; a mutation of the deque makes the next step raise RuntimeError. */
final class DequeIterator extends PyIterator {
    static final PyType FORWARD = iteratorType("_deque_iterator");
    static final PyType REVERSE = iteratorType("_deque_reverse_iterator");

    private final Deque deque;
    private final long state;
    private final boolean reverse;
    private int index;
    private int remaining;

    DequeIterator(Deque deque, boolean reverse) {
        this.deque = deque;
        this.state = deque.state;
        this.reverse = reverse;
        this.remaining = deque.size;
        this.index = reverse ? deque.size - 1 : 0;
    }

    private static PyType iteratorType(String name) {
        PyType t = new PyType(name, new PyType[] {PyTypes.ITERATOR}, false);
        t.module = "collections";
        return t;
    }

    @Override
    public PyObject next() {
        if (deque.state != state) {
            remaining = 0;
            throw PyErr.of(PyExc.RuntimeError, "deque mutated during iteration");
        }
        if (remaining == 0) {
            return null;
        }
        PyObject v = deque.get(index);
        index += reverse ? -1 : 1;
        remaining--;
        return v;
    }

    @Override
    public long lengthHint() {
        return remaining;
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE : FORWARD;
    }
}
