package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.code.PyCode;
import java.util.Arrays;

/**
 * The executors installed in one code object, indexed by the low byte of {@code ENTER_EXECUTOR}'s oparg (as in
 * CPython's {@code co_executors}). Kept in {@link PyCode#executors}; tier 1 installs, tier 2 backends look up to
 * chain one trace into the next.
 */
public final class CodeExecutors {
    /** At most this many executors per code object (the oparg's low byte). */
    public static final int MAX = 256;

    private Executor[] executors = new Executor[4];
    private int count;

    /** The table of {@code code}, made on first use. */
    public static CodeExecutors of(PyCode code) {
        if (code.executors instanceof CodeExecutors e) {
            return e;
        }
        synchronized (code) {
            if (code.executors == null) {
                code.executors = new CodeExecutors();
            }
            return (CodeExecutors) code.executors;
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
