package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyObject;

/**
 * The explicit state a uop works on: the frame, its value stack and fast locals, the stack depth, and the executor
 * running (for {@code _CHECK_VALIDITY}). Uop semantics read and write only this, so any backend can call them.
 * {@code _PUSH_FRAME}/{@code _POP_FRAME} switch it to an inlined callee's frame and back ({@link #switchTo}).
 */
public final class TraceState {
    public PyFrame f;
    public PyObject[] s;
    public PyObject[] l;
    public int sp;
    public TraceExecutor ex;
    /** The uop the trace left through (an exit stub or the final {@code _EXIT_TRACE}), set by the backend. */
    public TraceUop exit;
    /** Loop iterations the trace completed ({@code _JUMP_TO_TOP}) since the executor was entered. */
    public int tops;

    public TraceState(PyFrame f, TraceExecutor ex) {
        this.f = f;
        this.s = f.stack;
        this.l = f.localsplus;
        this.sp = f.sp;
        this.ex = ex;
    }

    /** Continues in {@code frame} (an inlined call's frame, or its caller again) at its saved stack depth. */
    public void switchTo(PyFrame frame) {
        f = frame;
        s = frame.stack;
        l = frame.localsplus;
        sp = frame.sp;
    }
}
