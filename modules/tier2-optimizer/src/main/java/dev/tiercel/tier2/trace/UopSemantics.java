package dev.tiercel.tier2.trace;

import static dev.tiercel.tier2.trace.Uop.EXIT;
import static dev.tiercel.tier2.trace.Uop.LEAVE;
import static dev.tiercel.tier2.trace.Uop.NEXT;
import static dev.tiercel.tier2.trace.Uop.TOP;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.StackOps;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.Arrays;

/**
 * The Java semantics of every uop: one small static method each over explicit state ({@link TraceState}: frame,
 * stack, locals, depth) and the uop's oparg/operand. They call the same runtime {@link Ops} methods tier 1 uses, so
 * results are identical. Each returns {@link Uop#NEXT}, {@link Uop#EXIT} (leave through the uop's exit stub),
 * {@link Uop#TOP} (back to the first uop) or {@link Uop#LEAVE} (leave the trace at the uop's resume index).
 */
public final class UopSemantics {
    private UopSemantics() {}

    // ---- trace control

    public static int nop(TraceState st, TraceUop u) {
        return NEXT;
    }

    public static int setIp(TraceState st, TraceUop u) {
        st.f.lasti = u.target;
        return NEXT;
    }

    public static int checkValidity(TraceState st, TraceUop u) {
        return st.ex.valid ? NEXT : EXIT;
    }

    public static int checkValidityAndSetIp(TraceState st, TraceUop u) {
        st.f.lasti = u.target;
        return st.ex.valid ? NEXT : EXIT;
    }

    public static int leave(TraceState st, TraceUop u) {
        return LEAVE;
    }

    /** Back to the first uop after {@code _START_EXECUTOR}. */
    public static int jumpToTop(TraceState st, TraceUop u) {
        // the eval breaker: Ctrl-C raises KeyboardInterrupt at the loop's back edge, as in tier 1
        dev.tiercel.runtime.object.Py.checkInterrupt();
        st.tops++;
        return TOP;
    }

    // ---- locals, constants, names

    public static int loadFast(TraceState st, TraceUop u) {
        st.s[st.sp++] = st.l[u.oparg];
        return NEXT;
    }

    public static int loadFastCheck(TraceState st, TraceUop u) {
        PyObject v = st.l[u.oparg];
        if (v == null) {
            return EXIT;
        }
        st.s[st.sp++] = v;
        return NEXT;
    }

    public static int loadFastAndClear(TraceState st, TraceUop u) {
        st.s[st.sp++] = st.l[u.oparg];
        st.l[u.oparg] = null;
        return NEXT;
    }

    public static int storeFast(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        st.l[u.oparg] = s[sp];
        s[sp] = null;
        return NEXT;
    }

    public static int loadConst(TraceState st, TraceUop u) {
        st.s[st.sp++] = st.f.code.consts[u.oparg];
        return NEXT;
    }

    public static int loadConstInline(TraceState st, TraceUop u) {
        st.s[st.sp++] = (PyObject) u.operand;
        return NEXT;
    }

    public static int popTop(TraceState st, TraceUop u) {
        st.s[--st.sp] = null;
        return NEXT;
    }

    public static int pushNull(TraceState st, TraceUop u) {
        st.s[st.sp++] = null;
        return NEXT;
    }

    public static int copy(TraceState st, TraceUop u) {
        st.s[st.sp] = st.s[st.sp - u.oparg];
        st.sp++;
        return NEXT;
    }

    public static int swap(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int top = st.sp - 1;
        PyObject t = s[top];
        s[top] = s[st.sp - u.oparg];
        s[st.sp - u.oparg] = t;
        return NEXT;
    }

    public static int loadName(TraceState st, TraceUop u) {
        String name = st.f.code.names[u.oparg];
        PyObject loc = st.f.locals;
        PyObject v = null;
        if (loc instanceof PyDict d) {
            v = d.getStr(name);
        } else if (loc != null) {
            try {
                v = Ops.getitem(loc, PyStr.of(name));
            } catch (PyException e) {
                if (!e.value.isInstance(PyExc.KeyError)) {
                    throw e;
                }
            }
        }
        st.s[st.sp++] = v != null ? v : global(st, name);
        return NEXT;
    }

    public static int storeName(TraceState st, TraceUop u) {
        String name = st.f.code.names[u.oparg];
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        PyObject loc = st.f.locals;
        if (loc instanceof PyDict d) {
            d.putStr(name, v);
        } else if (loc != null) {
            Ops.setitem(loc, PyStr.of(name), v);
        } else {
            st.f.globals.putStr(name, v);
        }
        return NEXT;
    }

