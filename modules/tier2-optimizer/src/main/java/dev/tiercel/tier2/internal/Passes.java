package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.tier2.trace.InlinedCall;
import dev.tiercel.tier2.trace.Rebinds;
import dev.tiercel.tier2.trace.Specialized.TypeVersion;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The optimizer passes over a projected trace. Each can be switched off with {@code -X tier2-disable=NAME,...} or the
 * system property {@code tiercel.tier2.disable} (names: {@code globals}, {@code types}, {@code fold}, {@code ip}).
 */
final class Passes {
    private Passes() {}

    /**
     * Symbolic value: known Java class and, when constant, the value; the type version and attribute dict proven by
     * guards since the last escaping uop ({@code gen}). One object per value: the stack and the locals share it, so a
     * guard on a loaded local also proves the local.
     */
    private record Sym(Class<?> cls, PyObject value, TypeVersion version, boolean values, int gen) {
        static final Sym UNKNOWN = new Sym(null, null);

        Sym(Class<?> cls, PyObject value) {
            this(cls, value, null, false, -1);
        }

        static Sym of(PyObject v) {
            return v == null ? UNKNOWN : new Sym(v.getClass(), v);
        }
    }

    /**
     * Replaces the stack item at {@code index} by {@code now}, and every other occurrence (by identity) of the same
     * value in the stack and locals; the shared {@link Sym#UNKNOWN} stands for no one value.
     */
    private static void refine(List<Sym> stack, Sym[] locals, int index, Sym now) {
        Sym old = stack.get(index);
        stack.set(index, now);
        if (old == Sym.UNKNOWN) {
            return;
        }
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i) == old) {
                stack.set(i, now);
            }
        }
        for (int i = 0; i < locals.length; i++) {
            if (locals[i] == old) {
                locals[i] = now;
            }
        }
    }

    /** The optimized trace; {@code watches} receives the dict keys its executor must watch. */
    static List<TraceUop> run(List<TraceUop> trace, PyFrame frame, Set<String> disabled, List<Watch> watches) {
        List<TraceUop> t = trace;
        if (!disabled.contains("globals")) {
            t = globalsToConstants(t, frame, watches);
        }
        if (!disabled.contains("types")) {
            t = types(t, frame, !disabled.contains("fold"));
        }
        if (!disabled.contains("ip")) {
            t = removeSetIpAndValidity(t); // after types, as CPython: it knows which generic uops cannot escape
        }
        return t;
    }

    /**
     * A dict key whose binding a folded constant relies on: {@code value} is what it was bound to, null for a key that
     * must stay absent (a global that would shadow a folded builtin). The executor watches it ({@link
     * PyDict#watchKey}) and is invalidated when it changes.
     */
    record Watch(PyDict dict, String key, PyObject value) {}

    /**
     * LOAD_GLOBAL → a constant, for every name the trace does not itself store (nor one that kept invalidating this
     * code's executors, see {@link Rebinds}): the executor watches the name's key in
     * the globals (and for a builtin, the builtins' key and the absent globals key that would shadow it), so a rebinding
     * anywhere invalidates it, and the {@code _CHECK_VALIDITY} the {@code ip} pass keeps after every escaping uop stops
     * the trace right after a call that rebound one. One {@code _CHECK_GLOBALS}, before the first folded load, checks that
     * the frame runs with the globals dict that is watched (one code object can run with several globals dicts: a
     * module's code {@code exec}uted in two namespaces); the builtins dict is the same for every frame.
     */
    static List<TraceUop> globalsToConstants(List<TraceUop> in, PyFrame frame, List<Watch> watches) {
        Set<String> stored = storedNames(in, frame);
        List<TraceUop> out = new ArrayList<>();
        // The frames the trace is in: the loop's (null) and inlined calls. A callee's LOAD_GLOBAL names its own
        // code's names; it is folded when the callee was projected with the loop's globals, behind a
        // _CHECK_GLOBALS of its own (another function with the same code may run with other globals).
        java.util.ArrayDeque<InlinedCall> calls = new java.util.ArrayDeque<>();
        boolean checked = false; // whether the innermost frame's globals have been checked since it was entered
        java.util.ArrayDeque<Boolean> checkedOuter = new java.util.ArrayDeque<>();
        for (TraceUop u : in) {
            if (u.uop == Uop._PUSH_FRAME) {
                calls.push((InlinedCall) u.operand);
                checkedOuter.push(checked);
                checked = false;
            } else if (u.uop == Uop._POP_FRAME && !calls.isEmpty()) {
                calls.pop();
                checked = checkedOuter.pop();
            }
            String name = u.uop != Uop._LOAD_GLOBAL ? null
                    : calls.isEmpty() ? frame.code.names[u.oparg >> 1]
                    : calls.peek().globals == frame.globals ? calls.peek().code.names[u.oparg >> 1] : null;
            PyObject v = name == null || stored.contains(name) || Rebinds.unstable(frame.code, name) ? null
                    : foldGlobal(frame, name, watches);
            if (v == null) {
                out.add(u);
                continue;
            }
            if (!checked) { // before the frame's first folded load, so that a deopt redoes that LOAD_GLOBAL in tier 1
                out.add(new TraceUop(Uop._CHECK_GLOBALS, 0, u.target, u.resume, frame.globals));
                checked = true;
            }
            out.add(new TraceUop(Uop._LOAD_CONST_INLINE_BORROW, 0, u.target, u.resume, v));
            if ((u.oparg & 1) != 0) {
                out.add(new TraceUop(Uop._PUSH_NULL, 0, u.target, u.resume, null));
            }
        }
        return out;
    }

    /** The value of global {@code name} (or the builtin it falls back to) with its watches, or null when unbound. */
    private static PyObject foldGlobal(PyFrame frame, String name, List<Watch> watches) {
        PyObject v = frame.globals.getStr(name);
        if (v != null) {
            addWatch(watches, new Watch(frame.globals, name, v));
            return v;
        }
        v = frame.builtins.getStr(name);
        if (v != null) {
            addWatch(watches, new Watch(frame.globals, name, null));
            addWatch(watches, new Watch(frame.builtins, name, v));
        }
        return v;
    }

    private static void addWatch(List<Watch> watches, Watch w) {
        for (Watch o : watches) {
            if (o.dict == w.dict && o.key.equals(w.key)) {
                return;
            }
        }
        watches.add(w);
    }

    /**
     * Names the trace binds itself: folding them would make every iteration invalidate its own executor. (At module
     * level {@code STORE_NAME} writes the globals.)
     */
    private static Set<String> storedNames(List<TraceUop> in, PyFrame frame) {
        Set<String> names = new java.util.HashSet<>();
        java.util.ArrayDeque<PyCode> codes = new java.util.ArrayDeque<>();
        codes.push(frame.code);
        for (TraceUop u : in) {
            if (u.uop == Uop._PUSH_FRAME) {
                codes.push(((InlinedCall) u.operand).code);
            } else if (u.uop == Uop._POP_FRAME && codes.size() > 1) {
                codes.pop();
            } else if (u.uop == Uop._STORE_GLOBAL || u.uop == Uop._STORE_NAME) {
                names.add(codes.peek().names[u.oparg]); // an inlined callee's store counts too
            }
        }
        return names;
    }

    /**
     * Abstract interpretation over known types and constants: removes type guards already proven, narrows
     * {@code _GUARD_BOTH_*} to the operand still unknown, and (with {@code fold}) folds int arithmetic on constants.
     */
    static List<TraceUop> types(List<TraceUop> in, PyFrame frame, boolean fold) {
        List<Sym> stack = new ArrayList<>();
        for (int i = 0; i < frame.sp; i++) {
            stack.add(Sym.UNKNOWN);
        }
        Sym[] locals = new Sym[frame.localsplus.length];
        Arrays.fill(locals, Sym.UNKNOWN);
        List<TraceUop> out = new ArrayList<>();
        int n = 0;
        int gen = 0;
        InlinedFrames frames = new InlinedFrames(frame.code);
        for (TraceUop u : in) {
            u.stackLevel = stack.size();
            if (Log.OPT_DEBUG >= 3) {
                Log.line(String.format("%4d abs: %s  stack_level %d", n, Log.uop(u, false), stack.size()));
            }
            n++;
            if (frames.handles(u, stack, locals)) {
                stack = frames.stack;
                locals = frames.locals;
                if (u.uop != Uop._CHECK_PEP_523) { // no PEP 523 frame-evaluation hook exists here
                    out.add(u);
                }
                continue;
            }
            int sz = stack.size();
            Sym tos = sz > 0 ? stack.get(sz - 1) : Sym.UNKNOWN, nos = sz > 1 ? stack.get(sz - 2) : Sym.UNKNOWN;
            TraceUop keep = u;
            switch (u.uop) {
                case _LOAD_FAST -> {
                    if (locals[u.oparg] == Sym.UNKNOWN) {
                        locals[u.oparg] = new Sym(null, null); // its own identity, so guards on it are shared
                    }
                    stack.add(locals[u.oparg]);
                    out.add(u);
                    continue;
                }
                case _STORE_FAST -> {
                    locals[u.oparg] = stack.remove(sz - 1);
                    out.add(u);
                    continue;
                }
                case _LOAD_CONST -> {
                    PyObject c = frames.code.consts[u.oparg];
                    stack.add(Sym.of(c));
                    TraceUop inline = new TraceUop(Uop._LOAD_CONST_INLINE_BORROW, u.oparg, u.target, u.resume, c);
                    out.add(inline);
                    continue;
                }
                case _TIER2_RESUME_CHECK -> {
                    continue; // no eval breaker to check yet: nothing to do at the loop top
                }
                case _LOAD_CONST_INLINE, _LOAD_CONST_INLINE_BORROW -> {
                    stack.add(Sym.of((PyObject) u.operand));
                    out.add(u);
                    continue;
                }
                case _GUARD_BOTH_INT, _GUARD_BOTH_FLOAT -> {
                    Class<?> c = u.uop == Uop._GUARD_BOTH_INT ? PyInt.class : PyFloat.class;
                    boolean t = tos.cls == c, s = nos.cls == c;
                    if (t && s) {
                        continue;
                    }
                    if (t || s) {
                        keep = u.with(t ? (c == PyInt.class ? Uop._GUARD_NOS_INT : Uop._GUARD_NOS_FLOAT)
                                : (c == PyInt.class ? Uop._GUARD_TOS_INT : Uop._GUARD_TOS_FLOAT));
                    }
                    if (!t) {
                        refine(stack, locals, sz - 1, new Sym(c, null));
                    }
                    if (!s) {
                        refine(stack, locals, sz - 2, new Sym(c, null));
                    }
                    out.add(keep);
                    continue;
                }
                case _GUARD_TOS_INT, _GUARD_TOS_FLOAT, _GUARD_NOS_INT, _GUARD_NOS_FLOAT -> {
                    boolean top = u.uop == Uop._GUARD_TOS_INT || u.uop == Uop._GUARD_TOS_FLOAT;
                    Class<?> c = u.uop == Uop._GUARD_TOS_INT || u.uop == Uop._GUARD_NOS_INT ? PyInt.class
                            : PyFloat.class;
                    Sym s = top ? tos : nos;
                    if (s.cls == c) {
                        continue;
                    }
                    refine(stack, locals, top ? sz - 1 : sz - 2, new Sym(c, null));
                    out.add(u);
                    continue;
                }
                case _GUARD_BOTH_UNICODE -> {
                    boolean t = tos.cls == dev.tiercel.runtime.object.PyStr.class;
                    boolean s = nos.cls == dev.tiercel.runtime.object.PyStr.class;
                    if (t && s) {
                        continue;
                    }
                    if (!t) {
                        refine(stack, locals, sz - 1, new Sym(dev.tiercel.runtime.object.PyStr.class, null));
                    }
                    if (!s) {
                        refine(stack, locals, sz - 2, new Sym(dev.tiercel.runtime.object.PyStr.class, null));
                    }
                    out.add(u);
                    continue;
                }
                case _GUARD_TYPE_VERSION -> {
                    TypeVersion v = (TypeVersion) u.operand;
                    if (v.equals(tos.version) && tos.gen == gen) {
                        continue;
                    }
                    refine(stack, locals, sz - 1, new Sym(tos.cls, tos.value, v, false, gen));
                    out.add(u);
                    continue;
                }
                case _CHECK_MANAGED_OBJECT_HAS_VALUES, _GUARD_DORV_NO_DICT -> {
                    if (tos.values && tos.gen == gen) {
                        continue;
                    }
                    refine(stack, locals, sz - 1, new Sym(tos.cls, tos.value, tos.version, true, gen));
                    out.add(u);
                    continue;
                }
                case _BINARY_OP_ADD_UNICODE -> {
                    stack.remove(sz - 1);
                    stack.set(sz - 2, new Sym(dev.tiercel.runtime.object.PyStr.class, null));
                    out.add(u);
                    continue;
                }
                case _TO_BOOL_BOOL -> {
                    if (tos.cls == dev.tiercel.runtime.object.PyBool.class) {
                        continue;
                    }
                    stack.set(sz - 1, new Sym(dev.tiercel.runtime.object.PyBool.class, null));
                    out.add(u);
                    continue;
                }
                case _ITER_CHECK_RANGE -> {
                    if (tos.cls == dev.tiercel.runtime.object.PyRangeIterator.class) {
                        continue;
                    }
                    stack.set(sz - 1, new Sym(dev.tiercel.runtime.object.PyRangeIterator.class, null));
                    out.add(u);
                    continue;
                }
                case _BINARY_OP_ADD_INT, _BINARY_OP_SUBTRACT_INT, _BINARY_OP_MULTIPLY_INT -> {
                    PyObject folded = fold ? foldInt(u.uop, nos.value, tos.value) : null;
                    int last = out.size() - 1;
                    if (folded != null && last >= 1 && isConstLoad(out.get(last)) && isConstLoad(out.get(last - 1))) {
                        out.remove(last);
                        out.remove(last - 1);
                        stack.remove(sz - 1);
                        stack.set(sz - 2, Sym.of(folded));
                        out.add(new TraceUop(Uop._LOAD_CONST_INLINE, 0, u.target, u.resume, folded));
                        continue;
                    }
                    stack.remove(sz - 1);
                    stack.set(sz - 2, new Sym(PyInt.class, null));
                    out.add(u);
                    continue;
                }
                case _BINARY_OP_ADD_FLOAT, _BINARY_OP_SUBTRACT_FLOAT, _BINARY_OP_MULTIPLY_FLOAT -> {
                    stack.remove(sz - 1);
                    stack.set(sz - 2, new Sym(PyFloat.class, null));
                    out.add(u);
                    continue;
                }
                case _BINARY_OP -> {
                    // on exact ints and floats the generic operation runs no Python code: its result type is known
                    Class<?> r = numericResult(nos.cls, tos.cls, u.oparg);
                    if (isNumber(nos.cls) && isNumber(tos.cls)) {
                        u.provenPure = true; // raises at most (ZeroDivisionError, OverflowError): no Python code
                    } else {
                        gen++;
                    }
                    stack.remove(sz - 1);
                    stack.set(sz - 2, new Sym(r, null));
                    out.add(u);
                    continue;
                }
                case _ITER_NEXT_RANGE -> {
                    stack.add(new Sym(PyInt.class, null));
                    out.add(u);
                    continue;
                }
                default -> {
                }
            }
            if ((u.uop == Uop._GUARD_IS_TRUE_POP || u.uop == Uop._GUARD_IS_FALSE_POP)
                    && tos.cls == dev.tiercel.runtime.object.PyBool.class) {
                u.provenPure = true; // the truth of a bool calls no __bool__
            }
            if (u.uop.has(Uop.ESCAPES) && !u.provenPure) {
                gen++; // Python code may have changed classes: type versions must be guarded again
            }
            for (int i = u.uop.pops(u.oparg); i > 0 && !stack.isEmpty(); i--) {
                stack.remove(stack.size() - 1);
            }
            for (int i = u.uop.pushes(u.oparg); i > 0; i--) {
                stack.add(Sym.UNKNOWN);
            }
            if (u.uop == Uop._CALL_LEN) {
                stack.set(stack.size() - 1, new Sym(PyInt.class, null));
            }
            if (u.uop == Uop._COMPARE_OP_INT || u.uop == Uop._COMPARE_OP_FLOAT || u.uop == Uop._TO_BOOL_INT
                    || u.uop == Uop._TO_BOOL_NONE || u.uop == Uop._COMPARE_OP_STR || u.uop == Uop._TO_BOOL_STR
                    || u.uop == Uop._TO_BOOL_LIST || u.uop == Uop._CALL_ISINSTANCE) {
                stack.set(stack.size() - 1, new Sym(dev.tiercel.runtime.object.PyBool.class, null));
            }
            out.add(keep);
        }
        return out;
    }

    /**
     * The types pass across inlined calls: each callee gets its own abstract stack and locals (its parameters share
     * the arguments' facts), the caller's are set aside until {@code _POP_FRAME} pushes the (unknown) result.
     */
    private static final class InlinedFrames {
        private final java.util.ArrayDeque<Object[]> callers = new java.util.ArrayDeque<>();
        private List<Sym> args = List.of();
        PyCode code;
        List<Sym> stack;
        Sym[] locals;

        InlinedFrames(PyCode code) {
            this.code = code;
        }

        /** Interprets {@code u} when it is a call uop (setting {@link #stack}/{@link #locals}); false otherwise. */
        boolean handles(TraceUop u, List<Sym> st, Sym[] loc) {
            stack = st;
            locals = loc;
            int sz = st.size();
            switch (u.uop) {
                case _CHECK_PEP_523, _CHECK_CALL_BOUND_METHOD_EXACT_ARGS, _CHECK_FUNCTION_EXACT_ARGS,
                        _CHECK_STACK_SPACE, _SAVE_RETURN_OFFSET -> {
                    return true;
                }
                case _INIT_CALL_BOUND_METHOD_EXACT_ARGS -> {
                    st.set(sz - 2 - u.oparg, Sym.UNKNOWN);
                    st.set(sz - 1 - u.oparg, Sym.UNKNOWN);
                    return true;
                }
                case _INIT_CALL_PY_EXACT_ARGS -> {
                    int n = u.oparg + (((InlinedCall) u.operand).withSelf ? 1 : 0);
                    args = new ArrayList<>(st.subList(sz - n, sz));
                    st.subList(sz - 2 - u.oparg, sz).clear();
                    st.add(Sym.UNKNOWN); // the new frame
                    return true;
                }
                case _PUSH_FRAME -> {
                    st.remove(sz - 1);
                    callers.push(new Object[] {code, st, loc});
                    code = ((InlinedCall) u.operand).code;
                    stack = new ArrayList<>();
                    locals = new Sym[code.nlocalsplus()];
                    Arrays.fill(locals, Sym.UNKNOWN);
                    for (int i = 0; i < args.size() && i < locals.length; i++) {
                        locals[i] = args.get(i);
                    }
                    return true;
                }
                case _POP_FRAME -> {
                    Object[] c = callers.pop();
                    code = (PyCode) c[0];
                    @SuppressWarnings("unchecked")
                    List<Sym> callerStack = (List<Sym>) c[1];
                    stack = callerStack;
                    locals = (Sym[]) c[2];
                    stack.add(Sym.UNKNOWN);
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    private static boolean isNumber(Class<?> c) {
        return c == PyInt.class || c == PyFloat.class;
    }

    private static Class<?> numericResult(Class<?> a, Class<?> b, int nb) {
        int op = nb >= dev.tiercel.runtime.object.Ops.NB_INPLACE_ADD ? nb - dev.tiercel.runtime.object.Ops.NB_INPLACE_ADD
                : nb;
        boolean ints = a == PyInt.class && b == PyInt.class;
        boolean nums = (a == PyInt.class || a == PyFloat.class) && (b == PyInt.class || b == PyFloat.class);
        return switch (op) {
            case dev.tiercel.runtime.object.Ops.NB_ADD, dev.tiercel.runtime.object.Ops.NB_SUBTRACT,
                    dev.tiercel.runtime.object.Ops.NB_MULTIPLY, dev.tiercel.runtime.object.Ops.NB_REMAINDER,
                    dev.tiercel.runtime.object.Ops.NB_FLOOR_DIVIDE -> ints ? PyInt.class : nums ? PyFloat.class : null;
            case dev.tiercel.runtime.object.Ops.NB_TRUE_DIVIDE -> nums ? PyFloat.class : null;
            case dev.tiercel.runtime.object.Ops.NB_AND, dev.tiercel.runtime.object.Ops.NB_OR,
                    dev.tiercel.runtime.object.Ops.NB_XOR, dev.tiercel.runtime.object.Ops.NB_LSHIFT,
                    dev.tiercel.runtime.object.Ops.NB_RSHIFT -> ints ? PyInt.class : null;
            default -> null;
        };
    }

    private static boolean isConstLoad(TraceUop u) {
        return u.uop == Uop._LOAD_CONST || u.uop == Uop._LOAD_CONST_INLINE || u.uop == Uop._LOAD_CONST_INLINE_BORROW;
    }

    private static PyObject foldInt(Uop op, PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y) || x.getClass() != PyInt.class
                || y.getClass() != PyInt.class || x.big != null || y.big != null) {
            return null;
        }
        try {
            long r = switch (op) {
                case _BINARY_OP_ADD_INT -> Math.addExact(x.value, y.value);
                case _BINARY_OP_SUBTRACT_INT -> Math.subtractExact(x.value, y.value);
                default -> Math.multiplyExact(x.value, y.value);
            };
            return PyInt.of(r);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * {@code _CHECK_VALIDITY_AND_SET_IP} → a {@code _SET_IP} only before a uop that can raise or escape, and a
     * {@code _CHECK_VALIDITY} only after one that can escape: only Python code (or a dict write that escapes) can
     * change a key the executor watches, since the trace's own {@code STORE_GLOBAL}s bind names it did not fold.
     */
    static List<TraceUop> removeSetIpAndValidity(List<TraceUop> in) {
        List<TraceUop> out = new ArrayList<>();
        boolean mayBeInvalid = false;
        for (int i = 0; i < in.size(); i++) {
            TraceUop u = in.get(i);
            if (u.uop == Uop._CHECK_VALIDITY_AND_SET_IP) {
                TraceUop nextWork = i + 1 < in.size() ? in.get(i + 1) : null;
                if (mayBeInvalid || nextWork != null && nextWork.uop == Uop._EXIT_TRACE) {
                    out.add(u.with(Uop._CHECK_VALIDITY));
                    mayBeInvalid = false;
                }
                if (nextWork != null && nextWork.uop.has(Uop.ESCAPES) && !nextWork.provenPure) {
                    out.add(u.with(Uop._SET_IP));
                }
                continue;
            }
            if (u.uop.has(Uop.ESCAPES) && !u.provenPure) {
                mayBeInvalid = true;
            }
            out.add(u);
        }
        return out;
    }
}
