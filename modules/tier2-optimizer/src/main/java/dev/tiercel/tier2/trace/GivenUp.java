package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.code.PyCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Loops tier 2 gave up on: their executor was fruitless too often ({@link TraceExecutor}), or their executors
 * kept being dropped because the types changed; the optimizer makes no more traces for them and tier 1 runs them.
 * Keyed by code object and the loop's back-edge index.
 */
public final class GivenUp {
    private GivenUp() {}

    private static final Map<PyCode, Set<Integer>> LOOPS = new WeakHashMap<>();
    private static final Map<PyCode, Map<Integer, Integer>> RETYPED = new WeakHashMap<>();

    /**
     * Executors made for one loop whose types changed under them (a type guard failing every time) this often mean
     * the loop's call sites see several classes in turn: richards_like in bench/ re-traced its outer loop 85 times,
     * each executor failing its type guard 64 times in a row.
     */
    static final int RETYPED_LIMIT = 8;

    static synchronized void add(PyCode code, int backEdge) {
        LOOPS.computeIfAbsent(code, c -> new HashSet<>()).add(backEdge);
    }

    /** An executor starting at {@code start} was dropped because its types changed; gives up on the 8th time. */
    static synchronized void retyped(PyCode code, int start) {
        int n = RETYPED.computeIfAbsent(code, c -> new HashMap<>()).merge(start, 1, Integer::sum);
        if (n >= RETYPED_LIMIT) {
            add(code, start);
        }
    }

    /** Whether tier 2 gave up on the loop whose back edge is at {@code backEdge} in {@code code}. */
    public static synchronized boolean contains(PyCode code, int backEdge) {
        Set<Integer> s = LOOPS.get(code);
        return s != null && s.contains(backEdge);
    }
}
