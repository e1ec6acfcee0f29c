package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.code.PyCode;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * How often a watched name invalidated the executors of a code object. A global that the program keeps rebinding
 * (a loop that calls a function updating it) would make every new trace fold it and be invalidated again; after
 * {@link #LIMIT} times the optimizer leaves that name as a plain {@code _LOAD_GLOBAL} in that code's traces (CPython
 * stops watching a dict after too many changes for the same reason).
 */
public final class Rebinds {
    private Rebinds() {}

    static final int LIMIT = 3;
    private static final Map<PyCode, Map<String, Integer>> COUNTS = new WeakHashMap<>();

    static synchronized void note(PyCode code, String key) {
        COUNTS.computeIfAbsent(code, c -> new HashMap<>()).merge(key, 1, Integer::sum);
    }

    /** Whether {@code key} changed too often under the executors of {@code code} to be worth folding. */
    public static synchronized boolean unstable(PyCode code, String key) {
        Map<String, Integer> m = COUNTS.get(code);
        return m != null && m.getOrDefault(key, 0) >= LIMIT;
    }
}
