package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.spi.PyStats;
import dev.tiercel.tier2.trace.TraceStats;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PySeqIterator;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRange;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.List;

/**
 * Trace projection: from a hot {@code JUMP_BACKWARD}, follows the path tier 1 takes, expanding each instruction into
 * uops through {@link Uop#expansion}. The specialization of each instruction is chosen from the types of the frame's
 * current values, propagated symbolically along the path (tier 1 does not specialize yet); every such assumption is a
 * guard in the expansion. Ends at loop closure ({@code _JUMP_TO_TOP}), an unsupported instruction or the length limit
 * ({@code _EXIT_TRACE}). A call of a known Python function with exactly its positional parameters is followed into the
 * callee ({@code _PUSH_FRAME} ... {@code _POP_FRAME}, CPython's inlined calls), at most {@link #MAX_CALL_DEPTH} deep
 * and never into a code already being projected (a recursive call).
 */
final class Projector {
    static final int MAX_LENGTH = 800;
    /**
     * A trace that ends at an unsupported instruction (back to tier 1 every iteration) must do at least this much
     * work first, else it is "too short": entering and leaving it would cost more than it saves (measured on
     * bench/: words, string_build, methods).
     */
    static final int MIN_WORK_BEFORE_UNSUPPORTED = 24;
    /** Frames of inlined calls a trace may be inside at once (CPython's {@code TRACE_STACK_SIZE}). */
    static final int MAX_CALL_DEPTH = 5;

    private final PyFrame frame;
    // the frame being projected (the loop's, or an inlined callee's): its code, predicted stack and locals, globals
    private PyCode code;
    private short[] units;
    private final List<TraceUop> out = new ArrayList<>();
    /** Predicted values: a PyObject (a value known now) or a Class (its predicted Java class), or null. */
    private List<Object> stack = new ArrayList<>();
    private Object[] locals;
    /** The frame's locals when projection started: a local stored from an unknown value keeps the type its
     * previous value had as a hint (the previous iteration's value, usually of the same type). */
    private Object[] seenLocals;
    private PyDict globals;
    /** The mapping LOAD_NAME reads (module and class bodies), or null. */
    private PyObject nameLocals;
    /** The callers of the frame being projected, innermost first (empty in the loop's own frame). */
    private final java.util.ArrayDeque<Caller> callers = new java.util.ArrayDeque<>();

    /** A caller's projection state while an inlined callee is projected, and where it continues. */
    private record Caller(PyCode code, List<Object> stack, Object[] locals, Object[] seenLocals, PyDict globals,
            PyObject nameLocals, int callAt, int returnTo, dev.tiercel.tier2.trace.InlinedCall call) {}
    /** Operands for the uops of the instruction being expanded (type versions, descriptors, builtins). */
    private final java.util.Map<Uop, Object> operands = new java.util.EnumMap<>(Uop.class);
    private final boolean log = Log.LLTRACE >= 2;
    /** Number of uops that do work (not trace bookkeeping). */
    int work;
    int loopTop;
    /** Why projection stopped, in plain words, and the code-unit index of the instruction it is about (for
     * {@code -X jit-report}; cheap: set once per projection). */
    String stopReason = "";
    int stopAt = -1;

    Projector(PyFrame frame) {
        this.frame = frame;
        this.code = frame.code;
        this.units = code.code;
        for (int i = 0; i < frame.sp; i++) {
            stack.add(frame.stack[i]);
        }
        locals = java.util.Arrays.copyOf(frame.localsplus, frame.localsplus.length, Object[].class);
        seenLocals = locals.clone();
        globals = frame.globals;
        nameLocals = frame.locals;
    }

    /** A stack slot known to hold NULL (an empty self slot before a call), where null means "unknown". */
    private static final Object NULL_SLOT = new Object();

    /** Whether a call's self slot is (or may be) empty. */
    private static boolean empty(Object self) {
        return self == null || self == NULL_SLOT;
    }

    private static Class<?> cls(Object o) {
        return o instanceof PyObject p ? p.getClass() : o instanceof Class<?> c ? c : null;
    }

