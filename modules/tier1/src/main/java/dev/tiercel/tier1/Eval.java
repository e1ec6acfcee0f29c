package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.ExceptionTable;
import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.PyTraceback;
import dev.tiercel.runtime.spi.PyStats;

/**
 * The tier-1 dispatch loop. Python-to-Python calls push a frame and continue in the same loop (no Java recursion
 * per Python call). The instructions specialized code runs most, and every one that pushes or pops a frame, are
 * handled inline with state in locals ({@code ip}, {@code sp}); the rest go through {@link OutOfLine} (generic and
 * rarer forms, kept out to keep this method small enough for the JVM to compile well) and {@link Instr}.
 *
 * <p>The inline instructions are dispatched in two steps: a first switch for the simplest and commonest (loads,
 * stores, jumps, int and float arithmetic, global and attribute loads), whose {@code default} is a second switch
 * for the rest (calls and returns, generators, the other specialized forms, and {@link OutOfLine}). Why: the JVM's
 * compiler merges an expression that several cases compute ({@code sp - arg}, {@code arg >> 4}, ...) into one value
 * computed before the switch, for every instruction, and spills it; in one switch that was some twenty values,
 * 62% of the samples in this method for {@code fib}. With the split, the values only the second-step cases use
 * are computed there. Measured with {@code -Xbatch}, main-thread CPU: fib 1.456 to 1.423 s, generators 1.194 to
 * 0.977, float_loop 1.104 to 0.928, methods 1.314 to 1.158, nbody 2.153 to 2.008, int_loop 0.946 to 0.813,
 * sum_fn 3.377 to 2.692 (which instructions go first was chosen by measuring three splits).
 *
 * <p>For the same reason the loop carries as few values as it can: the JVM keeps every value live across the
 * dispatch in a stack slot (calls inside the cases leave it no register it could keep them in), and reloads and
 * re-stores them at each instruction. The locals array and the constants are read through the frame where used,
 * the entry frame is the one whose {@code back} is null, where the instruction starts is computed from its argument
 * ({@link #restart}) when a deopt needs it, and a re-raise is a {@link Reraise} instead of a flag for the handler.
 * In fib's compiled loop the dispatch went from about 100 machine instructions with 18 stack stores to 72 with 13
 * (perf samples over a raw dump of the compiled method: still 69% of that method's samples). With {@code -Xbatch},
 * main-thread CPU, 2 processes: exceptions 1.016 to 0.866 s, generators 1.389 to 1.275, fib 2.193 to 2.039,
 * richards_like 1.567 to 1.514, comprehensions 1.690 to 1.643, six others within 1%. Reading the value stack
 * through the frame too was slower (fib 2.218 against 2.025).
 *
 * <p>The dispatch does not skip inline caches by a table load ({@code ip += CACHES[op]}, on the critical path of
 * every instruction): the first switch's cases with caches add their family's count as a constant, the attribute
 * and global loads and stores and the second switch by the table. With {@code -Xbatch}, main-thread CPU, 2
 * processes each: sum_fn 4.592 to 3.983 s, sum_fn_float 5.320 to 4.454, float_loop 1.472 to 1.260, nbody 3.197 to
 * 2.896, generators 1.315 to 1.181, int_loop 1.231 to 1.156, richards_like 1.202 to 1.130, exceptions 0.825 to
 * 0.773, fib 1.771 to 1.712, methods 1.717 to 1.700; spectral_norm 1.513 to 1.630 (its generator, resumed by
 * {@code sum} from Java, enters this method once per item; not explained). The attribute and global cases with
 * constants too cost methods 6%; the second switch's cases with constants cost spectral_norm and fib another 2-4%.
 */
final class Eval {
    private Eval() {}

    private static final int[] CACHES = new int[256];

    static {
        for (int op = 0; op < 256; op++) {
            CACHES[op] = Opcodes.cacheEntries(op);
        }
    }

