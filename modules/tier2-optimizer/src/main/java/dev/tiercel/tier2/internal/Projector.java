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
 * ({@code _EXIT_TRACE}).
 */
final class Projector {
    static final int MAX_LENGTH = 800;
    /**
     * A trace that ends at an unsupported instruction (back to tier 1 every iteration) must do at least this much
     * work first, else it is "too short": entering and leaving it would cost more than it saves (measured on
     * bench/: words, string_build, methods).
     */
    static final int MIN_WORK_BEFORE_UNSUPPORTED = 12;

    private final PyFrame frame;
    private final PyCode code;
    private final short[] units;
    private final List<TraceUop> out = new ArrayList<>();
    /** Predicted values: a PyObject (a value known now) or a Class (its predicted Java class), or null. */
    private final List<Object> stack = new ArrayList<>();
    private final Object[] locals;
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
        return i >= 0 ? stack.get(i) : null;
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
            String name = specialize(op, arg);
            if (log) {
                Log.line(at + ": " + name + "(" + arg + ")");
            }
            add(Uop._CHECK_VALIDITY_AND_SET_IP, 0, at, from, null);
            switch (op) {
                case JUMP_BACKWARD -> {
                    int dest = next - arg;
                    if (isFirst) {
                        add(Uop._TIER2_RESUME_CHECK, 0, at, from, null);
                        loopTop = dest;
                        idx = dest;
                        continue;
                    }
                    if (at == start) {
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
                add(p.uop(), oparg, at, from, p.uop() == Uop._CALL_NON_PY ? null : null);
            }
            predict(op, arg);
            idx = next;
        }
    }

    private void stop(String reason, int at) {
        stopReason = reason;
        stopAt = at;
    }

    /** Why tier 2 does not take {@code op} here, in plain words. */
    private String unsupportedReason(int op, int arg) {
        if (op == CALL) {
            Object callable = peek(arg + 2);
            if (callable instanceof PyMethod m && m.func instanceof PyFunction f) {
                callable = f;
            }
            if (callable instanceof PyFunction f) {
                return "`" + f.name + "()` is a call to a Python function, which tier 2 does not trace into yet";
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
        if (op == CALL) {
            Object callable = peek(arg + 2);
            Object self = peek(arg + 1);
            if (callable instanceof PyFunction || callable instanceof PyMethod m && m.func instanceof PyFunction
                    || callable == null && self == null) {
                return false;
            }
        }
        if (op == LOAD_FAST_AND_CLEAR || op == STORE_FAST_MAYBE_NULL) {
            return false;
        }
        return true;
    }

    /** The (specialized) instruction name projection uses for {@code op}, from the predicted operand types. */
    private String specialize(int op, int arg) {
        switch (op) {
            case BINARY_OP -> {
                Class<?> a = cls(peek(2)), b = cls(peek(1));
                int nb = arg >= Ops.NB_INPLACE_ADD ? arg - Ops.NB_INPLACE_ADD : arg;
                String kind = a == PyInt.class && b == PyInt.class ? "INT"
                        : a == PyFloat.class && b == PyFloat.class ? "FLOAT" : null;
                String what = nb == Ops.NB_ADD ? "ADD" : nb == Ops.NB_SUBTRACT ? "SUBTRACT"
                        : nb == Ops.NB_MULTIPLY ? "MULTIPLY" : null;
                return kind != null && what != null ? "BINARY_OP_" + what + "_" + kind : "BINARY_OP";
            }
            case COMPARE_OP -> {
                Class<?> a = cls(peek(2)), b = cls(peek(1));
                return a == PyInt.class && b == PyInt.class ? "COMPARE_OP_INT"
                        : a == PyFloat.class && b == PyFloat.class ? "COMPARE_OP_FLOAT" : "COMPARE_OP";
            }
            case TO_BOOL -> {
                Class<?> a = cls(peek(1));
                return a == PyBool.class ? "TO_BOOL_BOOL" : a == PyInt.class ? "TO_BOOL_INT"
                        : a == PyNone.class ? "TO_BOOL_NONE" : "TO_BOOL";
            }
            case FOR_ITER -> {
                return cls(peek(1)) == PyRangeIterator.class ? "FOR_ITER_RANGE" : "FOR_ITER";
            }
            default -> {
                return Opcodes.name(op);
            }
        }
    }

    private Object lookupName(String name, boolean fast) {
        PyObject v = null;
        if (!fast && frame.locals instanceof PyDict d) {
            v = d.getStr(name);
        }
        if (v == null && !fast && frame.locals != null && !(frame.locals instanceof PyDict)) {
            return null;
        }
        if (v == null) {
            v = frame.globals.getStr(name);
        }
        if (v == null) {
            v = frame.builtins.getStr(name);
        }
        return v;
    }

    /** Updates the predicted stack and locals for an instruction that was translated. */
    private void predict(int op, int arg) {
        switch (op) {
            case LOAD_FAST, LOAD_FAST_CHECK -> push(locals[arg]);
            case LOAD_FAST_LOAD_FAST -> {
                push(locals[arg >> 4]);
                push(locals[arg & 15]);
            }
            case STORE_FAST -> locals[arg] = pop();
            case STORE_FAST_LOAD_FAST -> {
                locals[arg >> 4] = pop();
                push(locals[arg & 15]);
            }
            case STORE_FAST_STORE_FAST -> {
                locals[arg >> 4] = pop();
                locals[arg & 15] = pop();
            }
            case LOAD_CONST -> push(code.consts[arg]);
            case LOAD_NAME -> push(lookupName(code.names[arg], false));
            case LOAD_GLOBAL -> {
                push(lookupName(code.names[arg >> 1], true));
                if ((arg & 1) != 0) {
                    push(null);
                }
            }
            case BINARY_OP -> {
                Class<?> b = cls(pop()), a = cls(pop());
                int nb = arg >= Ops.NB_INPLACE_ADD ? arg - Ops.NB_INPLACE_ADD : arg;
                if (a == PyInt.class && b == PyInt.class) {
                    push(nb == Ops.NB_TRUE_DIVIDE ? PyFloat.class : nb == Ops.NB_POWER ? null : PyInt.class);
                } else if ((a == PyFloat.class || a == PyInt.class) && (b == PyFloat.class || b == PyInt.class)) {
                    push(PyFloat.class);
                } else {
                    push(null);
                }
            }
            case COMPARE_OP, IS_OP, CONTAINS_OP, TO_BOOL, UNARY_NOT -> {
                pop();
                if (op != TO_BOOL && op != UNARY_NOT) {
                    pop();
                }
                push(PyBool.class);
            }
            case FOR_ITER -> push(cls(peek(1)) == PyRangeIterator.class ? PyInt.class : null);
            case GET_ITER -> {
                Object it = pop();
                push(cls(it) == PyRange.class ? PyRangeIterator.class : null);
            }
            case CALL -> {
                Object callable = peek(arg + 2);
                for (int i = 0; i < arg + 2; i++) {
                    pop();
                }
                push(callable == PyTypes.RANGE ? PyRange.class
                        : callable == PyTypes.FLOAT ? PyFloat.class : null);
            }
            default -> {
                for (Uop.Part p : Uop.expansion(Opcodes.name(op))) {
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
}
