package dev.tiercel.tier2.trace;

import static dev.tiercel.tier2.trace.Uop.EXIT;
import static dev.tiercel.tier2.trace.Uop.NEXT;

import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyObject;
import java.util.Arrays;

/**
 * The semantics of the uops of an inlined Python call (CPython's {@code CALL_PY_EXACT_ARGS} and
 * {@code CALL_BOUND_METHOD_EXACT_ARGS} expansions, and {@code _POP_FRAME}). The callee's frame is made, counted and
 * linked exactly as tier 1 makes it ({@link Py#newFrame}, {@link Py#enter}, {@code back} = the caller, which keeps
 * its return index in {@code ip}, the call in {@code lasti} and its stack depth in {@code sp}); the thread's current
 * frame ({@link Py#current}) follows, so an exit or an exception inside the callee leaves tier 1 in that frame.
 */
public final class FrameSemantics {
    private FrameSemantics() {}

    /** Guard: the callable slot holds a bound method of a Python function and the self slot is empty. */
    public static int checkCallBoundMethodExactArgs(TraceState st, TraceUop u) {
        int base = st.sp - 2 - u.oparg;
        return st.s[base + 1] == null && st.s[base] instanceof PyMethod m && m.func instanceof PyFunction
                ? NEXT : EXIT;
    }

    /** Replaces the bound method by its function and its self, as the call's first argument. */
    public static int initCallBoundMethodExactArgs(TraceState st, TraceUop u) {
        int base = st.sp - 2 - u.oparg;
        PyMethod m = (PyMethod) st.s[base];
        st.s[base] = m.func;
        st.s[base + 1] = m.self;
        return NEXT;
    }

    /** Guard: the callable is a function of the inlined code, taking exactly the arguments on the stack. */
    public static int checkFunctionExactArgs(TraceState st, TraceUop u) {
        int base = st.sp - 2 - u.oparg;
        return st.s[base] instanceof PyFunction fn && fn.code == u.operand
                && fn.code.argcount == u.oparg + (st.s[base + 1] != null ? 1 : 0) ? NEXT : EXIT;
    }

    /** Guard: one more frame stays within the recursion limit (else tier 1 makes the call and raises). */
    public static int checkStackSpace(TraceState st, TraceUop u) {
        return Py.depth() < Py.recursionLimit() ? NEXT : EXIT;
    }

    /** Moves the arguments into the callee's new frame, which replaces them on the stack. */
    public static int initCallPyExactArgs(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - 2 - u.oparg;
        PyFunction fn = (PyFunction) s[base];
        int first = s[base + 1] == null ? base + 2 : base + 1;
        int n = st.sp - first;
        InlinedCall call = (InlinedCall) u.operand;
        PyFrame spare = call.spare;
        PyFrame nf;
        if (spare != null && spare.code == fn.code) {
            call.spare = null;
            if (spare.func != fn) {
                spare.serve(fn);
            }
            System.arraycopy(s, first, spare.localsplus, 0, n);
            nf = spare;
        } else {
            nf = Py.newFrame(fn, s, first, n, null);
        }
        for (int i = base + 1; i < st.sp; i++) {
            s[i] = null;
        }
        s[base] = nf;
        st.sp = base + 1;
        return NEXT;
    }

    /** The caller resumes after the call (its {@code ip}) when the callee returns in tier 1. */
    public static int saveReturnOffset(TraceState st, TraceUop u) {
        st.f.ip = u.target + u.oparg;
        return NEXT;
    }

    /** Enters the callee's frame: counted toward the recursion limit and linked to its caller. */
    public static int pushFrame(TraceState st, TraceUop u) {
        PyFrame nf = (PyFrame) st.s[--st.sp];
        st.s[st.sp] = null;
        PyFrame caller = st.f;
        caller.sp = st.sp;
        caller.lasti = u.target; // tracebacks and f_lineno show the call
        Py.enter(); // _CHECK_STACK_SPACE made sure this cannot fail
        nf.back = caller;
        Py.current = nf;
        st.switchTo(nf);
        return NEXT;
    }

    /** Returns from an inlined callee: its value goes onto the caller's stack, the frame is kept for reuse. */
    public static int popFrame(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        PyFrame done = st.f;
        PyFrame caller = done.back;
        Py.leave();
        Py.current = caller;
        release(done, (InlinedCall) u.operand);
        st.switchTo(caller);
        st.s[st.sp++] = v;
        return NEXT;
    }

    /** Keeps a finished frame for the next call, unless Python code may still hold it. */
    private static void release(PyFrame f, InlinedCall call) {
        f.back = null;
        f.sp = 0;
        if (f.exposed || f.gen != null) {
            return;
        }
        Arrays.fill(f.localsplus, null);
        f.ip = 0;
        f.lasti = 0;
        f.outer = null;
        call.spare = f;
    }
}