    // the inline caches the first switch's hottest instructions skip, as constants (static finals, which the JIT
    // compiler folds): no table load on their dispatch (class comment)
    private static final int POP_JUMP_CACHES = Opcodes.cacheEntries(POP_JUMP_IF_FALSE);
    private static final int JUMP_BACKWARD_CACHES = Opcodes.cacheEntries(JUMP_BACKWARD);
    private static final int BINARY_OP_CACHES = Opcodes.cacheEntries(BINARY_OP);
    private static final int COMPARE_OP_CACHES = Opcodes.cacheEntries(COMPARE_OP);
    private static final int TO_BOOL_CACHES = Opcodes.cacheEntries(TO_BOOL);
    private static final int FOR_ITER_CACHES = Opcodes.cacheEntries(FOR_ITER);

    static PyObject run(PyFrame entry) {
        int depth0 = Py.depth();
        PyFrame caller = Py.current;
        Py.enter();
        entry.back = null;
        entry.outer = caller;
        Py.current = entry;
        int outer = PyStats.ENABLED || Observe.LLTRACE ? Observe.enterLoop(entry) : 0;
        try {
            return loop(entry);
        } finally {
            if (PyStats.ENABLED) {
                Observe.leaveLoop(outer);
            }
            Py.resetDepth(depth0);
            Py.current = caller;
            // a suspended generator neither keeps its last resumer alive nor shows it as f_back (None in CPython);
            // a finished frame Python code holds keeps its caller as f_back, as CPython links it on exit
            if (!entry.exposed || entry.yielded) {
                entry.outer = null;
            }
        }
    }

    /** RERAISE and END_ASYNC_FOR re-raising: unwound without adding a traceback entry. */
    private static final class Reraise extends RuntimeException {
        final PyException exception;