    private void add(Uop u, int oparg, int target, int resume, Object operand) {
        TraceUop t = new TraceUop(u, oparg, target, resume, operand);
        out.add(t);
        if (log) {
            Log.line(String.format("%4d ADD_TO_TRACE: %s", out.size(), Log.uop(t, false)));
        }
        if (u != Uop._CHECK_VALIDITY_AND_SET_IP && u != Uop._TIER2_RESUME_CHECK && u != Uop._START_EXECUTOR
                && u != Uop._EXIT_TRACE && u != Uop._JUMP_TO_TOP) {
            work++;
        }
    }

    private Object pop() {
        return stack.isEmpty() ? null : stack.remove(stack.size() - 1);
    }

    private void push(Object o) {
        stack.add(o);
    }

    private Object peek(int n) {
        int i = stack.size() - n;
        return i >= 0 && n > 0 ? stack.get(i) : null;
    }

    /** Projects from the JUMP_BACKWARD at {@code start}; returns the uops, the last being an exit or a jump. */
    List<TraceUop> project(int start) {
        int idx = start;
        while (idx > 0 && (units[idx - 1] & 0xff) == EXTENDED_ARG) {
            idx--; // the original code keeps inline caches zeroed, so this is the instruction's own prefix
        }
        add(Uop._START_EXECUTOR, 0, start, idx, null);
        loopTop = start;
        boolean first = true;
        while (true) {
            boolean isFirst = first;
            first = false;
            int from = idx;
            int w = units[idx++] & 0xffff;
            int op = w & 0xff;
            int arg = w >> 8;
            while (op == EXTENDED_ARG) {
                w = units[idx++] & 0xffff;
                op = w & 0xff;
                arg = arg << 8 | w >> 8;
            }
            int at = idx - 1;
            int next = idx + Opcodes.cacheEntries(op);
            if (out.size() + 8 > MAX_LENGTH) {
                if (PyStats.ENABLED) {
                    TraceStats.tooLong();
                }
                stop("the trace is too long: it reached the limit of " + MAX_LENGTH + " uops", at);
                add(Uop._CHECK_VALIDITY_AND_SET_IP, 0, at, from, null);
                add(Uop._EXIT_TRACE, 0, at, from, null);
                return out;
            }
            operands.clear();
            String name = specialize(op, arg, at);
            if (log) {
                Log.line(at + ": " + name + "(" + arg + ")");
            }
            add(Uop._CHECK_VALIDITY_AND_SET_IP, 0, at, from, null);
            switch (op) {
                case JUMP_BACKWARD -> {
                    int dest = next - arg;
                    if (isFirst && callers.isEmpty()) {
                        add(Uop._TIER2_RESUME_CHECK, 0, at, from, null);
                        loopTop = dest;
                        idx = dest;
                        continue;
                    }
                    if (at == start && callers.isEmpty()) {
                        stop("the loop closes: the trace jumps back to its start", at);
                        add(Uop._JUMP_TO_TOP, 0, from, from, null); // target: where an interrupt is reported
                        return out;
                    }
                    if (log) {
                        Log.line("JUMP_BACKWARD not to top ends trace");
                    }
                    if (PyStats.ENABLED) {
                        TraceStats.innerLoop();
                    }
                    stop("the trace ends at an inner loop's back edge", at);
                    add(Uop._EXIT_TRACE, 0, at, from, null);
                    return out;
                }
                case JUMP_FORWARD, NOP, RESUME, RESUME_CHECK -> {
                    idx = op == JUMP_FORWARD ? next + arg : next;
                    continue;
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    pop();
                    Uop g = switch (op) {
                        case POP_JUMP_IF_FALSE -> Uop._GUARD_IS_TRUE_POP;
                        case POP_JUMP_IF_TRUE -> Uop._GUARD_IS_FALSE_POP;
                        case POP_JUMP_IF_NONE -> Uop._GUARD_IS_NOT_NONE_POP;
                        default -> Uop._GUARD_IS_NONE_POP;
                    };
                    add(g, 0, at, next + arg, null);
                    idx = next;
                    continue;
                }
                case CALL -> {
                    if (name.equals("CALL_PY_EXACT_ARGS") || name.equals("CALL_BOUND_METHOD_EXACT_ARGS")) {
                        idx = enterCall(name, arg, at, next);
                        continue;
                    }
                }
                case RETURN_VALUE, RETURN_CONST -> {
                    if (!callers.isEmpty()) {
                        idx = returnFromCall(op, arg, at, from);
                        continue;
                    }
                }
                default -> {
                }
            }
            List<Uop.Part> parts = supported(op, arg, name) ? Uop.expansion(name) : null;
            if (parts == null) {
                if (log) {
                    Log.line("Unsupported opcode " + Opcodes.name(op));
                }
                if (PyStats.ENABLED) {
                    TraceStats.unsupported(op);
                }
                String why = unsupportedReason(op, arg);
                if (work < MIN_WORK_BEFORE_UNSUPPORTED) {
                    stop("too short (" + work + " uops of work before it stops) because " + why, at);
                    work = 0; // leaving for tier 1 after so little costs more than it saves
                    return out;
                }
                stop(why + "; the trace returns to tier 1 there", at);
                add(Uop._EXIT_TRACE, 0, at, from, null);
                return out;
            }
            for (Uop.Part p : parts) {
                int oparg = p.oparg().applyAsInt(arg);
                add(p.uop(), oparg, at, from, operands.get(p.uop()));
            }
            predict(op, arg, name);
            idx = next;
        }
    }

