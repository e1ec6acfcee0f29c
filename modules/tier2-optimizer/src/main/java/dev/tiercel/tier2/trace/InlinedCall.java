package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;

/**
 * One call a trace inlines (the operand its {@code _INIT_CALL_PY_EXACT_ARGS}, {@code _PUSH_FRAME} and matching
 * {@code _POP_FRAME} share): the callee's code, whether the callee gets a {@code self} before the call's arguments
 * (predicted when projecting, proven by {@code _CHECK_FUNCTION_EXACT_ARGS}'s argument count), and the frame of the
 * last call that returned inside the trace, reused by the next (as tier 1 reuses a function's last frame), and the
 * globals the projected callee ran with (the optimizer folds the callee's {@code LOAD_GLOBAL}s when they are the
 * loop's own globals, behind a {@code _CHECK_GLOBALS} in the callee).
 */
public final class InlinedCall {
    public final PyCode code;
    public final boolean withSelf;
    /** The projected callee's globals, or null when unknown. */
    public final PyDict globals;
    /** A finished frame, ready for the next call of the same function; null while none. */
    PyFrame spare;

    public InlinedCall(PyCode code, boolean withSelf) {
        this(code, withSelf, null);
    }

    public InlinedCall(PyCode code, boolean withSelf, PyDict globals) {
        this.code = code;
        this.withSelf = withSelf;
        this.globals = globals;
    }
}