        Reraise(PyException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    /**
     * Where the instruction at {@code here} with argument {@code arg} starts, its EXTENDED_ARG prefixes included: to
     * dispatch it again after a deopt. Computed rather than kept in a local (one value fewer live across the
     * dispatch, see the class comment); a redundant {@code EXTENDED_ARG 0} before that point changes nothing.
     */
    static int restart(int here, int arg) {
        return here - (arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0);
    }

    private static PyObject loop(PyFrame entry) {
        PyFrame f = entry;
        short[] code = f.code.adaptive;
        PyObject[] stack = f.stack;
        int sp = f.sp;
        int ip = f.ip;
        int here = ip;
        if (f.pendingThrow != null) {
            PyBaseException t = f.pendingThrow;
            f.pendingThrow = null;
            f.sp = sp - 1;
            here = ip - 1;
            PyFrame h = unwind(f, here, t.toJava(), true);
            f = h;
            code = f.code.adaptive;
            stack = f.stack;
            sp = f.sp;
            ip = f.ip;
        }
        while (true) {
            try {
                while (true) {
                    int w = code[ip++];
                    int op = w & 0xff;
                    int arg = (w >> 8) & 0xff;
                    while (op == EXTENDED_ARG) {
                        w = code[ip++];
                        op = w & 0xff;
                        arg = (arg << 8) | ((w >> 8) & 0xff);
                    }
                    here = ip - 1;
                    if (PyStats.ENABLED || Observe.LLTRACE) {
                        Observe.instruction(f, code, restart(here, arg), here, op, arg, sp);
                    }
                    switch (op) { // the cases skip their own inline caches (class comment)
                        case NOP, RESUME_CHECK:
                            break;
                        case RESUME: // as in CPython 3.13, which only checks for instrumentation from then on
                            Specializer.firstResume(code, here, arg);
                            break;
                        case LOAD_CONST:
                            stack[sp++] = f.code.consts[arg];
                            break;
                        case LOAD_FAST:
                            stack[sp++] = f.localsplus[arg];
                            break;
                        case LOAD_FAST_CHECK: {
                            PyObject v = f.localsplus[arg];
                            if (v == null) {
                                throw Instr.unboundLocal(f, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_FAST:
                            f.localsplus[arg] = stack[--sp];
                            break;
                        case POP_TOP, END_FOR:
                            stack[--sp] = null;
                            break;
                        case PUSH_NULL:
                            stack[sp++] = null;
                            break;
                        case POP_JUMP_IF_FALSE: {
                            ip += POP_JUMP_CACHES;
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Ops.isTrue(v))) {
                                ip += arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            ip += POP_JUMP_CACHES;
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Ops.isTrue(v))) {
                                ip += arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_NONE: {
                            ip += POP_JUMP_CACHES;
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyNone.INSTANCE) {
                                ip += arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_NOT_NONE: {
                            ip += POP_JUMP_CACHES;
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v != PyNone.INSTANCE) {
                                ip += arg;
                            }
                            break;
                        }
                        case JUMP_FORWARD:
                            ip += arg;
                            break;
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            ip -= arg;
                            break;
                        case JUMP_BACKWARD: {
                            ip += JUMP_BACKWARD_CACHES - arg;
                            if (Py.interruptPending) {
                                f.sp = sp;
                                Py.checkInterrupt();
                            }
                            int countdown = code[here + 1] & 0xffff;
                            if (countdown >= Tier2Hook.MORE_THAN_ONE_LEFT) { // the usual case: count down here
                                code[here + 1] = (short) (countdown - Tier2Hook.ONE);
                            } else {
                                f.sp = sp;
                                Tier2Hook.backEdge(f, code, here);
                            }
                            break;
                        }
                        case BINARY_OP_ADD_INT: {
                            ip += BINARY_OP_CACHES;
                            PyObject r = Specializer.addInt(stack[sp - 2], stack[sp - 1]);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                            break;
                        }
                        case BINARY_OP_SUBTRACT_INT: {
                            ip += BINARY_OP_CACHES;
                            PyObject r = Specializer.subtractInt(stack[sp - 2], stack[sp - 1]);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                            break;
                        }
                        case BINARY_OP_MULTIPLY_INT: {
                            ip += BINARY_OP_CACHES;
                            PyObject r = Specializer.multiplyInt(stack[sp - 2], stack[sp - 1]);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                            break;
                        }
                        case COMPARE_OP_INT: {
                            ip += COMPARE_OP_CACHES;
                            PyObject r = Specializer.compareInt(stack[sp - 2], stack[sp - 1], arg >> 5);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                            break;
                        }
                        case BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT, BINARY_OP_MULTIPLY_FLOAT,
                             BINARY_OP_ADD_UNICODE: {
                            ip += BINARY_OP_CACHES;
                            PyObject r = Specializer.binarySpecialized(op, stack[sp - 2], stack[sp - 1]);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                            break;
                        }
                        case COMPARE_OP_FLOAT, COMPARE_OP_STR: {
                            ip += COMPARE_OP_CACHES;
                            PyObject r = Specializer.compareSpecialized(op, stack[sp - 2], stack[sp - 1], arg >> 5);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[sp - 1] = r;
                            break;
                        }
                        case TO_BOOL_BOOL, TO_BOOL_INT, TO_BOOL_NONE, TO_BOOL_LIST, TO_BOOL_STR, TO_BOOL_ALWAYS_TRUE: {
                            ip += TO_BOOL_CACHES;
                            PyObject r = op == TO_BOOL_ALWAYS_TRUE ? Specializer.alwaysTrue(here, f, stack[sp - 1])
                                    : Specializer.toBoolSpecialized(op, stack[sp - 1]);
                            if (r == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[sp - 1] = r;
                            break;
                        }
                        case FOR_ITER_RANGE: {
                            ip += FOR_ITER_CACHES;
                            if (!(stack[sp - 1] instanceof PyRangeIterator r)) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            if (r.hasNext()) {
                                stack[sp++] = PyInt.of(r.nextLong());
                            } else {
                                ip += arg + 1;
                            }
                            break;
                        }
                        case FOR_ITER_LIST, FOR_ITER_TUPLE: {
                            ip += FOR_ITER_CACHES;
                            if (!(stack[sp - 1] instanceof dev.tiercel.runtime.object.PySeqIterator it)
                                    || it.overList() != (op == FOR_ITER_LIST)) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            PyObject v = it.next();
                            if (v != null) {
                                stack[sp++] = v;
                            } else {
                                ip += arg + 1;
                            }
                            break;
                        }
                        case LOAD_GLOBAL_MODULE, LOAD_GLOBAL_BUILTIN: {
                            ip += CACHES[op];
                            PyObject v = Specializer.loadGlobalSpecialized(op, here, f);
                            if (v == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[sp++] = v;
                            if ((arg & 1) != 0) {
                                stack[sp++] = null;
                            }
                            break;
                        }
                        case LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_SLOT, LOAD_ATTR_MODULE: {
                            ip += CACHES[op];
                            PyObject v = Specializer.loadAttrSpecialized(op, here, f, stack[sp - 1],
                                    f.code.names[arg >> 1]);
                            if (v == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[sp - 1] = v;
                            break;
                        }
                        case LOAD_ATTR_METHOD_WITH_VALUES: {
                            ip += CACHES[op];
                            PyObject owner = stack[sp - 1];
                            PyObject m = Specializer.loadMethodSpecialized(here, f, owner, f.code.names[arg >> 1]);
                            if (m == null) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[sp - 1] = m;
                            stack[sp++] = owner;
                            break;
                        }
                        case STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_SLOT: {
                            ip += CACHES[op];
                            if (!Specializer.storeAttrSpecialized(op, here, f, stack[sp - 1], f.code.names[arg],
                                    stack[sp - 2])) {
                                Specializer.deopt(code, here);
                                ip = restart(here, arg);
                                break;
                            }
                            stack[--sp] = null;
                            stack[--sp] = null;
                            break;
                        }
                        default: // the rest, a second dispatch: see the class comment
                            ip += CACHES[op];
                            switch (op) {
                                case LOAD_FAST_LOAD_FAST:
                                    stack[sp++] = f.localsplus[arg >> 4];
                                    stack[sp++] = f.localsplus[arg & 15];
                                    break;
                                case LOAD_FAST_AND_CLEAR:
                                    stack[sp++] = f.localsplus[arg];
                                    f.localsplus[arg] = null;
                                    break;
                                case STORE_FAST_LOAD_FAST:
                                    f.localsplus[arg >> 4] = stack[--sp];
                                    stack[sp++] = f.localsplus[arg & 15];
                                    break;
                                case STORE_FAST_STORE_FAST:
                                    f.localsplus[arg >> 4] = stack[--sp];
                                    f.localsplus[arg & 15] = stack[--sp];
                                    break;
                                case COPY: {
                                    PyObject v = stack[sp - arg];
                                    stack[sp++] = v;
                                    break;
                                }
                                case SWAP: {
                                    PyObject t = stack[sp - 1];
                                    stack[sp - 1] = stack[sp - arg];
                                    stack[sp - arg] = t;
                                    break;
                                }
                                case ENTER_EXECUTOR:
                                    f.sp = sp;
                                    f.lasti = here;
                                    try {
                                        ip = Tier2Hook.enter(f, code, here, arg);
                                    } finally {
                                        if (Py.current != f) { // the trace left inside a call it inlined: go on there
                                            f = Py.current;
                                            code = f.code.adaptive;
                                            stack = f.stack;
                                        }
                                        here = f.lasti;
                                        sp = f.sp;
                                    }
                                    break;
                                case STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT: {
                                    if (!Specializer.storeSubscrSpecialized(op, stack[sp - 3], stack[sp - 2],
                                            stack[sp - 1])) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    stack[--sp] = null;
                                    stack[--sp] = null;
                                    stack[--sp] = null;
                                    break;
                                }
                                case SEND_GEN: {
                                    if (!(stack[sp - 2] instanceof PyGenerator g)) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    PyObject sent = stack[sp - 1];
                                    if (!g.running && !g.finished && (g.started || sent == PyNone.INSTANCE)
                                            && (PyGenerator.isPlain(g)
                                            || g instanceof dev.tiercel.runtime.object.PyCoroutine)) {
                                        // as FOR_ITER_GEN: the delegate's frame runs in this loop; its return value is
                                        // pushed
                                        stack[--sp] = null;
                                        f.sp = sp;
                                        f.returnOffset = arg;
                                        f.returnPushesValue = true;
                                        f = g.pushInline(f, sent);
                                        Py.current = f;
                                        if (PyStats.ENABLED || Observe.LLTRACE) {
                                            Observe.pushed(f);
                                        }
                                        code = f.code.adaptive;
                                        stack = f.stack;
                                        sp = f.sp;
                                        ip = f.ip;
                                        break;
                                    }
                                    PyObject r = g.resume(sent, null);
                                    if (r == null) {
                                        stack[sp - 1] = g.returnValue;
                                        g.returnValue = PyNone.INSTANCE;
                                        ip += arg;
                                    } else {
                                        stack[sp - 1] = r;
                                    }
                                    break;
                                }
                                case CALL: {
                                    if (--code[here + 1] < 0
                                            && CallSpecializer.specialize(code, here, f, stack, sp, arg)) {
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    int base = sp - 2 - arg;
                                    PyObject callable = stack[base];
                                    PyObject self = stack[base + 1];
                                    if (self == null && callable instanceof PyMethod m) {
                                        callable = m.func;
                                        self = m.self;
                                        stack[base] = callable;
                                        stack[base + 1] = self;
                                    }
                                    int first = self == null ? base + 2 : base + 1;
                                    int nargs = sp - first;
                                    if (callable instanceof PyFunction fn) {
                                        f.sp = sp;
                                        f.ip = ip;
                                        f.lasti = here;
                                        PyFrame nf = Specializer.acquireFrame(fn, stack, first, nargs);
                                        Py.enter();
                                        for (int i = base; i < sp; i++) {
                                            stack[i] = null;
                                        }
                                        f.sp = base;
                                        nf.back = f;
                                        f = nf;
                                        Py.current = f;
                                        if (PyStats.ENABLED || Observe.LLTRACE) {
                                            Observe.pushed(f);
                                        }
                                        code = f.code.adaptive;
                                        stack = f.stack;
                                        sp = 0;
                                        ip = 0;
                                        break;
                                    }
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    PyObject r = Instr.callOther(callable, stack, first, nargs);
                                    for (int i = base + 1; i < sp; i++) {
                                        stack[i] = null;
                                    }
                                    sp = base + 1;
                                    stack[base] = r;
                                    break;
                                }
                                // every specialized form that runs a Python function pushes its frame here; the
                                // commonest call has a path of its own small enough for the JVM to inline (pushFrame
                                // is not)
                                case CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS, CALL_PY_GENERAL,
                                     CALL_BOUND_METHOD_GENERAL, CALL_ALLOC_AND_ENTER_INIT, BINARY_SUBSCR_GETITEM,
                                     LOAD_ATTR_PROPERTY: {
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    PyFrame nf = op == CALL_PY_EXACT_ARGS
                                            ? CallSpecializer.pushExactArgs(here, f, stack, sp, arg)
                                            : op == BINARY_SUBSCR_GETITEM
                                            ? CallSpecializer.pushTypeMethod(here, f, stack, sp, 2)
                                            : op == LOAD_ATTR_PROPERTY
                                            ? CallSpecializer.pushTypeMethod(here, f, stack, sp, 1)
                                            : CallSpecializer.pushFrame(op, here, f, stack, sp, arg);
                                    if (nf == null) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    f = nf;
                                    Py.current = f;
                                    if (PyStats.ENABLED || Observe.LLTRACE) {
                                        Observe.pushed(f);
                                    }
                                    code = f.code.adaptive;
                                    stack = f.stack;
                                    sp = 0;
                                    ip = 0;
                                    break;
                                }
                                case CALL_BUILTIN_O, CALL_BUILTIN_FAST, CALL_BUILTIN_FAST_WITH_KEYWORDS,
                                     CALL_BUILTIN_CLASS, CALL_TYPE_1, CALL_STR_1, CALL_TUPLE_1, CALL_LEN,
                                     CALL_ISINSTANCE, CALL_LIST_APPEND, CALL_METHOD_DESCRIPTOR_O,
                                     CALL_METHOD_DESCRIPTOR_NOARGS, CALL_METHOD_DESCRIPTOR_FAST,
                                     CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
                                     CALL_NON_PY_GENERAL: {
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    PyObject r = CallSpecializer.callNative(op, here, f, stack, sp, arg);
                                    if (r == null) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    int base = sp - 2 - arg;
                                    for (int i = base + 1; i < sp; i++) {
                                        stack[i] = null;
                                    }
                                    sp = base + 1;
                                    stack[base] = r;
                                    if (op == CALL_LIST_APPEND) {
                                            stack[--sp] = null; // and the POP_TOP after it, skipped as CPython's does
                                        ip++;
                                    }
                                    break;
                                }
                                case RETURN_VALUE, RETURN_CONST: {
                                    PyObject v = op == RETURN_CONST ? f.code.consts[arg] : stack[--sp];
                                    f.sp = 0;
                                    f.ip = ip;
                                    if (f.back == null) { // the entry frame
                                        return v;
                                    }
                                    Py.leave();
                                    PyFrame back = f.back;
                                    PyGenerator gen = f.gen;
                                    Specializer.releaseFrame(f);
                                    f = back;
                                    Py.current = f;
                                    code = f.code.adaptive;
                                    stack = f.stack;
                                    sp = f.sp;
                                    ip = f.ip;
                                    if (gen != null) { // a generator FOR_ITER_GEN or SEND_GEN pushed has finished
                                        gen.frame.back = null;
                                        gen.finished = true;
                                        gen.running = false;
                                        ip += f.returnOffset;
                                        if (f.returnPushesValue) {
                                            stack[sp++] = v;
                                        }
                                        if (Observe.LLTRACE) {
                                            Observe.resumed(f);
                                        }
                                        break;
                                    }
                                    stack[sp++] = v;
                                    if (Observe.LLTRACE) {
                                        Observe.resumed(f);
                                    }
                                    break;
                                }
                                case RETURN_GENERATOR: {
                                    f.sp = sp;
                                    f.ip = ip;
                                    PyGenerator g = PyGenerator.create(f);
                                    if (f.back == null) { // the entry frame
                                        return g;
                                    }
                                    Py.leave();
                                    PyFrame back = f.back;
                                    f.back = null;
                                    f = back;
                                    Py.current = f;
                                    code = f.code.adaptive;
                                    stack = f.stack;
                                    sp = f.sp;
                                    ip = f.ip;
                                    stack[sp++] = g;
                                    if (Observe.LLTRACE) {
                                        Observe.resumed(f);
                                    }
                                    break;
                                }
                                case YIELD_VALUE: {
                                    PyObject v = stack[--sp];
                                    stack[sp] = null;
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    f.yielded = true;
                                    PyGenerator.anySuspended = true;
                                    if (f.back == null) { // the entry frame
                                        return v;
                                    }
                                    // a generator frame FOR_ITER_GEN or SEND_GEN pushed: the value goes to that
                                    // instruction's frame
                                    f.gen.running = false;
                                    Py.leave();
                                    PyFrame back = f.back;
                                    f.back = null;
                                    f = back;
                                    Py.current = f;
                                    code = f.code.adaptive;
                                    stack = f.stack;
                                    sp = f.sp;
                                    ip = f.ip;
                                    stack[sp++] = v;
                                    if (Observe.LLTRACE) {
                                        Observe.resumed(f);
                                    }
                                    break;
                                }
                                case FOR_ITER_GEN: {
                                    // CPython's FOR_ITER_GEN: the generator's frame runs in this loop, not in a nested
                                    // one
                                    if (!(stack[sp - 1] instanceof PyGenerator g) || !PyGenerator.isPlain(g)
                                            || g.running) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    if (g.finished) {
                                        ip += arg + 1;
                                        break;
                                    }
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    f.returnOffset = arg + 1;
                                    f.returnPushesValue = false;
                                    f = g.pushInline(f, PyNone.INSTANCE);
                                    Py.current = f;
                                    if (PyStats.ENABLED || Observe.LLTRACE) {
                                        Observe.pushed(f);
                                    }
                                    code = f.code.adaptive;
                                    stack = f.stack;
                                    sp = f.sp;
                                    ip = f.ip;
                                    break;
                                }
                                case LOAD_ATTR_CLASS: {
                                    PyObject v = Specializer.loadClassAttrSpecialized(here, f, stack[sp - 1]);
                                    if (v == null) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    stack[sp - 1] = v;
                                    break;
                                }
                                case LOAD_ATTR_METHOD_NO_DICT: {
                                    PyObject owner = stack[sp - 1];
                                    PyObject m = Specializer.loadMethodNoDictSpecialized(here, f, owner);
                                    if (m == null) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    stack[sp - 1] = m;
                                    stack[sp++] = owner;
                                    break;
                                }
                                case BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR_STR_INT,
                                     BINARY_SUBSCR_DICT: {
                                    PyObject r = Specializer.binarySubscrSpecialized(op, stack[sp - 2], stack[sp - 1]);
                                    if (r == null) {
                                        Specializer.deopt(code, here);
                                        ip = restart(here, arg);
                                        break;
                                    }
                                    stack[--sp] = null;
                                    stack[sp - 1] = r;
                                    break;
                                }
                                case RAISE_VARARGS:
                                    f.sp = sp;
                                    throw Instr.raise(f, arg);
                                case END_ASYNC_FOR: {
                                    PyBaseException exc = (PyBaseException) stack[--sp];
                                    stack[sp] = null;
                                    if (!exc.isInstance(dev.tiercel.runtime.object.PyExc.StopAsyncIteration)) {
                                        throw new Reraise(exc.toJava());
                                    }
                                    stack[--sp] = null;
                                    break;
                                }
                                case RERAISE: {
                                    PyObject exc = stack[--sp];
                                    stack[sp] = null;
                                    if (arg != 0) {
                                        // lasti sits arg slots under exc
                                        f.lasti = (int) ((PyInt) stack[sp - arg]).value;
                                    }
                                    throw new Reraise(((PyBaseException) exc).toJava());
                                }
                                default:
                                    f.sp = sp;
                                    f.ip = ip;
                                    f.lasti = here;
                                    OutOfLine.run(f, code, op, arg, here);
                                    sp = f.sp;
                                    ip = f.ip;
                                    break;
                            }
                            break;
                    }
                }
            } catch (PyException e) {
                f.sp = sp;
                f = unwind(f, here, e, true);
            } catch (Reraise e) {
                f.sp = sp;
                f = unwind(f, here, e.exception, false);
            } catch (StackOverflowError e) {
                f.sp = sp;
                f = unwind(f, here, PyErr.recursionError(), true);
            } catch (OutOfMemoryError e) {
                f.sp = sp;
                f = unwind(f, here, PyErr.memoryError(), true);
            } catch (RuntimeException e) {
                f.sp = sp;
                if (Boolean.getBoolean("tiercel.debug.internal")) {
                    e.printStackTrace();
                }
                f = unwind(f, here, PyErr.systemError("internal error: " + e), true);
            }
            Py.current = f;
            code = f.code.adaptive;
            stack = f.stack;
            sp = f.sp;
            ip = f.ip;
        }
    }

    /**
     * Finds the handler for {@code e} raised at instruction {@code at} of {@code f}, popping frames of this loop
     * until one handles it; returns that frame with {@code ip}/{@code sp} set to the handler. Rethrows when the
     * entry frame has no handler.
     */
    private static PyFrame unwind(PyFrame f, int at, PyException e, boolean addTb) {
        PyBaseException exc = e.value;
        if (addTb && exc.traceback == null && Py.handled != null && Py.handled != exc && exc.context == null) {
            exc.context = Py.handled;
        }
        while (true) {
            if (addTb && f.code != CallSpecializer.INIT_SHIM) {
                exc.traceback = new PyTraceback(f.code, at, exc.traceback, f);
            }
            ExceptionTable.Entry h = ExceptionTable.lookup(f.code.exceptiontable, at);
            if (h != null) {
                PyObject[] stack = f.stack;
                for (int i = h.depth(); i < f.sp; i++) {
                    stack[i] = null;
                }
                int sp = h.depth();
                if (h.lasti()) {
                    stack[sp++] = PyInt.of(at);
                }
                stack[sp++] = exc;
                f.sp = sp;
                f.ip = h.target();
                if (Observe.LLTRACE) {
                    Observe.resumed(f);
                }
                return f;
            }
            for (int i = 0; i < f.sp; i++) {
                f.stack[i] = null;
            }
            f.sp = 0;
            if (f.back == null) { // the entry frame: Eval.run cleared its link
                throw e;
            }
            Py.leave();
            if (f.gen != null) { // a generator frame FOR_ITER_GEN or SEND_GEN pushed: the exception ends it
                f.gen.finished = true;
                f.gen.running = false;
            }
            PyFrame back = f.back;
            f.back = null;
            f = back;
            at = f.lasti;
            addTb = true;
        }
    }
}
