package dev.tiercel.runtime.object;

/**
 * A builtin iterator. {@link #next()} returns null when exhausted, so that loops over builtin iterators never
 * allocate a StopIteration.
 */
public abstract class PyIterator extends PyObject {
    private static final java.util.Map<String, PyType> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The next item, or null when exhausted. */
    public abstract PyObject next();

    /** How many items are left, or -1 when unknown (for {@code __length_hint__}). */
    public long lengthHint() {
        return -1;
    }

    /** The iterator's type name, e.g. {@code list_iterator}. */
    protected String typeName() {
        return "iterator";
    }

    @Override
    public PyType type() {
        return TYPES.computeIfAbsent(typeName(), n -> {
            PyType t = new PyType(n, PyTypes.ITERATOR);
            return t;
        });
    }
}
