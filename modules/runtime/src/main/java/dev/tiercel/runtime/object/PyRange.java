package dev.tiercel.runtime.object;

/** Python's {@code range} over longs. */
public final class PyRange extends PyObject {
    public final long start, stop, step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public PyType type() {
        return PyTypes.RANGE;
    }
}