    private static PyObject global(TraceState st, String name) {
        PyObject v = st.f.globals.getStr(name);
        if (v == null) {
            v = st.f.builtins.getStr(name);
            if (v == null) {
                throw PyErr.nameError(name);
            }
        }
        return v;
    }

    public static int loadGlobal(TraceState st, TraceUop u) {
        st.s[st.sp++] = global(st, st.f.code.names[u.oparg >> 1]);
        if ((u.oparg & 1) != 0) {
            st.s[st.sp++] = null;
        }
        return NEXT;
    }

    public static int storeGlobal(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        st.f.globals.putStr(st.f.code.names[u.oparg], v);
        return NEXT;
    }

    /**
     * Guard: the frame runs with the globals dict (the operand) whose keys the executor watches for the constants it
     * folded; CPython 3.13's {@code _CHECK_GLOBALS}. The watchers, not this guard, notice a rebound global.
     */
    public static int checkGlobals(TraceState st, TraceUop u) {
        return st.f.globals == u.operand ? NEXT : EXIT;
    }

    // ---- type guards

    static boolean isInt(PyObject o) {
        return o != null && o.getClass() == PyInt.class;
    }

    static boolean isFloat(PyObject o) {
        return o != null && o.getClass() == PyFloat.class;
    }

    public static int guardBothInt(TraceState st, TraceUop u) {
        return isInt(st.s[st.sp - 1]) && isInt(st.s[st.sp - 2]) ? NEXT : EXIT;
    }

    public static int guardTosInt(TraceState st, TraceUop u) {
        return isInt(st.s[st.sp - 1]) ? NEXT : EXIT;
    }

    public static int guardNosInt(TraceState st, TraceUop u) {
        return isInt(st.s[st.sp - 2]) ? NEXT : EXIT;
    }

    public static int guardBothFloat(TraceState st, TraceUop u) {
        return isFloat(st.s[st.sp - 1]) && isFloat(st.s[st.sp - 2]) ? NEXT : EXIT;
    }

    public static int guardTosFloat(TraceState st, TraceUop u) {
        return isFloat(st.s[st.sp - 1]) ? NEXT : EXIT;
    }

    public static int guardNosFloat(TraceState st, TraceUop u) {
        return isFloat(st.s[st.sp - 2]) ? NEXT : EXIT;
    }

    // ---- arithmetic and comparisons