    private void stop(String reason, int at) {
        if (callers.isEmpty()) {
            stopReason = reason;
            stopAt = at;
            return;
        }
        // reported at the loop's own call that led there
        stopReason = reason + " (inside the inlined call of `" + code.name + "()`)";
        stopAt = callers.getLast().callAt();
    }

    /**
     * Projects {@code CALL} at {@code at} as an inlined call (CPython's expansion, up to {@code _PUSH_FRAME}) and
     * continues in the callee's code; returns the index projection continues at (the callee's first instruction).
     */
    private int enterCall(String name, int arg, int at, int next) {
        dev.tiercel.tier2.trace.InlinedCall call = (dev.tiercel.tier2.trace.InlinedCall) operands.get(
                Uop._INIT_CALL_PY_EXACT_ARGS);
        PyFunction fn = calleeOf(peek(arg + 2));
        int from = at;
        while (from > 0 && (units[from - 1] & 0xff) == EXTENDED_ARG) {
            from--;
        }
        for (Uop.Part p : Uop.expansion(name)) {
            Uop u = p.uop();
            if (u == Uop._PUSH_FRAME && log) {
                Log.line("Function: version=0x" + Integer.toHexString(System.identityHashCode(fn.code))
                        + "; new_func=0xDEADBEEF, new_code=0xDEADBEEF");
            }
            add(u, u == Uop._SAVE_RETURN_OFFSET ? next - at : arg, at, from, operands.get(u));
        }
        // the callee's locals start as the call's arguments (self first for a method)
        Object[] args = new Object[arg + (call.withSelf ? 1 : 0)];
        for (int i = args.length - 1; i >= 0; i--) {
            args[i] = pop();
        }
        if (!call.withSelf) {
            pop(); // the empty self slot
        }
        pop(); // the callable
        callers.push(new Caller(code, stack, locals, seenLocals, globals, nameLocals, at, next, call));
        code = fn.code;
        units = code.code;
        stack = new ArrayList<>();
        locals = new Object[code.nlocalsplus()];
        System.arraycopy(args, 0, locals, 0, Math.min(args.length, locals.length));
        seenLocals = new Object[locals.length];
        globals = fn.globals;
        nameLocals = null;
        if (log) {
            Log.line("Continuing in " + Log.where(code) + " at byte offset 0");
        }
        return 0;
    }

    /** Projects the inlined callee's return ({@code _POP_FRAME}); returns the caller's index after the call. */
    private int returnFromCall(int op, int arg, int at, int from) {
        Caller c = callers.pop();
        for (Uop.Part p : Uop.expansion(Opcodes.name(op))) {
            add(p.uop(), p.oparg().applyAsInt(arg), at, from, p.uop() == Uop._POP_FRAME ? c.call() : null);
        }
        Object result = op == RETURN_CONST ? code.consts[arg] : pop();
        code = c.code();
        units = code.code;
        stack = c.stack();
        locals = c.locals();
        seenLocals = c.seenLocals();
        globals = c.globals();
        nameLocals = c.nameLocals();
        push(result);
        if (log) {
            Log.line("Returning to " + Log.where(code) + " at byte offset " + 2 * c.returnTo());
        }
        return c.returnTo();
    }

