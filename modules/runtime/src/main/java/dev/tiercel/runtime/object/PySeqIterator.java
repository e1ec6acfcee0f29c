package dev.tiercel.runtime.object;

/** Iterator over a list or tuple by index (sees appends to a list, as in Python). */
public final class PySeqIterator extends PyIterator {
    private final PyObject seq;
    private int i;

    public PySeqIterator(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyObject next() {
        if (seq instanceof PyList l) {
            return i < l.size ? l.items[i++] : null;
        }
        PyTuple t = (PyTuple) seq;
        return i < t.items.length ? t.items[i++] : null;
    }

    /** Whether the sequence is a list (FOR_ITER_LIST) rather than a tuple (FOR_ITER_TUPLE). */
    public boolean overList() {
        return seq instanceof PyList;
    }

    @Override
    public long lengthHint() {
        int n = seq instanceof PyList l ? l.size : ((PyTuple) seq).items.length;
        return Math.max(0, n - i);
    }

    @Override
    protected String typeName() {
        return seq instanceof PyList ? "list_iterator" : "tuple_iterator";
    }
}