    /** int op int where both are known exact ints: the long fast path, else the generic operation. */
    private static int intOp(TraceState st, int nb) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        PyInt x = (PyInt) s[sp - 1], y = (PyInt) s[sp];
        s[sp] = null;
        PyObject r = null;
        if (x.big == null && y.big == null) {
            long a = x.value, b = y.value;
            switch (nb) {
                case Ops.NB_ADD -> {
                    long v = a + b;
                    r = ((a ^ v) & (b ^ v)) < 0 ? null : PyInt.of(v);
                }
                case Ops.NB_SUBTRACT -> {
                    long v = a - b;
                    r = ((a ^ b) & (a ^ v)) < 0 ? null : PyInt.of(v);
                }
                default -> {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    r = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? PyInt.of(lo) : null;
                }
            }
        }
        s[sp - 1] = r != null ? r : Ops.binaryOp(x, y, nb);
        return NEXT;
    }

    public static int binaryOpAddInt(TraceState st, TraceUop u) {
        return intOp(st, Ops.NB_ADD);
    }

    public static int binaryOpSubtractInt(TraceState st, TraceUop u) {
        return intOp(st, Ops.NB_SUBTRACT);
    }

    public static int binaryOpMultiplyInt(TraceState st, TraceUop u) {
        return intOp(st, Ops.NB_MULTIPLY);
    }

    private static int floatOp(TraceState st, int nb) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        double a = ((PyFloat) s[sp - 1]).value, b = ((PyFloat) s[sp]).value;
        s[sp] = null;
        double r = switch (nb) {
            case Ops.NB_ADD -> a + b;
            case Ops.NB_SUBTRACT -> a - b;
            default -> a * b;
        };
        s[sp - 1] = PyFloat.of(r);
        return NEXT;
    }

    public static int binaryOpAddFloat(TraceState st, TraceUop u) {
        return floatOp(st, Ops.NB_ADD);
    }

    public static int binaryOpSubtractFloat(TraceState st, TraceUop u) {
        return floatOp(st, Ops.NB_SUBTRACT);
    }

    public static int binaryOpMultiplyFloat(TraceState st, TraceUop u) {
        return floatOp(st, Ops.NB_MULTIPLY);
    }

    public static int binaryOp(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject b = s[st.sp - 1];
        PyObject a = s[st.sp - 2];
        PyObject r = Ops.binaryOp(a, b, u.oparg);
        s[--st.sp] = null;
        s[st.sp - 1] = r;
        return NEXT;
    }

    public static int compareOpInt(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        PyInt x = (PyInt) s[sp - 1], y = (PyInt) s[sp];
        s[sp] = null;
        if (x.big == null && y.big == null) {
            s[sp - 1] = PyBool.of(Ops.cmpResult(Long.compare(x.value, y.value), u.oparg >> 5));
        } else {
            s[sp - 1] = PyBool.of(Ops.cmpResult(x.toBigInteger().compareTo(y.toBigInteger()), u.oparg >> 5));
        }
        return NEXT;
    }

    public static int compareOpFloat(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        double a = ((PyFloat) s[sp - 1]).value, b = ((PyFloat) s[sp]).value;
        s[sp] = null;
        boolean r = switch (u.oparg >> 5) {
            case Ops.LT -> a < b;
            case Ops.LE -> a <= b;
            case Ops.EQ -> a == b;
            case Ops.NE -> a != b;
            case Ops.GT -> a > b;
            default -> a >= b;
        };
        s[sp - 1] = PyBool.of(r);
        return NEXT;
    }

    public static int compareOp(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject b = s[st.sp - 1];
        PyObject a = s[st.sp - 2];
        PyObject r = Ops.richCompare(a, b, u.oparg >> 5);
        s[--st.sp] = null;
        s[st.sp - 1] = (u.oparg & 16) != 0 && !(r instanceof PyBool) ? PyBool.of(Ops.isTrue(r)) : r;
        return NEXT;
    }

    public static int isOp(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject b = s[--st.sp];
        s[st.sp] = null;
        s[st.sp - 1] = PyBool.of((s[st.sp - 1] == b) != (u.oparg == 1));
        return NEXT;
    }

    public static int containsOp(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject b = s[st.sp - 1];
        boolean r = Ops.contains(b, s[st.sp - 2]) != (u.oparg == 1);
        s[--st.sp] = null;
        s[st.sp - 1] = PyBool.of(r);
        return NEXT;
    }

    public static int unaryNot(TraceState st, TraceUop u) {
        st.s[st.sp - 1] = PyBool.of(!Ops.isTrue(st.s[st.sp - 1]));
        return NEXT;
    }

    public static int unaryNegative(TraceState st, TraceUop u) {
        st.s[st.sp - 1] = Ops.negative(st.s[st.sp - 1]);
        return NEXT;
    }

    // ---- truth and branches

    public static int toBool(TraceState st, TraceUop u) {
        PyObject v = st.s[st.sp - 1];
        if (!(v instanceof PyBool)) {
            st.s[st.sp - 1] = PyBool.of(Ops.isTrue(v));
        }
        return NEXT;
    }

    public static int toBoolBool(TraceState st, TraceUop u) {
        return st.s[st.sp - 1] instanceof PyBool ? NEXT : EXIT;
    }

    public static int toBoolInt(TraceState st, TraceUop u) {
        PyObject v = st.s[st.sp - 1];
        if (!isInt(v)) {
            return EXIT;
        }
        st.s[st.sp - 1] = PyBool.of(((PyInt) v).signum() != 0);
        return NEXT;
    }

    public static int toBoolNone(TraceState st, TraceUop u) {
        if (st.s[st.sp - 1] != PyNone.INSTANCE) {
            return EXIT;
        }
        st.s[st.sp - 1] = PyBool.FALSE;
        return NEXT;
    }

    private static boolean popTruth(TraceState st) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        return v == PyBool.TRUE || (v != PyBool.FALSE && Ops.isTrue(v));
    }

    public static int guardIsTruePop(TraceState st, TraceUop u) {
        return popTruth(st) ? NEXT : EXIT;
    }

    public static int guardIsFalsePop(TraceState st, TraceUop u) {
        return popTruth(st) ? EXIT : NEXT;
    }

    public static int guardIsNonePop(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        return v == PyNone.INSTANCE ? NEXT : EXIT;
    }

    public static int guardIsNotNonePop(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        return v != PyNone.INSTANCE ? NEXT : EXIT;
    }

    // ---- iteration

    public static int iterCheckRange(TraceState st, TraceUop u) {
        return st.s[st.sp - 1] instanceof PyRangeIterator ? NEXT : EXIT;
    }

    public static int guardNotExhaustedRange(TraceState st, TraceUop u) {
        return ((PyRangeIterator) st.s[st.sp - 1]).hasNext() ? NEXT : EXIT;
    }

    public static int iterNextRange(TraceState st, TraceUop u) {
        PyRangeIterator r = (PyRangeIterator) st.s[st.sp - 1];
        st.s[st.sp++] = PyInt.of(r.nextLong());
        return NEXT;
    }

    /** Generic FOR_ITER: the next value, or leave the trace (exhausted) at the loop's exit. */
    public static int forIterTierTwo(TraceState st, TraceUop u) {
        PyObject v = Ops.next(st.s[st.sp - 1]);
        if (v == null) {
            return EXIT;
        }
        st.s[st.sp++] = v;
        return NEXT;
    }

    public static int getIter(TraceState st, TraceUop u) {
        st.s[st.sp - 1] = Ops.iter(st.s[st.sp - 1]);
        return NEXT;
    }

    // ---- containers, attributes, calls

    public static int buildTuple(TraceState st, TraceUop u) {
        st.sp = StackOps.buildTuple(st.s, st.sp, u.oparg);
        return NEXT;
    }

    public static int buildList(TraceState st, TraceUop u) {
        st.sp = StackOps.buildList(st.s, st.sp, u.oparg);
        return NEXT;
    }

    public static int listAppend(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        ((PyList) st.s[st.sp - u.oparg]).append(v);
        return NEXT;
    }

    public static int unpackSequence(TraceState st, TraceUop u) {
        int n = u.oparg;
        PyObject[] items = Ops.unpack(st.s[st.sp - 1], n);
        int sp = st.sp - 1;
        for (int i = n - 1; i >= 0; i--) {
            st.s[sp++] = items[i];
        }
        st.sp = sp;
        return NEXT;
    }

    public static int binarySubscr(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject r = Ops.getitem(s[st.sp - 2], s[st.sp - 1]);
        s[--st.sp] = null;
        s[st.sp - 1] = r;
        return NEXT;
    }

    public static int storeSubscr(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        Ops.setitem(s[sp - 2], s[sp - 1], s[sp - 3]);
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        st.sp = sp - 3;
        return NEXT;
    }

    public static int loadAttr(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject owner = s[st.sp - 1];
        String name = st.f.code.names[u.oparg >> 1];
        if ((u.oparg & 1) != 0) {
            PyObject m = Ops.lookupMethod(owner, name);
            if (m != null) {
                s[st.sp - 1] = m;
                s[st.sp++] = owner;
            } else {
                s[st.sp - 1] = Ops.getattr(owner, name);
                s[st.sp++] = null;
            }
        } else {
            s[st.sp - 1] = Ops.getattr(owner, name);
        }
        return NEXT;
    }

    public static int storeAttr(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject owner = s[st.sp - 1];
        PyObject v = s[st.sp - 2];
        Ops.setattr(owner, st.f.code.names[u.oparg], v);
        s[--st.sp] = null;
        s[--st.sp] = null;
        return NEXT;
    }

    /**
     * CALL of anything but a Python function (builtins, types, bound builtin methods): done here as tier 1 does.
     * A Python function (tier 1 pushes its frame in its own loop) leaves the trace before the call.
     */
    public static int callNonPy(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - 2 - u.oparg;
        PyObject callable = s[base];
        PyObject self = s[base + 1];
        if (self == null && callable instanceof PyMethod m) {
            if (m.func instanceof PyFunction) {
                return EXIT;
            }
            callable = m.func;
            self = m.self;
            s[base] = callable;
            s[base + 1] = self;
        }
        if (callable instanceof PyFunction) {
            return EXIT;
        }
        int start = self == null ? base + 2 : base + 1;
        PyObject r;
        if (callable instanceof PyBuiltinFunction b && b.one != null && st.sp - start == 1) {
            r = b.one.call(s[start]); // tier 1's CALL_BUILTIN_O: no argument array (abs(x), ord(c))
        } else {
            PyObject[] args = Arrays.copyOfRange(s, start, st.sp);
            r = callable instanceof PyBuiltinFunction b ? b.call(args, null) : Ops.call(callable, args, null);
        }
        Arrays.fill(s, base + 1, st.sp, null);
        st.sp = base + 1;
        s[base] = r;
        return NEXT;
    }

    public static int buildSlice(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject step = u.oparg == 3 ? s[--st.sp] : PyNone.INSTANCE;
        PyObject stop = s[--st.sp];
        PyObject start = s[st.sp - 1];
        s[st.sp] = null;
        s[st.sp + 1] = null;
        s[st.sp - 1] = new PySlice(start, stop, step);
        return NEXT;
    }

    public static int binarySlice(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        PyObject r = Ops.getitem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.INSTANCE));
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = r;
        st.sp = sp - 2;
        return NEXT;
    }

    public static int storeSlice(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        Ops.setitem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.INSTANCE), s[sp - 4]);
        for (int i = sp - 4; i < sp; i++) {
            s[i] = null;
        }
        st.sp = sp - 4;
        return NEXT;
    }
}