    /** The Python function a predicted callable calls (itself, or a bound method's function), or null. */
    private static PyFunction calleeOf(Object callable) {
        return callable instanceof PyFunction f ? f
                : callable instanceof PyMethod m && m.func instanceof PyFunction f ? f : null;
    }

    /**
     * Whether a call of {@code fn} with {@code nargs} positional arguments can be inlined: exactly its positional
     * parameters, no generator or coroutine (they return a new object at once), within the depth bound, and not a
     * code already being projected (CPython's "recursive call").
     */
    private boolean inlinable(PyFunction fn, int nargs, int at) {
        PyCode c = fn.code;
        int kinds = PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_GENERATOR | PyCode.CO_COROUTINE
                | PyCode.CO_ITERABLE_COROUTINE | PyCode.CO_ASYNC_GENERATOR;
        if ((c.flags & kinds) != 0 || (c.flags & PyCode.CO_OPTIMIZED) == 0 || c.kwonlyargcount != 0
                || c.argcount != nargs) {
            return false;
        }
        boolean recursive = c == code;
        for (Caller k : callers) {
            recursive |= k.code() == c;
        }
        if (recursive) {
            if (log) {
                Log.line("Bailing on recursive call to " + Log.where(c));
            }
            if (PyStats.ENABLED) {
                TraceStats.recursiveCall();
            }
            return false;
        }
        if (callers.size() >= MAX_CALL_DEPTH) {
            if (log) {
                Log.line("Trace stack overflow");
            }
            if (PyStats.ENABLED) {
                TraceStats.traceStackOverflow();
            }
            return false;
        }
        return true;
    }

    /**
     * Whether a call of {@code fn} only makes a generator: a plain generator function (a generator expression, a
     * function with {@code yield}); its body runs when the generator is iterated, outside this trace.
     */
    private static boolean makesGenerator(PyFunction fn) {
        int other = PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE | PyCode.CO_ASYNC_GENERATOR;
        return (fn.code.flags & PyCode.CO_GENERATOR) != 0 && (fn.code.flags & other) == 0;
    }

    /** Why tier 2 does not take {@code op} here, in plain words. */
    private String unsupportedReason(int op, int arg) {
        if (op == CALL) {
            Object callable = peek(arg + 2);
            if (callable instanceof PyMethod m && m.func instanceof PyFunction f) {
                callable = f;
            }
            if (callable instanceof PyFunction f) {
                return "`" + f.name + "()` is a call to a Python function that is not inlined (a recursive call, "
                        + MAX_CALL_DEPTH + " calls deep already, or not exactly its positional parameters)";
            }
            return "a call whose callee is not known when tracing is unsupported";
        }
        if (op == FOR_ITER) {
            Object it = peek(1);
            return "`for` over " + (it instanceof PyObject o ? "a `" + o.type().name() + "`" : "an iterator of unknown type")
                    + " is unsupported (tier 2 iterates `range` only)";
        }
        if (op == LOAD_FAST_AND_CLEAR || op == STORE_FAST_MAYBE_NULL) {
            return "`" + Opcodes.name(op) + "` (an inlined comprehension) is unsupported";
        }
        return "`" + Opcodes.name(op) + "` is unsupported by tier 2";
    }

    /** Whether tier 2 takes this instruction here (beyond having an expansion). */
    private boolean supported(int op, int arg, String name) {
        if (op == CALL && !name.equals("CALL_PY_GENERATOR")) {
            Object callable = peek(arg + 2);
            Object self = peek(arg + 1);
            if (callable instanceof PyFunction || callable instanceof PyMethod m && m.func instanceof PyFunction
                    || callable == null && empty(self)) {
                return false;
            }
        }
        if (op == LOAD_FAST_AND_CLEAR || op == STORE_FAST_MAYBE_NULL) {
            return false;
        }
        return op != RETURN_VALUE && op != RETURN_CONST; // a return leaves the loop's own frame: tier 1's to do
    }

