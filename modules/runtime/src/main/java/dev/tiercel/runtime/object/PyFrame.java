package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;

/**
 * An activation of a code object: instruction pointer, fast locals (the locals-plus table) and value stack in
 * arrays, so that any point of execution can be resumed.
 */
public final class PyFrame extends PyObject {
    public final PyCode code;
    /** Not final: a spare frame kept for reuse serves any function of its code (see {@link #serve}). */
    public PyDict globals;
    /** The locals mapping for module and class bodies (LOAD_NAME/STORE_NAME); null for optimized frames. */
    public final PyObject locals;
    public final PyDict builtins;
    public PyFunction func;
    public final PyObject[] localsplus;
    public final PyObject[] stack;
    /** Number of values on the stack. */
    public int sp;
    /** Index of the next code unit to execute. */
    public int ip;
    /** The calling frame while this one runs inside the same dispatch loop; null at a loop's entry frame. */
    public PyFrame back;
    /**
     * The frame that was running when this one became the entry frame of a dispatch loop (a call from Java code,
     * a generator resumed): {@code f_back} across loops, where {@link #back} is null. Null otherwise.
     */
    public PyFrame outer;
    /** Set once Python code holds this frame ({@code sys._getframe}): it is then never reused for another call. */
    public boolean exposed;
    /** The generator owning this frame, or null. */
    public PyGenerator gen;
    /** Set by YIELD_VALUE when the frame suspends rather than returns. */
    public boolean yielded;
    /** An exception to raise at the resume point (generator.throw), or null. */
    public PyBaseException pendingThrow;
    /** Index of the instruction being executed, for tracebacks and the exception table. */
    public int lasti;
    /**
     * Added to {@link #ip} when a generator frame that this frame's FOR_ITER_GEN or SEND_GEN pushed returns instead
     * of yielding: the loop's exit, or SEND's (CPython's {@code return_offset}).
     */
    public int returnOffset;
    /** With {@link #returnOffset}: whether that generator's return value is pushed (SEND_GEN) or dropped (FOR_ITER_GEN). */
    public boolean returnPushesValue;

    public PyFrame(PyCode code, PyDict globals, PyObject locals, PyFunction func) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.func = func;
        this.builtins = Py.builtinsDict();
        this.localsplus = new PyObject[code.nlocalsplus()];
        this.stack = new PyObject[code.stacksize + 1];
    }

    /**
     * Makes this spare frame (one that returned, with its locals cleared) a frame of {@code fn}, a function of the same
     * code: a code's functions are often made anew (a closure, a {@code def} run again, a module executed again), and
     * a pool of spares that only served the function that made them would fill with frames no call can use.
     */
    public void serve(PyFunction fn) {
        func = fn;
        globals = fn.globals;
    }

    /** The calling frame as Python sees it ({@code f_back}), or null. */
    public PyFrame caller() {
        return back != null ? back : outer;
    }

    @Override
    public PyType type() {
        return PyTypes.FRAME;
    }
}
