package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.code.PyCode;
import java.util.Arrays;

/**
 * The executors installed in one code object, indexed by the low byte of {@code ENTER_EXECUTOR}'s oparg (as in
 * CPython's {@code co_executors}). Kept in {@link PyCode#tierState}; tier 1 installs, tier 2 backends look up to
 * chain one trace into the next.
 */
public final class CodeExecutors {
    /** At most this many executors per code object (the oparg's low byte). */
    public static final int MAX = 256;

    private Executor[] executors = new Executor[4];
    private int count;

    /** The table of {@code code}, made on first use; null if another tier keeps something else there. */
    public static CodeExecutors of(PyCode code) {
        Object s = code.tierState;
        if (s instanceof CodeExecutors e) {
            return e;
        }
        if (s != null) {
            return null;
        }
        synchronized (code) {
            if (code.tierState == null) {
                code.tierState = new CodeExecutors();
            }
            return code.tierState instanceof CodeExecutors e ? e : null;
        }
    }

    /** The executor at {@code index}, or null. */
    public Executor get(int index) {
        Executor[] a = executors;
        return index < a.length ? a[index] : null;
    }

    /** Adds an executor and returns its index, or -1 when the table is full (invalid ones are reused). */
    public synchronized int add(Executor e) {
        for (int i = 0; i < count; i++) {
            if (executors[i] == null) {
                executors[i] = e;
                return i;
            }
        }
        if (count == MAX) {
            return -1;
        }
        if (count == executors.length) {
            executors = Arrays.copyOf(executors, Math.min(MAX, count * 2));
        }
        executors[count] = e;
        return count++;
    }

    /** Frees slot {@code index}. */
    public synchronized void remove(int index) {
        if (index < count) {
            executors[index] = null;
        }
    }
}
