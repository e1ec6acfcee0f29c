package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.PySeqIterator;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * Quickening, as CPython 3.13's specializing interpreter does: a generic instruction counts down in its first
 * inline-cache unit (in the code object's {@code adaptive} copy); at zero it looks at its operands and rewrites
 * itself in place to a specialized form of its family, recording what its guards need in a per-code side table.
 * A specialized instruction whose guard fails rewrites itself back (de-specializes) and waits
 * {@link #COOLDOWN} executions before trying again; a failed attempt waits longer each time ({@link #backoff}).
 */
final class Specializer {
    private Specializer() {}

    /** Executions to wait after a de-specialization (CPython's cooldown is 52). */
    static final short COOLDOWN = 52;

    /** Per-code data the specialized instructions' guards need, indexed by instruction position. */
    static final class State {
        final int[] index;
        final int[] version;
        final int[] version2;
        final Object[] ref;
        final Object[] ref2;
        /**
         * The backoff exponent of each instruction plus one (0: never tried, CPython's warm-up exponent 1), which
         * CPython keeps in the counter's top bits.
         */
        final byte[] backoff;
        /**
         * Finished frames of this code kept for the next calls (no allocation per call), last released on top; a
         * stack rather than one frame so that recursion reuses frames too.
         */
        PyFrame[] spares = NO_FRAMES;
        int spareCount;
        /**
         * What a site serves beyond its first target, by position: the second class and its function of a
         * LOAD_ATTR_METHOD_WITH_VALUES ({@link SecondMethod}), the second code of a CALL_PY_EXACT_ARGS. Null until a
         * site of this code admits one: only the guards' failure path reads it.
         */
        Object[] second;

        /** Forgets the second target of the site at {@code here}, which is being specialized again. */
        void clearSecond(int here) {
            if (second != null) {
                second[here] = null;
            }
        }

        Object[] second() {
            if (second == null) {
                second = new Object[ref.length];
            }
            return second;
        }

        State(int n) {
            index = new int[n];
            version = new int[n];
            version2 = new int[n];
            ref = new Object[n];
            ref2 = new Object[n];
            backoff = new byte[n];
        }
    }

    static State state(PyCode code) {
        Object s = code.tierState;
        if (s instanceof State st) {
            return st;
        }
        State st = new State(code.adaptive.length);
        code.tierState = st;
        return st;
    }

    /** A frame for calling {@code fn} with arguments {@code args[first..first+nargs)}, reusing a spare one. */
    static PyFrame acquireFrame(PyFunction fn, PyObject[] args, int first, int nargs) {
        if (fn.code.tierState instanceof State st && st.spareCount > 0) {
            PyFrame spare = st.spares[st.spareCount - 1];
            if (fn.isSimple(nargs)) {
                st.spares[--st.spareCount] = null;
                if (spare.func != fn) {
                    spare.serve(fn); // the spares are this code's frames, whichever of its functions ran them
                }
                PyObject[] locals = spare.localsplus;
                for (int i = 0; i < nargs; i++) { // a call's few arguments: a loop beats arraycopy's stub call
                    locals[i] = args[first + i];
                }
                return spare;
            }
        }
        return dev.tiercel.runtime.object.Py.newFrame(fn, args, first, nargs, null);
    }

    /** Keeps a frame that returned normally for reuse by the next call of its function. */
    static void releaseFrame(PyFrame f) {
        if (f.gen != null || f.func == null || f.exposed || !(f.code.tierState instanceof State st)) {
            return;
        }
        java.util.Arrays.fill(f.localsplus, null);
        java.util.Arrays.fill(f.stack, null);
        f.sp = 0;
        f.ip = 0;
        f.lasti = 0;
        f.yielded = false;
        f.pendingThrow = null;
        f.back = null;
        f.outer = null;
        if (st.spareCount == st.spares.length) {
            if (st.spareCount == MAX_SPARES) {
                return;
            }
            st.spares = java.util.Arrays.copyOf(st.spares, Math.max(2, st.spareCount * 2));
        }
        st.spares[st.spareCount++] = f;
    }

    private static final PyFrame[] NO_FRAMES = {};

    /** Spare frames kept per code at most: covers the recursion depth of typical recursive functions. */
    private static final int MAX_SPARES = 64;

    /** {@code -X nospecialize}: instructions stay generic (for measuring what specialization buys). */
    static final boolean DISABLED = Boolean.getBoolean("tiercel.nospecialize");

    /** How long a generic instruction waits when specialization is off: as long as its counter allows. */
    private static final short PARKED = Short.MAX_VALUE;

    /**
     * A RESUME runs for the first time: it becomes RESUME_CHECK, as in CPython 3.13, and the one at the code's start
     * (oparg 0) also sets the counters of its specializable instructions to CPython's warm-up value 1, so that each
     * runs once generically ({@code deferred}) and specializes at its second execution, as in CPython (it was the
     * first).
     */
    static void firstResume(short[] code, int here, int oparg) {
        code[here] = (short) ((code[here] & 0xff00) | RESUME_CHECK);
        if (oparg != 0) {
            return;
        }
        for (int i = 0; i < code.length; ) {
            int op = code[i] & 0xff;
            if (countsDown(op) && code[i + 1] == 0 && !DISABLED) {
                code[i + 1] = WARMUP;
            }
            i += 1 + cacheEntries(op);
        }
    }

    /** CPython 3.13's {@code ADAPTIVE_WARMUP_VALUE}. */
    private static final short WARMUP = 1;

    /**
     * Whether tier 1 counts {@code op} down to a specialization attempt (the families {@code Eval} calls in here
     * for); {@code -X pystats} counts their executions that did not try as {@code deferred}.
     */
    static boolean countsDown(int op) {
        return switch (op) {
            case LOAD_GLOBAL, BINARY_OP, COMPARE_OP, TO_BOOL, FOR_ITER, LOAD_ATTR, STORE_ATTR, BINARY_SUBSCR,
                 CONTAINS_OP, UNPACK_SEQUENCE, CALL, STORE_SUBSCR, SEND, LOAD_SUPER_ATTR -> true;
            default -> false;
        };
    }

    static boolean rewrite(short[] code, int here, int op) {
        if (DISABLED) {
            code[here + 1] = PARKED;
            return false;
        }
        if (dev.tiercel.runtime.spi.PyStats.ENABLED) {
            dev.tiercel.runtime.spi.PyStats.specializationSuccess(base(op));
        }
        code[here] = (short) ((code[here] & 0xff00) | op);
        State st = running(code);
        if (st != null) {
            st.backoff[here] = 1; // CPython's cooldown counter has exponent 0
        }
        return true;
    }

    /** CPython's largest backoff exponent (a wait of 4095 executions). */
    private static final int MAX_BACKOFF = 12;

    /**
     * The side table of the code tier 1 is running ({@code Py.current}'s, whose adaptive code is {@code code});
     * null if that is not the code (never in the dispatch loop, which keeps {@code Py.current} on its frame).
     */
    private static State running(short[] code) {
        PyFrame f = dev.tiercel.runtime.object.Py.current;
        return f != null && f.code.adaptive == code ? state(f.code) : null;
    }

    /**
     * The wait after a failed attempt, as 3.13's {@code adaptive_counter_backoff}: the exponent grows by one per
     * failure from its warm-up value 1 (so 3, 7, 15, ... 4095 executions), and restarts from 0 after a success.
     */
    private static short backoff(short[] code, int here) {
        State st = running(code);
        if (st == null) {
            return COOLDOWN;
        }
        int exponent = Math.min((st.backoff[here] == 0 ? 1 : st.backoff[here] - 1) + 1, MAX_BACKOFF);
        st.backoff[here] = (byte) (exponent + 1);
        return (short) ((1 << exponent) - 1);
    }

    /**
     * A failed attempt: waits as 3.13 does ({@link #backoff}), and returns true so that tier 1 dispatches the
     * instruction again, now generic, as CPython does after an attempt whatever its outcome.
     */
    static boolean fail(short[] code, int here, int kind) {
        if (DISABLED) {
            code[here + 1] = PARKED;
            return false;
        }
        if (dev.tiercel.runtime.spi.PyStats.ENABLED) {
            dev.tiercel.runtime.spi.PyStats.specializationFailure(code[here] & 0xff, kind);
        }
        code[here + 1] = backoff(code, here);
        return true;
    }

    private static boolean fail(short[] code, int here) {
        return fail(code, here, FailureKinds.NONE);
    }

    /** Turns a specialized instruction back into its generic form. */
    static void deopt(short[] code, int here) {
        if (dev.tiercel.runtime.spi.PyStats.ENABLED) {
            dev.tiercel.runtime.spi.PyStats.miss(code[here] & 0xff);
        }
        code[here] = (short) ((code[here] & 0xff00) | base(code[here] & 0xff));
        code[here + 1] = COOLDOWN;
    }

    /**
     * Exactly an int (CPython's PyLong_CheckExact: not a bool, not a subclass). One class-word compare, where
     * {@code instanceof PyInt} of a class with subclasses needs the profile or a hierarchy check.
     */
    static boolean isInt(PyObject o) {
        return o != null && o.getClass() == PyInt.class;
    }

    /** Exactly a float (CPython's PyFloat_CheckExact). */
    static boolean isFloat(PyObject o) {
        return o != null && o.getClass() == PyFloat.class;
    }

    /** Exactly a str (CPython's PyUnicode_CheckExact). */
    static boolean isStr(PyObject o) {
        return o != null && o.getClass() == PyStr.class;
    }

    static boolean binaryOp(short[] code, int here, PyObject a, PyObject b, int nb) {
        int op = nb >= Ops.NB_INPLACE_ADD ? nb - Ops.NB_INPLACE_ADD : nb;
        if (isInt(a) && isInt(b)) {
            switch (op) {
                case Ops.NB_ADD: return rewrite(code, here, BINARY_OP_ADD_INT);
                case Ops.NB_SUBTRACT: return rewrite(code, here, BINARY_OP_SUBTRACT_INT);
                case Ops.NB_MULTIPLY: return rewrite(code, here, BINARY_OP_MULTIPLY_INT);
                default: return fail(code, here, FailureKinds.binaryOp(nb, a, b));
            }
        }
        if (isFloat(a) && isFloat(b)) {
            switch (op) {
                case Ops.NB_ADD: return rewrite(code, here, BINARY_OP_ADD_FLOAT);
                case Ops.NB_SUBTRACT: return rewrite(code, here, BINARY_OP_SUBTRACT_FLOAT);
                case Ops.NB_MULTIPLY: return rewrite(code, here, BINARY_OP_MULTIPLY_FLOAT);
                default: return fail(code, here, FailureKinds.binaryOp(nb, a, b));
            }
        }
        if (isStr(a) && isStr(b) && op == Ops.NB_ADD) {
            return rewrite(code, here, BINARY_OP_ADD_UNICODE);
        }
        return fail(code, here, FailureKinds.binaryOp(nb, a, b));
    }

    /** BINARY_OP_*_INT/FLOAT/UNICODE: the result, or null when a guard fails. */
    static PyObject binarySpecialized(int op, PyObject a, PyObject b) {
        switch (op) {
            case BINARY_OP_ADD_INT:
                return addInt(a, b);
            case BINARY_OP_SUBTRACT_INT:
                return subtractInt(a, b);
            case BINARY_OP_MULTIPLY_INT:
                return multiplyInt(a, b);
            case BINARY_OP_ADD_FLOAT:
                return isFloat(a) && isFloat(b) ? PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value) : null;
            case BINARY_OP_SUBTRACT_FLOAT:
                return isFloat(a) && isFloat(b) ? PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value) : null;
            case BINARY_OP_MULTIPLY_FLOAT:
                return isFloat(a) && isFloat(b) ? PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value) : null;
            default:
                return isStr(a) && isStr(b) ? PyStr.of(((PyStr) a).value.concat(((PyStr) b).value)) : null;
        }
    }

    // The three int forms each have their own case in Eval's loop (no switch on the opcode left at run time):
    // null when an operand is not an exact int; a result beyond 64 bits comes from the generic operation.

    static PyObject addInt(PyObject a, PyObject b) {
        if (!isInt(a) || !isInt(b)) {
            return null;
        }
        PyInt x = (PyInt) a, y = (PyInt) b;
        if (x.big == null && y.big == null) {
            long p = x.value, q = y.value, r = p + q;
            if (((p ^ r) & (q ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return Ops.binaryOp(a, b, Ops.NB_ADD);
    }

    static PyObject subtractInt(PyObject a, PyObject b) {
        if (!isInt(a) || !isInt(b)) {
            return null;
        }
        PyInt x = (PyInt) a, y = (PyInt) b;
        if (x.big == null && y.big == null) {
            long p = x.value, q = y.value, r = p - q;
            if (((p ^ q) & (p ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return Ops.binaryOp(a, b, Ops.NB_SUBTRACT);
    }

    static PyObject multiplyInt(PyObject a, PyObject b) {
        if (!isInt(a) || !isInt(b)) {
            return null;
        }
        PyInt x = (PyInt) a, y = (PyInt) b;
        if (x.big == null && y.big == null) {
            long p = x.value, q = y.value, hi = Math.multiplyHigh(p, q), lo = p * q;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return Ops.binaryOp(a, b, Ops.NB_MULTIPLY);
    }

    /** COMPARE_OP_INT's own form for Eval's loop: the bool, or null when an operand is not a 64-bit exact int. */
    static PyObject compareInt(PyObject a, PyObject b, int cmp) {
        if (isInt(a) && isInt(b) && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
            return PyBool.of(Ops.cmpResult(Long.compare(((PyInt) a).value, ((PyInt) b).value), cmp));
        }
        return null;
    }

    static boolean compareOp(short[] code, int here, PyObject a, PyObject b, int arg) {
        if (isInt(a) && isInt(b) && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
            return rewrite(code, here, COMPARE_OP_INT);
        }
        if (isFloat(a) && isFloat(b)) {
            return rewrite(code, here, COMPARE_OP_FLOAT);
        }
        int cmp = arg >> 5;
        if (isStr(a) && isStr(b) && (cmp == Ops.EQ || cmp == Ops.NE)) {
            return rewrite(code, here, COMPARE_OP_STR);
        }
        return fail(code, here, FailureKinds.compareOp(a, b));
    }

    /** COMPARE_OP_INT/FLOAT/STR: the bool result, or null when a guard fails. */
    static PyObject compareSpecialized(int op, PyObject a, PyObject b, int cmp) {
        if (op == COMPARE_OP_INT) {
            return compareInt(a, b, cmp);
        }
        if (op == COMPARE_OP_FLOAT) {
            if (isFloat(a) && isFloat(b)) {
                double p = ((PyFloat) a).value, q = ((PyFloat) b).value;
                return PyBool.of(switch (cmp) {
                    case Ops.LT -> p < q;
                    case Ops.LE -> p <= q;
                    case Ops.EQ -> p == q;
                    case Ops.NE -> p != q;
                    case Ops.GT -> p > q;
                    default -> p >= q;
                });
            }
            return null;
        }
        if (isStr(a) && isStr(b)) {
            return PyBool.of(((PyStr) a).value.equals(((PyStr) b).value) == (cmp == Ops.EQ));
        }
        return null;
    }

    static boolean toBool(short[] code, int here, PyObject v) {
        if (v instanceof PyBool) {
            return rewrite(code, here, TO_BOOL_BOOL);
        }
        if (v instanceof PyInt && v.type() == PyTypes.INT) {
            return rewrite(code, here, TO_BOOL_INT);
        }
        if (v == PyNone.INSTANCE) {
            return rewrite(code, here, TO_BOOL_NONE);
        }
        if (v instanceof PyList && v.type() == PyTypes.LIST) {
            return rewrite(code, here, TO_BOOL_LIST);
        }
        if (isStr(v)) {
            return rewrite(code, here, TO_BOOL_STR);
        }
        State st = running(code);
        if (st != null && v instanceof PyInstance && v.type().lookup("__bool__") == null
                && v.type().lookup("__len__") == null) {
            st.ref[here] = v.type();
            st.version[here] = PyType.epoch;
            return rewrite(code, here, TO_BOOL_ALWAYS_TRUE);
        }
        return fail(code, here, FailureKinds.toBool(v));
    }

    /** TO_BOOL_ALWAYS_TRUE: true while the value is of the cached class and no class changed, else null. */
    static PyObject alwaysTrue(int here, PyFrame f, PyObject v) {
        State st = (State) f.code.tierState;
        return v instanceof PyInstance && v.type() == st.ref[here] && PyType.epoch == st.version[here] ? PyBool.TRUE
                : null;
    }

    /** TO_BOOL_*: the bool, or null when a guard fails. */
    static PyObject toBoolSpecialized(int op, PyObject v) {
        switch (op) {
            case TO_BOOL_BOOL:
                return v instanceof PyBool ? v : null;
            case TO_BOOL_INT:
                return v instanceof PyInt i && v.type() == PyTypes.INT ? PyBool.of(i.signum() != 0) : null;
            case TO_BOOL_NONE:
                return v == PyNone.INSTANCE ? PyBool.FALSE : null;
            case TO_BOOL_LIST:
                return v instanceof PyList l && v.type() == PyTypes.LIST ? PyBool.of(l.size > 0) : null;
            default:
                return isStr(v) ? PyBool.of(!((PyStr) v).value.isEmpty()) : null;
        }
    }

    static boolean forIter(short[] code, int here, PyObject it) {
        if (it instanceof PyRangeIterator) {
            return rewrite(code, here, FOR_ITER_RANGE);
        }
        if (it instanceof PySeqIterator s) {
            return rewrite(code, here, s.overList() ? FOR_ITER_LIST : FOR_ITER_TUPLE);
        }
        if (PyGenerator.isPlain(it)) {
            return rewrite(code, here, FOR_ITER_GEN);
        }
        return fail(code, here, FailureKinds.forIter(it));
    }

    /** LOAD_SUPER_ATTR: specializes while the global {@code super} is the builtin and the class is a type. */
    static boolean loadSuperAttr(short[] code, int here, PyObject globalSuper, PyObject cls, int arg) {
        if (globalSuper != PyTypes.SUPER) {
            return fail(code, here, FailureKinds.SUPER_SHADOWED);
        }
        if (!(cls instanceof PyType)) {
            return fail(code, here, FailureKinds.SUPER_BAD_CLASS);
        }
        return rewrite(code, here, (arg & 1) != 0 ? LOAD_SUPER_ATTR_METHOD : LOAD_SUPER_ATTR_ATTR);
    }

    static boolean loadGlobal(short[] code, int here, PyFrame f, String name) {
        State st = state(f.code);
        int i = f.globals.indexOfStr(name);
        st.ref[here] = f.globals;
        st.version[here] = f.globals.version;
        if (i >= 0) {
            st.index[here] = i;
            return rewrite(code, here, LOAD_GLOBAL_MODULE);
        }
        i = f.builtins.indexOfStr(name);
        if (i >= 0) {
            st.index[here] = i;
            st.ref2[here] = f.builtins;
            st.version2[here] = f.builtins.version;
            return rewrite(code, here, LOAD_GLOBAL_BUILTIN);
        }
        return fail(code, here);
    }

    /** LOAD_GLOBAL_MODULE/BUILTIN: the value, or null when a guard fails. */
    static PyObject loadGlobalSpecialized(int op, int here, PyFrame f) {
        State st = (State) f.code.tierState;
        PyDict g = f.globals;
        if (st.ref[here] != g || st.version[here] != g.version) {
            return null;
        }
        if (op == LOAD_GLOBAL_MODULE) {
            return g.valueAt(st.index[here]);
        }
        PyDict b = f.builtins;
        if (st.ref2[here] != b || st.version2[here] != b.version) {
            return null;
        }
        return b.valueAt(st.index[here]);
    }

    static boolean loadAttr(short[] code, int here, PyFrame f, PyObject owner, String name, boolean method) {
        State st = state(f.code);
        if (owner instanceof PyModule m && !method) {
            int i = m.dict().indexOfStr(name);
            if (i < 0) {
                return fail(code, here, FailureKinds.ATTR_MODULE_ATTR_NOT_FOUND);
            }
            st.ref[here] = m;
            st.index[here] = i;
            st.version[here] = m.dict().version;
            return rewrite(code, here, LOAD_ATTR_MODULE);
        }
        if (owner instanceof PyType cls && !method && cls.type() == PyTypes.TYPE) {
            return loadClassAttr(code, here, st, cls, name);
        }
        if (method && !(owner instanceof PyInstance)) {
            return loadMethodNoDict(code, here, st, owner, name);
        }
        if (!(owner instanceof PyInstance inst)) {
            return fail(code, here);
        }
        PyType t = owner.type();
        if (t.lookup("__getattribute__") != PyTypes.OBJECT.dict.get("__getattribute__")) {
            return fail(code, here);
        }
        PyObject descr = t.lookup(name);
        st.ref[here] = t;
        st.version[here] = PyType.epoch;
        if (method) {
            if (descr instanceof PyFunction && (inst.instanceDict() == null || !inst.instanceDict().containsKey(name))) {
                st.ref2[here] = descr;
                st.clearSecond(here);
                return rewrite(code, here, LOAD_ATTR_METHOD_WITH_VALUES);
            }
            return fail(code, here, FailureKinds.attribute(descr));
        }
        if (descr instanceof dev.tiercel.runtime.object.PyDescriptors.Member mem) {
            st.index[here] = mem.index;
            return rewrite(code, here, LOAD_ATTR_SLOT);
        }
        if (descr instanceof dev.tiercel.runtime.object.PyDescriptors.Property p && descr.type() == PyTypes.PROPERTY
                && p.fget instanceof PyFunction getter && getter.isSimple(1) && t.lookup("__getattr__") == null) {
            st.ref2[here] = getter; // a data descriptor: the instance's __dict__ cannot shadow it
            return rewrite(code, here, LOAD_ATTR_PROPERTY);
        }
        if (descr == null && inst.instanceDict() != null && inst.instanceDict().containsKey(name)
                && t.lookup("__getattr__") == null) {
            st.index[here] = hint(inst, name);
            st.ref2[here] = null; // no second class yet (see admitSecondClass)
            return rewrite(code, here, LOAD_ATTR_INSTANCE_VALUE);
        }
        return fail(code, here, FailureKinds.attribute(descr));
    }

    /**
     * LOAD_ATTR_CLASS: {@code cls.name} on a class whose metaclass is {@code type}, when {@code type} itself does
     * not define the name and the value is returned as it is (no class or static method, no user descriptor).
     */
    private static boolean loadClassAttr(short[] code, int here, State st, PyType cls, String name) {
        PyObject v = cls.lookup(name);
        if (v == null || PyTypes.TYPE.lookup(name) != null || v instanceof dev.tiercel.runtime.object.PyDescriptors.ClassMethod
                || v instanceof dev.tiercel.runtime.object.PyDescriptors.StaticMethod
                || v instanceof PyInstance && v.type().lookup("__get__") != null) {
            return fail(code, here, FailureKinds.NONE);
        }
        st.ref[here] = cls;
        st.ref2[here] = v;
        st.version[here] = PyType.epoch;
        return rewrite(code, here, LOAD_ATTR_CLASS);
    }

    /** LOAD_ATTR_CLASS: the cached value while the owner is the same class and no class changed, else null. */
    static PyObject loadClassAttrSpecialized(int here, PyFrame f, PyObject owner) {
        State st = (State) f.code.tierState;
        return owner == st.ref[here] && PyType.epoch == st.version[here] ? (PyObject) st.ref2[here] : null;
    }

    /** LOAD_ATTR_INSTANCE_VALUE/SLOT/MODULE (not the method form): the value, or null when a guard fails. */
    static PyObject loadAttrSpecialized(int op, int here, PyFrame f, PyObject owner, String name) {
        State st = (State) f.code.tierState;
        if (op == LOAD_ATTR_MODULE) {
            if (st.ref[here] != owner || ((PyModule) owner).dict().version != st.version[here]) {
                return null;
            }
            return ((PyModule) owner).dict().valueAt(st.index[here]);
        }
        if (!(owner instanceof PyInstance inst) || PyType.epoch != st.version[here]
                || inst.type() != st.ref[here] && (op == LOAD_ATTR_SLOT || inst.type() != st.ref2[here]
                    && !admitSecondClass(st, here, inst, name, true))) {
            return null;
        }
        if (op == LOAD_ATTR_SLOT) {
            return inst.slots[st.index[here]];
        }
        java.util.Map<String, PyObject> d = inst.instanceDict();
        if (d instanceof dev.tiercel.runtime.object.AttrMap am) {
            PyObject v = am.dict().valueAtHint(st.index[here], name);
            if (v != null) {
                return v;
            }
            st.index[here] = am.dict().indexOfStr(name); // this instance's attributes are in another order
        }
        return d.get(name);
    }

    /**
     * Whether LOAD_ATTR_INSTANCE_VALUE ({@code load}) or STORE_ATTR_INSTANCE_VALUE specialized for one class also
     * serves {@code inst}, whose class is another: the first such class that qualifies as the first did is kept in
     * {@code ref2} until the instruction is specialized again. Beyond CPython 3.13, which deopts such a site at every
     * change of class: a method of a base class reading its subclasses' instances ({@code self.inbox} in a
     * {@code Task.run} that runs for workers and devices) stays specialized instead of running the generic
     * instruction 52 times in 53 (bench/richards_like: 6.4 million generic LOAD_ATTRs, 1 million STORE_ATTRs).
     * Called once per site and class (the guards compare {@code ref2} first), so the class lookups stay off the
     * specialized forms' path.
     */
    private static boolean admitSecondClass(State st, int here, PyInstance inst, String name, boolean load) {
        PyType t = inst.type();
        if (st.ref2[here] != null || inst.instanceDict() == null || t.lookup(name) != null) {
            return false;
        }
        String hook = load ? "__getattribute__" : "__setattr__";
        if (t.lookup(hook) != PyTypes.OBJECT.dict.get(hook) || load && t.lookup("__getattr__") != null) {
            return false;
        }
        st.ref2[here] = t;
        return true;
    }

    /** Where {@code name} is in the instance's {@code __dict__} (a hint for the next instances), or -1. */
    private static int hint(PyInstance inst, String name) {
        return inst.instanceDict() instanceof dev.tiercel.runtime.object.AttrMap am ? am.dict().indexOfStr(name) : -1;
    }

    /**
     * {@code obj.method} on an instance of a builtin type ({@code cols.add(c)}, {@code s.split()}): such types cannot
     * change and their instances have no {@code __dict__}, so the type alone decides which method it is.
     */
    private static boolean loadMethodNoDict(short[] code, int here, State st, PyObject owner, String name) {
        PyType t = owner.type();
        if (t.heap || owner instanceof PyType || owner instanceof PyModule || owner.instanceDict() != null) {
            return fail(code, here);
        }
        PyObject descr = dev.tiercel.runtime.object.Ops.lookupMethod(owner, name);
        if (!(descr instanceof dev.tiercel.runtime.object.PyBuiltinFunction)) {
            return fail(code, here, FailureKinds.attribute(t.lookup(name)));
        }
        st.ref[here] = t;
        st.ref2[here] = descr;
        return rewrite(code, here, LOAD_ATTR_METHOD_NO_DICT);
    }

    /** LOAD_ATTR_METHOD_NO_DICT: the builtin type's method, or null when the owner's type is another. */
    static PyObject loadMethodNoDictSpecialized(int here, PyFrame f, PyObject owner) {
        State st = (State) f.code.tierState;
        // a function or other builtin-typed object may carry a __dict__ that shadows the method
        return owner.type() == st.ref[here] && owner.instanceDict() == null ? (PyObject) st.ref2[here] : null;
    }

    /** LOAD_ATTR_METHOD_WITH_VALUES: the function, or null when a guard fails. */
    static PyObject loadMethodSpecialized(int here, PyFrame f, PyObject owner, String name) {
        State st = (State) f.code.tierState;
        if (!(owner instanceof PyInstance inst) || PyType.epoch != st.version[here]
                || (inst.instanceDict() != null && inst.instanceDict().containsKey(name))) {
            return null;
        }
        return inst.type() == st.ref[here] ? (PyObject) st.ref2[here] : secondMethod(st, here, inst.type(), name);
    }

    /** A class and the function its instances' {@code name} finds, the second a method site serves. */
    private record SecondMethod(PyType type, PyObject method) {
    }

    /**
     * LOAD_ATTR_METHOD_WITH_VALUES for an instance of a class other than the one the site was specialized for: the
     * function, when the class is the site's second one or qualifies as it (admitted then), else null. Beyond
     * CPython 3.13, which deopts at every change of class: {@code self.handle(packet)} in a base class's method that
     * runs for two subclasses (bench/richards_like: 2.2 million generic LOAD_ATTRs).
     */
    private static PyObject secondMethod(State st, int here, PyType t, String name) {
        Object known = st.second != null ? st.second[here] : null;
        if (known != null) {
            return known instanceof SecondMethod sm && sm.type == t ? sm.method : null;
        }
        if (t.lookup("__getattribute__") != PyTypes.OBJECT.dict.get("__getattribute__")
                || !(t.lookup(name) instanceof PyFunction fn)) {
            return null;
        }
        st.second()[here] = new SecondMethod(t, fn);
        return fn;
    }

    static boolean storeAttr(short[] code, int here, PyFrame f, PyObject owner, String name) {
        if (!(owner instanceof PyInstance inst)) {
            return fail(code, here);
        }
        State st = state(f.code);
        PyType t = inst.type();
        if (t.lookup("__setattr__") != PyTypes.OBJECT.dict.get("__setattr__")) {
            return fail(code, here);
        }
        PyObject descr = t.lookup(name);
        st.ref[here] = t;
        st.version[here] = PyType.epoch;
        if (descr instanceof dev.tiercel.runtime.object.PyDescriptors.Member mem) {
            st.index[here] = mem.index;
            return rewrite(code, here, STORE_ATTR_SLOT);
        }
        if (descr == null && inst.instanceDict() != null) {
            st.index[here] = hint(inst, name);
            st.ref2[here] = null;
            return rewrite(code, here, STORE_ATTR_INSTANCE_VALUE);
        }
        return fail(code, here, t.lookup("__setattr__") != PyTypes.OBJECT.dict.get("__setattr__")
                ? FailureKinds.OVERRIDDEN : FailureKinds.attribute(descr));
    }

    /** STORE_ATTR_INSTANCE_VALUE/SLOT: false when a guard fails. */
    static boolean storeAttrSpecialized(int op, int here, PyFrame f, PyObject owner, String name, PyObject v) {
        State st = (State) f.code.tierState;
        if (!(owner instanceof PyInstance inst) || PyType.epoch != st.version[here]
                || inst.type() != st.ref[here] && (op == STORE_ATTR_SLOT || inst.type() != st.ref2[here]
                    && !admitSecondClass(st, here, inst, name, false))) {
            return false;
        }
        if (op == STORE_ATTR_SLOT) {
            inst.slots[st.index[here]] = v;
            return true;
        }
        java.util.Map<String, PyObject> d = inst.instanceDict();
        if (d instanceof dev.tiercel.runtime.object.AttrMap am) {
            if (!am.dict().replaceAtHint(st.index[here], name, v)) {
                am.dict().putStr(name, v);
                st.index[here] = am.dict().indexOfStr(name);
            }
            return true;
        }
        d.put(name, v);
        return true;
    }

    static boolean binarySubscr(short[] code, int here, PyObject c, PyObject key) {
        if (c instanceof PyList && c.type() == PyTypes.LIST && key instanceof PyInt) {
            return rewrite(code, here, BINARY_SUBSCR_LIST_INT);
        }
        if (c instanceof PyTuple && c.type() == PyTypes.TUPLE && key instanceof PyInt) {
            return rewrite(code, here, BINARY_SUBSCR_TUPLE_INT);
        }
        if (c instanceof PyDict && c.type() == PyTypes.DICT) {
            return rewrite(code, here, BINARY_SUBSCR_DICT);
        }
        if (c instanceof PyStr && c.type() == PyTypes.STR && key instanceof PyInt) {
            return rewrite(code, here, BINARY_SUBSCR_STR_INT);
        }
        State st = running(code);
        if (st != null && c instanceof PyInstance && c.type().lookup("__getitem__") instanceof PyFunction fn
                && fn.isSimple(2)) {
            st.ref[here] = c.type();
            st.ref2[here] = fn;
            st.version[here] = PyType.epoch;
            return rewrite(code, here, BINARY_SUBSCR_GETITEM);
        }
        return fail(code, here, FailureKinds.binarySubscr(c, key));
    }

    /** BINARY_SUBSCR_LIST_INT/TUPLE_INT/STR_INT/DICT: the item, or null when a guard fails (errors go generic). */
    static PyObject binarySubscrSpecialized(int op, PyObject c, PyObject key) {
        if (op == BINARY_SUBSCR_DICT) {
            if (c instanceof PyDict d && c.type() == PyTypes.DICT) {
                PyObject v = d.get(key);
                return v;
            }
            return null;
        }
        if (!(key instanceof PyInt k) || !k.isSmall()) {
            return null;
        }
        long i = k.value;
        if (op == BINARY_SUBSCR_STR_INT) { // as CPython's: a character of the ASCII range only
            if (c instanceof PyStr s && c.type() == PyTypes.STR && i >= 0 && i < s.value.length() && s.isBmp()) {
                char ch = s.value.charAt((int) i);
                return ch < 128 ? PyStr.ofCodePoint(ch) : null;
            }
            return null;
        }
        if (op == BINARY_SUBSCR_LIST_INT) {
            if (c instanceof PyList l && c.type() == PyTypes.LIST && i >= 0 && i < l.size) {
                return l.items[(int) i];
            }
            return null;
        }
        if (c instanceof PyTuple t && c.type() == PyTypes.TUPLE && i >= 0 && i < t.items.length) {
            return t.items[(int) i];
        }
        return null;
    }

    static boolean containsOp(short[] code, int here, PyObject container) {
        if (container instanceof PyDict && container.type() == PyTypes.DICT) {
            return rewrite(code, here, CONTAINS_OP_DICT);
        }
        if (container instanceof PySet) {
            return rewrite(code, here, CONTAINS_OP_SET);
        }
        return fail(code, here, FailureKinds.containsOp(container));
    }

    static boolean unpackSequence(short[] code, int here, PyObject seq, int n) {
        if (seq instanceof PyTuple t && t.size() == n) {
            return rewrite(code, here, n == 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE);
        }
        if (seq instanceof PyList l && l.size == n) {
            return rewrite(code, here, UNPACK_SEQUENCE_LIST);
        }
        return fail(code, here, FailureKinds.unpackSequence(seq));
    }

    static boolean storeSubscr(short[] code, int here, PyObject c, PyObject key) {
        if (c instanceof PyList l && c.type() == PyTypes.LIST && key instanceof PyInt k && k.type() == PyTypes.INT) {
            return k.isSmall() && k.value >= 0 && k.value < l.size ? rewrite(code, here, STORE_SUBSCR_LIST_INT)
                    : fail(code, here, FailureKinds.OUT_OF_RANGE);
        }
        if (c instanceof PyDict && c.type() == PyTypes.DICT) {
            return rewrite(code, here, STORE_SUBSCR_DICT);
        }
        return fail(code, here, FailureKinds.storeSubscr(c, key));
    }

    /** STORE_SUBSCR_LIST_INT/DICT: false when a guard fails (an index out of range goes generic, to raise). */
    static boolean storeSubscrSpecialized(int op, PyObject v, PyObject c, PyObject key) {
        if (op == STORE_SUBSCR_DICT) {
            if (c instanceof PyDict d && c.type() == PyTypes.DICT) {
                d.put(key, v);
                return true;
            }
            return false;
        }
        if (c instanceof PyList l && c.type() == PyTypes.LIST && key instanceof PyInt k && k.type() == PyTypes.INT
                && k.isSmall() && k.value >= 0 && k.value < l.size) {
            l.items[(int) k.value] = v;
            return true;
        }
        return false;
    }

    /** SEND: a generator or coroutine receiver is resumed directly ({@code SEND_GEN}). */
    static boolean send(short[] code, int here, PyObject receiver) {
        if (receiver instanceof dev.tiercel.runtime.object.PyGenerator) {
            return rewrite(code, here, SEND_GEN);
        }
        return fail(code, here, FailureKinds.forIter(receiver));
    }
}