    /** The (specialized) instruction name projection uses for {@code op}, from the predicted operand types. */
    private String specialize(int op, int arg, int at) {
        String hint = Opcodes.name(code.adaptive[at] & 0xff); // tier 1's specialized form, where types are unknown
        switch (op) {
            case BINARY_OP -> {
                Class<?> a = cls(peek(2)), b = cls(peek(1));
                int nb = arg >= Ops.NB_INPLACE_ADD ? arg - Ops.NB_INPLACE_ADD : arg;
                String what = nb == Ops.NB_ADD ? "ADD" : nb == Ops.NB_SUBTRACT ? "SUBTRACT"
                        : nb == Ops.NB_MULTIPLY ? "MULTIPLY" : null;
                if (what == null) {
                    return "BINARY_OP";
                }
                Class<?> both = a == b ? a : a == null ? b : b == null ? a : Object.class;
                if (both == null && hint.startsWith("BINARY_OP_" + what + "_")) {
                    both = hint.endsWith("_INT") ? PyInt.class : hint.endsWith("_FLOAT") ? PyFloat.class
                            : PyStr.class;
                }
                if (both == PyStr.class && nb == Ops.NB_ADD) {
                    return "BINARY_OP_ADD_UNICODE";
                }
                String kind = both == PyInt.class ? "INT" : both == PyFloat.class ? "FLOAT" : null;
                return kind != null ? "BINARY_OP_" + what + "_" + kind : "BINARY_OP";
            }
            case COMPARE_OP -> {
                Class<?> a = cls(peek(2)), b = cls(peek(1));
                Class<?> both = a == b ? a : a == null ? b : b == null ? a : Object.class;
                if (both == null && hint.startsWith("COMPARE_OP_")) {
                    both = hint.endsWith("_INT") ? PyInt.class : hint.endsWith("_FLOAT") ? PyFloat.class
                            : PyStr.class;
                }
                int cmp = arg >> 5;
                return both == PyInt.class ? "COMPARE_OP_INT" : both == PyFloat.class ? "COMPARE_OP_FLOAT"
                        : both == PyStr.class && (cmp == Ops.EQ || cmp == Ops.NE) ? "COMPARE_OP_STR" : "COMPARE_OP";
            }
            case TO_BOOL -> {
                Class<?> a = cls(peek(1));
                if (a == null) {
                    return hint.startsWith("TO_BOOL_") && Uop.expansion(hint) != null ? hint : "TO_BOOL";
                }
                return a == PyBool.class ? "TO_BOOL_BOOL" : a == PyInt.class ? "TO_BOOL_INT"
                        : a == PyNone.class ? "TO_BOOL_NONE" : a == PyStr.class ? "TO_BOOL_STR"
                        : a == PyList.class ? "TO_BOOL_LIST" : "TO_BOOL";
            }
            case FOR_ITER -> {
                Object it = peek(1);
                Class<?> c = cls(it);
                if (c == PyRangeIterator.class) {
                    return "FOR_ITER_RANGE";
                }
                if (it instanceof PySeqIterator si) {
                    return si.type().name().equals("tuple_iterator") ? "FOR_ITER_TUPLE" : "FOR_ITER_LIST";
                }
                return c == null && (hint.equals("FOR_ITER_RANGE") || hint.equals("FOR_ITER_LIST")
                        || hint.equals("FOR_ITER_TUPLE")) ? hint : "FOR_ITER";
            }
            case BINARY_SUBSCR -> {
                String k = subscrKind(peek(2), peek(1));
                if (k == null && peek(2) == null && hint.startsWith("BINARY_SUBSCR_") && Uop.expansion(hint) != null) {
                    return hint;
                }
                return k == null ? "BINARY_SUBSCR" : "BINARY_SUBSCR_" + k;
            }
            case STORE_SUBSCR -> {
                String k = subscrKind(peek(2), peek(1));
                return k == null || k.equals("TUPLE_INT") ? "STORE_SUBSCR" : "STORE_SUBSCR_" + k;
            }
            case CONTAINS_OP -> {
                Object c = peek(1);
                if (c == null) {
                    return hint.startsWith("CONTAINS_OP_") ? hint : "CONTAINS_OP";
                }
                return isExact(c, PyDict.class, PyTypes.DICT) ? "CONTAINS_OP_DICT"
                        : cls(c) == PySet.class || c instanceof PySet ? "CONTAINS_OP_SET" : "CONTAINS_OP";
            }
            case UNPACK_SEQUENCE -> {
                Object q = peek(1);
                if (q == null) {
                    return hint.startsWith("UNPACK_SEQUENCE_") ? hint : "UNPACK_SEQUENCE";
                }
                if (isExact(q, PyTuple.class, PyTypes.TUPLE)) {
                    return arg == 2 ? "UNPACK_SEQUENCE_TWO_TUPLE" : "UNPACK_SEQUENCE_TUPLE";
                }
                return isExact(q, PyList.class, PyTypes.LIST) ? "UNPACK_SEQUENCE_LIST" : "UNPACK_SEQUENCE";
            }
            case LOAD_ATTR -> {
                return AttrPlans.load(peek(1), code.names[arg >> 1], (arg & 1) != 0, operands);
            }
            case STORE_ATTR -> {
                return AttrPlans.store(peek(1), code.names[arg], operands);
            }
            case CALL -> {
                Object callable = peek(arg + 2), self = peek(arg + 1);
                if (callable instanceof PyObject c && empty(self) && c == frame.builtins.getStr("len") && arg == 1) {
                    operands.put(Uop._CALL_LEN, c);
                    return "CALL_LEN";
                }
                if (callable instanceof PyObject c && empty(self) && arg == 2
                        && c == frame.builtins.getStr("isinstance")) {
                    operands.put(Uop._CALL_ISINSTANCE, c);
                    return "CALL_ISINSTANCE";
                }
                if (callable instanceof PyObject c && arg == 1 && c == PyTypes.LIST.lookup("append")
                        && isExact(self, PyList.class, PyTypes.LIST)) {
                    operands.put(Uop._CALL_LIST_APPEND, c);
                    return "CALL_LIST_APPEND";
                }
                if (callable instanceof PyFunction g && empty(self) && makesGenerator(g)) {
                    operands.put(Uop._CALL_PY_GENERATOR, g.code);
                    return "CALL_PY_GENERATOR";
                }
                PyFunction fn = calleeOf(callable);
                boolean bound = !(callable instanceof PyFunction);
                // an unknown self slot: whether it holds the first argument follows from the parameter count;
                // _CHECK_FUNCTION_EXACT_ARGS checks the count on every call
                boolean withSelf = bound || self != null && self != NULL_SLOT
                        || self == null && fn != null && fn.code.argcount == arg + 1;
                if (fn != null && (!bound || empty(self)) && inlinable(fn, arg + (withSelf ? 1 : 0), at)) {
                    operands.put(Uop._CHECK_FUNCTION_EXACT_ARGS, fn.code);
                    dev.tiercel.tier2.trace.InlinedCall call = new dev.tiercel.tier2.trace.InlinedCall(fn.code,
                            withSelf, fn.globals);
                    operands.put(Uop._INIT_CALL_PY_EXACT_ARGS, call);
                    operands.put(Uop._PUSH_FRAME, call);
                    return bound ? "CALL_BOUND_METHOD_EXACT_ARGS" : "CALL_PY_EXACT_ARGS";
                }
                return "CALL";
            }
            default -> {
                return Opcodes.name(op);
            }
        }
    }

