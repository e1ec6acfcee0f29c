package dev.tiercel.runtime.object;

import java.util.LinkedHashMap;
import java.util.Map;

/** Python's {@code dict}: insertion-ordered. */
public final class PyDict extends PyObject {
    private final Map<Object, PyObject[]> map = new LinkedHashMap<>();

    @Override
    public PyType type() {
        return PyTypes.DICT;
    }

    /** Number of items. */
    public int size() {
        return map.size();
    }
}
