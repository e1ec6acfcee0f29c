package dev.tiercel.frontend.compiler;

import dev.tiercel.runtime.object.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A code unit's constants ({@code co_consts}), deduplicated by {@link ConstKey}. */
final class ConstPool {
    final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();

    /** Index of a constant: a {@link PyObject}, a {@link FrozenSetConst}, or a nested code unit's result. */
    int add(Object value) {
        Object key = value instanceof PyObject p ? ConstKey.of(p) : new IdentityKey(value);
        Integer i = index.get(key);
        if (i != null) {
            return i;
        }
        values.add(value);
        index.put(key, values.size() - 1);
        return values.size() - 1;
    }

    private static Object keyOfSet(FrozenSetConst f) {
        List<Object> k = new ArrayList<>();
        k.add("frozenset");
        for (PyObject o : f.items()) {
            k.add(ConstKey.of(o));
        }
        return k;
    }

    Object get(int i) {
        return values.get(i);
    }

    /** Keeps only the constants at {@code used} indices (in order); returns old index to new index. */
    int[] compact(boolean[] used) {
        int[] map = new int[values.size()];
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            map[i] = -1;
            if (used[i]) {
                map[i] = kept.size();
                kept.add(values.get(i));
            }
        }
        values.clear();
        values.addAll(kept);
        index.clear();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            index.putIfAbsent(v instanceof PyObject p ? ConstKey.of(p) : new IdentityKey(v), i);
        }
        return map;
    }

    private record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
