package dev.tiercel.tier2.nativecode;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * A compiled trace: its sealed code, its executor data block (validity word), and its exit stubs, whose index is
 * the exit number {@link #enter} returns.
 */
public final class NativeTrace implements AutoCloseable {
    private final CodeBlock code;
    private final MemorySegment executorData;
    private final List<TraceStep> exits;
    private final int codeSize;
    private final MemorySegment entry;
    private volatile boolean closed;

    NativeTrace(CodeBlock code, MemorySegment executorData, List<TraceStep> exits, int codeSize) {
        this.code = code;
        this.entry = code.entryPoint();
        this.executorData = executorData;
        this.exits = List.copyOf(exits);
        this.codeSize = codeSize;
    }

    /** Runs the trace; returns the exit number (the oparg of the exit stub or of the body's final exit). */
    public long enter(RegisterFile registers) {
        if (closed) {
            throw new IllegalStateException("trace was closed");
        }
        return NativeEntry.enter(entry, registers);
    }

    /** Makes the trace's _CHECK_VALIDITY uops fail from now on (callable from any thread). */
    public void invalidate() {
        if (closed) {
            return;
        }
        JAVA_LONG.varHandle().setVolatile(executorData, 0L, 0L);
    }

    public boolean isValid() {
        return !closed && (long) JAVA_LONG.varHandle().getVolatile(executorData, 0L) != 0;
    }

    public List<TraceStep> exitStubs() {
        return exits;
    }

    /** Bytes of machine code (before rounding to pages). */
    public int codeSize() {
        return codeSize;
    }

    public long codeAddress() {
        return code.address();
    }

    /** Frees the code (the executor data goes with this object); idempotent. No thread may be running the trace. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        code.release();
    }
}
