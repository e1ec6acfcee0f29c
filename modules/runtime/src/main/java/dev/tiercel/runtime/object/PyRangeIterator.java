package dev.tiercel.runtime.object;

/** The iterator of a {@link PyRange}; {@link #nextLong} lets tier 1 step it without boxing. */
public final class PyRangeIterator extends PyIterator {
    private long next;
    private final long step;
    private long remaining;

    public PyRangeIterator(long start, long step, long count) {
        this.next = start;
        this.step = step;
        this.remaining = count;
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    /** The next value; call only when {@link #hasNext()}. */
    public long nextLong() {
        long v = next;
        next += step;
        remaining--;
        return v;
    }

    public long remaining() {
        return remaining;
    }

    /** The value the next {@link #nextLong} returns (meaningful while {@link #hasNext()}). */
    public long peek() {
        return next;
    }

    public long step() {
        return step;
    }

    /** Skips {@code count} values, as {@code count} calls of {@link #nextLong} would (native traces step copies). */
    public void advance(long count) {
        next += count * step;
        remaining -= count;
    }

    @Override
    public long lengthHint() {
        return remaining;
    }

    @Override
    public PyObject next() {
        return remaining > 0 ? PyInt.of(nextLong()) : null;
    }

    @Override
    protected String typeName() {
        return "range_iterator";
    }
}