    /** Whether the predicted value is (or is predicted as) an instance of exactly {@code type}. */
    private static boolean isExact(Object o, Class<?> c, dev.tiercel.runtime.object.PyType type) {
        return o instanceof PyObject p ? p.getClass() == c && p.type() == type : o == c;
    }

    /** LIST_INT, TUPLE_INT or DICT for a subscript of these predicted values, or null. */
    private static String subscrKind(Object container, Object sub) {
        boolean intSub = cls(sub) == PyInt.class;
        if (isExact(container, PyList.class, PyTypes.LIST) && intSub) {
            return "LIST_INT";
        }
        if (isExact(container, PyTuple.class, PyTypes.TUPLE) && intSub) {
            return "TUPLE_INT";
        }
        return isExact(container, PyDict.class, PyTypes.DICT) ? "DICT" : null;
    }

    /** A value the item {@code container[sub]} may have (only reads that run no Python code), or null. */
    private static Object sampleItem(Object container, Object sub) {
        PyObject[] items = container instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size)
                : container instanceof PyTuple t ? t.items : null;
        if (items != null) {
            if (items.length == 0) {
                return null;
            }
            if (sub instanceof PyInt k && k.getClass() == PyInt.class && k.big == null) {
                long i = k.value < 0 ? k.value + items.length : k.value;
                return i >= 0 && i < items.length ? items[(int) i] : items[0];
            }
            return items[0];
        }
        if (container instanceof PyDict d && (sub instanceof PyStr || sub instanceof PyInt i && i.getClass() == PyInt.class)) {
            return d.get((PyObject) sub);
        }
        return null;
    }

    private Object lookupName(String name, boolean fast) {
        PyObject v = null;
        if (!fast && nameLocals instanceof PyDict d) {
            v = d.getStr(name);
        }
        if (v == null && !fast && nameLocals != null && !(nameLocals instanceof PyDict)) {
            return null;
        }
        if (v == null) {
            v = globals.getStr(name);
        }
        if (v == null) {
            v = frame.builtins.getStr(name);
        }
        return v;
    }

    /**
     * What a local stored from {@code v} is predicted to hold. An unknown value (a call's result) is predicted from
     * the local's value when projection started: its Java class, or, for an instance of a Python class, that
     * instance itself as a sample of its type, so that attribute accesses on it specialize (their type-version
     * guards check every later value; {@code p = p.moved(...)} in bench/methods.py).
     */
    private Object stored(int local, Object v) {
        if (v != null || !(seenLocals[local] instanceof PyObject p) || p instanceof dev.tiercel.runtime.object.PyCell) {
            return v;
        }
        return p.getClass() == dev.tiercel.runtime.object.PyInstance.class ? p : p.getClass();
    }

    /** Updates the predicted stack and locals for an instruction that was translated as {@code name}. */
    private void predict(int op, int arg, String name) {
        switch (op) {
            case LOAD_FAST, LOAD_FAST_CHECK -> push(locals[arg]);
            case LOAD_FAST_LOAD_FAST -> {
                push(locals[arg >> 4]);
                push(locals[arg & 15]);
            }
            case STORE_FAST -> locals[arg] = stored(arg, pop());
            case STORE_FAST_LOAD_FAST -> {
                locals[arg >> 4] = stored(arg >> 4, pop());
                push(locals[arg & 15]);
            }
            case STORE_FAST_STORE_FAST -> {
                locals[arg >> 4] = stored(arg >> 4, pop());
                locals[arg & 15] = stored(arg & 15, pop());
            }
            case COPY -> push(peek(arg));
            case SWAP -> {
                int top = stack.size() - 1, other = stack.size() - arg;
                if (other >= 0 && top >= 0) {
                    Object t = stack.get(top);
                    stack.set(top, stack.get(other));
                    stack.set(other, t);
                }
            }
            case LOAD_CONST -> push(code.consts[arg]);
            case LOAD_NAME -> push(lookupName(code.names[arg], false));
            case LOAD_GLOBAL -> {
                push(lookupName(code.names[arg >> 1], true));
                if ((arg & 1) != 0) {
                    push(NULL_SLOT);
                }
            }
            case PUSH_NULL -> push(NULL_SLOT);
            case LOAD_DEREF -> push(locals[arg] instanceof dev.tiercel.runtime.object.PyCell c ? c.value : null);
            case BINARY_OP -> {
                Class<?> b = cls(pop()), a = cls(pop());
                int nb = arg >= Ops.NB_INPLACE_ADD ? arg - Ops.NB_INPLACE_ADD : arg;
                if (name.endsWith("_INT")) {
                    push(PyInt.class);
                } else if (name.endsWith("_FLOAT")) {
                    push(PyFloat.class);
                } else if (name.endsWith("_UNICODE")) {
                    push(PyStr.class);
                } else if (a == PyInt.class && b == PyInt.class) {
                    push(nb == Ops.NB_TRUE_DIVIDE ? PyFloat.class : nb == Ops.NB_POWER ? null : PyInt.class);
                } else if ((a == PyFloat.class || a == PyInt.class) && (b == PyFloat.class || b == PyInt.class)) {
                    push(PyFloat.class);
                } else if (a == PyStr.class && nb == Ops.NB_REMAINDER) {
                    push(PyStr.class);
                } else {
                    push(null);
                }
            }
            case BINARY_SUBSCR -> {
                Object sub = pop(), container = pop();
                Object item = sampleItem(container, sub);
                Class<?> c = cls(container);
                boolean slice = cls(sub) == dev.tiercel.runtime.object.PySlice.class;
                push(item != null ? item : c == PyStr.class && (cls(sub) == PyInt.class || slice) ? PyStr.class
                        : slice && (c == PyList.class || c == PyTuple.class) ? c : null);
            }
            case COMPARE_OP, IS_OP, CONTAINS_OP, TO_BOOL, UNARY_NOT -> {
                pop();
                if (op != TO_BOOL && op != UNARY_NOT) {
                    pop();
                }
                push(PyBool.class);
            }
            case FORMAT_SIMPLE, CONVERT_VALUE -> {
                pop();
                push(PyStr.class);
            }
            case FORMAT_WITH_SPEC -> {
                pop();
                pop();
                push(PyStr.class);
            }
            case BUILD_SLICE -> {
                for (int i = 0; i < arg; i++) {
                    pop();
                }
                push(dev.tiercel.runtime.object.PySlice.class);
            }
            case BUILD_LIST -> {
                for (int i = 0; i < arg; i++) {
                    pop();
                }
                push(PyList.class);
            }
            case BUILD_STRING -> {
                for (int i = 0; i < arg; i++) {
                    pop();
                }
                push(PyStr.class);
            }
            case FOR_ITER -> push(cls(peek(1)) == PyRangeIterator.class || name.equals("FOR_ITER_RANGE")
                    ? PyInt.class : null);
            case GET_ITER -> {
                Object it = pop();
                push(cls(it) == PyRange.class ? PyRangeIterator.class
                        : it instanceof PyList || it instanceof PyTuple || it == PyList.class || it == PyTuple.class
                        ? PySeqIterator.class : null);
            }
            case UNPACK_SEQUENCE -> {
                Object q = pop();
                PyObject[] items = q instanceof PyTuple t ? t.items
                        : q instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size) : null;
                for (int i = arg - 1; i >= 0; i--) {
                    push(items != null && items.length == arg ? items[i] : null);
                }
            }
            case LOAD_ATTR -> {
                Object owner = pop();
                Object[] r = AttrPlans.sample(owner, code.names[arg >> 1], name);
                push(r[0]);
                if ((arg & 1) != 0) {
                    push(r[1]);
                }
            }
            case CALL -> {
                Object callable = peek(arg + 2);
                Object first = arg == 1 ? peek(1) : null; // a call's only argument
                for (int i = 0; i < arg + 2; i++) {
                    pop();
                }
                push(callResult(callable, name, arg == 1 ? first : null));
            }
            default -> {
                for (Uop.Part p : Uop.expansion(name)) {
                    int oparg = p.oparg().applyAsInt(arg);
                    for (int i = p.uop().pops(oparg); i > 0; i--) {
                        pop();
                    }
                    for (int i = p.uop().pushes(oparg); i > 0; i--) {
                        push(null);
                    }
                }
            }
        }
    }

    /** The predicted result of a call of {@code callable} (builtins whose result type is fixed). */
    private Object callResult(Object callable, String name, Object onlyArg) {
        if (name.equals("CALL_LEN")) {
            return PyInt.class;
        }
        if (name.equals("CALL_ISINSTANCE")) {
            return PyBool.class;
        }
        if (name.equals("CALL_LIST_APPEND")) {
            return PyNone.INSTANCE;
        }
        if (callable == PyTypes.RANGE) {
            return PyRange.class;
        }
        if (callable == PyTypes.FLOAT) {
            return PyFloat.class;
        }
        if (callable == PyTypes.INT) {
            return PyInt.class;
        }
        if (callable == PyTypes.STR) {
            return PyStr.class;
        }
        if (callable == PyTypes.LIST) {
            return PyList.class;
        }
        if (callable == PyTypes.TUPLE) {
            return PyTuple.class;
        }
        if (callable == PyTypes.DICT) {
            return PyDict.class;
        }
        if (callable instanceof PyObject c && c == frame.builtins.getStr("abs")) {
            Class<?> a = cls(onlyArg);
            return a == PyInt.class || a == PyFloat.class ? a : null;
        }
        return null;
    }
}
