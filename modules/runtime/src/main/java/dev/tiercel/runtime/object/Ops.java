package dev.tiercel.runtime.object;

import dev.tiercel.runtime.internal.builtins.ComplexBuiltins;
import dev.tiercel.runtime.internal.builtins.FloatBuiltins;
import dev.tiercel.runtime.internal.builtins.IntBuiltins;
import dev.tiercel.runtime.internal.builtins.ObjectBuiltins;
import dev.tiercel.runtime.internal.builtins.Reprs;
import dev.tiercel.runtime.internal.builtins.SeqBuiltins;
import dev.tiercel.runtime.internal.builtins.StrBuiltins;
import dev.tiercel.runtime.internal.builtins.TypeBuiltins;
import java.util.ArrayList;
import java.util.List;

/**
 * The abstract object operations every tier uses (CPython's {@code abstract.c} and {@code object.c}): each is
 * a small static method, fast for the builtin types and falling back to the special methods of classes.
 */
public final class Ops {
    private Ops() {}

    /** BINARY_OP argument numbers, as in CPython 3.13. */
    public static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_ADD = 13;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] DUNDER = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};

    /** Comparison numbers (COMPARE_OP oparg >> 5). */
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};

    // ---------------------------------------------------------------- truth, identity, hashing

    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool) {
            return o == PyBool.TRUE;
        }
        if (o == PyNone.INSTANCE) {
            return false;
        }
        if (Derived.isDerived(o)) {
            return derivedTruth(o);
        }
        if (o instanceof PyInt i) {
            return i.big != null || i.value != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size > 0;
        }
        if (o instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (o instanceof PyDict d) {
            return d.size() > 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0.0;
        }
        if (o instanceof PySet s) {
            return s.size() > 0;
        }
        if (o instanceof PyRange r) {
            return r.length > 0;
        }
        if (!(o instanceof PyFunction || o instanceof PyType || o instanceof PyModule)) {
            PyObject m = o.type().lookup("__bool__");
            if (m != null) {
                PyObject r = callMethod(m, o);
                if (!(r instanceof PyBool)) {
                    throw PyErr.typeError("__bool__ should return bool, returned " + r.type().name());
                }
                return r == PyBool.TRUE;
            }
            m = o.type().lookup("__len__");
            if (m != null) {
                return SeqBuiltins.lenResult(callMethod(m, o)) != 0;
            }
        }
        return true;
    }

    /** Truth of a value-subclass instance: its class's {@code __bool__} or {@code __len__}, else the base value's. */
    private static boolean derivedTruth(PyObject o) {
        PyObject m = o.type().lookupOverride("__bool__");
        if (m != null) {
            PyObject r = callMethod(m, o);
            if (!(r instanceof PyBool)) {
                throw PyErr.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return r == PyBool.TRUE;
        }
        m = o.type().lookupOverride("__len__");
        if (m != null) {
            return SeqBuiltins.lenResult(callMethod(m, o)) != 0;
        }
        return isTrue(Derived.base(o));
    }

    public static long hash(PyObject o) {
        if (Derived.isDerived(o)) {
            return derivedHash(o);
        }
        if (o instanceof PyStr s) {
            return s.hash();
        }
        if (o instanceof PyInt i) {
            return i.hash();
        }
        if (o instanceof PyFloat f) {
            return PyFloat.hash(f.value);
        }
        if (o instanceof PyTuple t) {
            return SeqBuiltins.tupleHash(t);
        }
        if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet s && !s.isFrozen())) {
            PyObject m = o.type().heap ? o.type().lookup("__hash__") : null;
            if (m instanceof PyFunction) {
                long h = index(callMethod(m, o));
                return h == -1 ? -2 : h;
            }
            throw PyErr.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (o instanceof PySet s) {
            return SeqBuiltins.frozensetHash(s);
        }
        if (!(o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltinFunction)) {
            PyObject m = o.type().lookup("__hash__");
            if (m == PyNone.INSTANCE) {
                throw PyErr.typeError("unhashable type: '" + o.type().name() + "'");
            }
            if (m instanceof PyFunction || (m instanceof PyBuiltinFunction bf && !"object".equals(bf.owner))) {
                long h = index(callMethod(m, o));
                return h == -1 ? -2 : h;
            }
        }
        return identityHash(o);
    }

    /** Hash of a value-subclass instance: its class's {@code __hash__} (None: unhashable), else the base value's. */
    private static long derivedHash(PyObject o) {
        PyObject m = o.type().lookupOverride("__hash__");
        if (m == PyNone.INSTANCE) {
            throw PyErr.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (m != null) {
            long h = index(callMethod(m, o));
            return h == -1 ? -2 : h;
        }
        return hash(Derived.base(o));
    }

    /** The default hash: from the identity, like CPython's pointer-derived hash. */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o) >>> 4 | ((long) System.identityHashCode(o) << 28);
    }

    /** A stable pseudo-address for reprs such as {@code <object at 0x7f...>}. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    // ---------------------------------------------------------------- comparisons

    /** {@code a == b} as a Java boolean (identity first, as CPython's containers do). */
    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && !(a instanceof Derived.Str) && !(b instanceof Derived.Str)) {
            return x.value.equals(y.value);
        }
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof Derived.Int) && !(b instanceof Derived.Int)) {
            return IntBuiltins.compare(x, y) == 0;
        }
        return isTrue(richCompare(a, b, EQ));
    }

    /** COMPARE_OP: {@code a op b}, any result object. */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof Derived.Int) && !(b instanceof Derived.Int)) {
            return PyBool.of(cmpResult(IntBuiltins.compare(x, y), op));
        }
        if (Derived.isDerived(a) || Derived.isDerived(b)) {
            return derivedCompare(a, b, op);
        }
        if (a instanceof PyFloat || b instanceof PyFloat) {
            if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
                return PyBool.of(FloatBuiltins.compare(a, b, op));
            }
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return PyBool.of(cmpResult(StrBuiltins.compare(x.value, y.value), op));
        }
        if (isBuiltinSubclass(a) || isBuiltinSubclass(b)) {
            PyObject o = subclassCompare(a, b, op);
            if (o != null) {
                return o;
            }
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            PyObject c = ComplexBuiltins.compare(a, b, op);
            if (c != null) {
                return c;
            }
        }
        PyObject r = SeqBuiltins.compare(a, b, op);
        if (r != null) {
            return r;
        }
        return compareSlow(a, b, op);
    }

    /** An instance of a Python class derived from a builtin container (dict, list, set, tuple...). */
    private static boolean isBuiltinSubclass(PyObject o) {
        return !(o instanceof PyInstance) && o.type().heap;
    }

    /**
     * A comparison a subclass of a builtin defines in Python wins over the builtin's (OrderedDict.__eq__); the
     * reflected one first when the right operand's class derives from the left's, as CPython orders them.
     */
    private static PyObject subclassCompare(PyObject a, PyObject b, int op) {
        boolean rFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type());
        PyObject r = rFirst ? overrideCall(b, CMP_DUNDER[CMP_SWAP[op]], a) : null;
        if (r == null) {
            r = overrideCall(a, CMP_DUNDER[op], b);
        }
        if (r == null && !rFirst) {
            r = overrideCall(b, CMP_DUNDER[CMP_SWAP[op]], a);
        }
        return r;
    }

    /** Comparison with a value-subclass instance: the classes' overrides, else the base values' comparison. */
    private static PyObject derivedCompare(PyObject a, PyObject b, int op) {
        PyObject r = subclassCompare(a, b, op);
        if (r != null) {
            return r;
        }
        try {
            return richCompare(Derived.base(a), Derived.base(b), op);
        } catch (PyException e) {
            String unsupported = "'" + CMP_SYMBOLS[op] + "' not supported between instances of ";
            if (!e.value.isInstance(PyExc.TypeError) || !e.value.message().startsWith(unsupported)) {
                throw e;
            }
            throw PyErr.typeError(unsupported + "'" + a.type().name() + "' and '" + b.type().name() + "'");
        }
    }

    /**
     * Calls {@code self}'s {@code dunder} with {@code other} when {@code self} is a builtin-subclass instance whose
     * class (written in Python) defines it; null when it does not or when it returns NotImplemented.
     */
    private static PyObject overrideCall(PyObject self, String dunder, PyObject other) {
        if (!isBuiltinSubclass(self)) {
            return null;
        }
        PyObject m = self.type().lookupOverride(dunder);
        if (m == null || m == PyNone.INSTANCE) {
            return null;
        }
        PyObject r = callMethod(m, self, other);
        return r == PyNotImplemented.INSTANCE ? null : r;
    }

    /** An operator a subclass of a builtin defines in Python wins over the builtin's (defaultdict.__or__). */
    private static PyObject subclassBinary(PyObject a, PyObject b, int op, boolean inplace) {
        String name = DUNDER[op];
        if (inplace) {
            PyObject r = overrideCall(a, "__i" + name + "__", b);
            if (r != null) {
                return r;
            }
        }
        boolean rFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type());
        PyObject r = rFirst ? overrideCall(b, "__r" + name + "__", a) : null;
        if (r == null) {
            r = overrideCall(a, "__" + name + "__", b);
        }
        if (r == null && !rFirst && b.type() != a.type()) {
            r = overrideCall(b, "__r" + name + "__", a);
        }
        return r;
    }

    private static PyObject compareSlow(PyObject a, PyObject b, int op) {
        boolean reflectedFirst = b.type() != a.type() && b.type().isSubtypeOf(a.type())
                && b.type().lookup(CMP_DUNDER[CMP_SWAP[op]]) != null;
        if (reflectedFirst) {
            PyObject r = tryCompare(b, a, CMP_SWAP[op]);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject r = tryCompare(a, b, op);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!reflectedFirst) {
            r = tryCompare(b, a, CMP_SWAP[op]);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (op == EQ) {
            return PyBool.of(a == b);
        }
        if (op == NE) {
            return PyBool.of(a != b);
        }
        throw PyErr.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    private static PyObject tryCompare(PyObject a, PyObject b, int op) {
        PyObject m = a.type().lookup(CMP_DUNDER[op]);
        if (m != null && !(m instanceof PyBuiltinFunction bf && bf.owner != null && bf.owner.equals("object"))) {
            return callMethod(m, a, b);
        }
        if (op == NE) {
            PyObject eqm = a.type().lookup("__eq__");
            // object.__ne__ inverts __eq__, a builtin type's too (bytes defines only __eq__)
            if (eqm instanceof PyFunction || eqm instanceof PyBuiltinFunction ebf && !"object".equals(ebf.owner)) {
                PyObject r = callMethod(eqm, a, b);
                return r == PyNotImplemented.INSTANCE ? r : PyBool.of(!isTrue(r));
            }
        }
        return PyNotImplemented.INSTANCE;
    }

    public static boolean cmpResult(int c, int op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** {@code a < b} as a Java boolean (sorting, min, max). */
    public static boolean lessThan(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntBuiltins.compare(x, y) < 0;
        }
        return isTrue(richCompare(a, b, LT));
    }

    // ---------------------------------------------------------------- arithmetic

    /** BINARY_OP with CPython's {@code NB_*} argument (0..25, in-place forms from 13). */
    public static PyObject binaryOp(PyObject a, PyObject b, int nb) {
        PyObject r = binaryOrNull(a, b, nb);
        if (r != null) {
            return r;
        }
        boolean inplace = nb >= NB_INPLACE_ADD;
        return binaryFail(a, b, inplace ? nb - NB_INPLACE_ADD : nb, inplace);
    }

    /** BINARY_OP, or null when no operand supports the operation. */
    private static PyObject binaryOrNull(PyObject a, PyObject b, int nb) {
        boolean inplace = nb >= NB_INPLACE_ADD;
        int op = inplace ? nb - NB_INPLACE_ADD : nb;
        PyObject r;
        if (a instanceof PyBool x && b instanceof PyBool y && (op == NB_AND || op == NB_OR || op == NB_XOR)) {
            return PyBool.of((op == NB_AND ? x.value & y.value : op == NB_OR ? x.value | y.value : x.value ^ y.value) != 0);
        }
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof Derived.Int) && !(b instanceof Derived.Int)) {
            r = IntBuiltins.binary(x, y, op);
            if (r != null) {
                return r;
            }
        }
        if (Derived.isDerived(a) || Derived.isDerived(b)) {
            return derivedBinary(a, b, nb);
        }
        r = numberBinary(a, b, op);
        if (r != null) {
            return r;
        }
        if (isBuiltinSubclass(a) || isBuiltinSubclass(b)) {
            r = subclassBinary(a, b, op, inplace);
            if (r != null) {
                return r;
            }
        }
        r = containerBinary(a, b, op, inplace);
        return r != null ? r : binarySlow(a, b, op, inplace);
    }

    /**
     * BINARY_OP with an instance of a value subclass: the special methods of both classes in CPython's order (the
     * right operand's reflected method first when its class derives from the left's), each class's own or else
     * its builtin base's, which answers NotImplemented for what it does not handle; then the builtin operation.
     */
    private static PyObject derivedBinary(PyObject a, PyObject b, int nb) {
        boolean inplace = nb >= NB_INPLACE_ADD;
        String name = DUNDER[inplace ? nb - NB_INPLACE_ADD : nb];
        PyObject r = inplace ? callDunder(a, "__i" + name + "__", b) : null;
        if (r != null) {
            return r;
        }
        PyType ta = a.type(), tb = b.type();
        boolean rFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookupOverride("__r" + name + "__") != null;
        r = rFirst ? callDunder(b, "__r" + name + "__", a) : null;
        if (r == null) {
            r = callDunder(a, "__" + name + "__", b);
        }
        if (r == null && !rFirst && tb != ta) {
            r = callDunder(b, "__r" + name + "__", a);
        }
        return r != null ? r : builtinBinary(a, b, nb);
    }

    /** {@code self.dunder(other)} found on the class (any definer), or null when absent or NotImplemented. */
    private static PyObject callDunder(PyObject self, String dunder, PyObject other) {
        PyObject m = self.type().lookup(dunder);
        if (m == null || m == PyNone.INSTANCE) {
            return null;
        }
        PyObject r = callMethod(m, self, other);
        return r == PyNotImplemented.INSTANCE ? null : r;
    }

    /**
     * The operation as the builtin types define it, on the builtin values of instances of their subclasses (what
     * {@code int.__add__} and the inherited slots of a subclass compute); null when no builtin type supports it.
     */
    public static PyObject builtinBinary(PyObject a, PyObject b, int nb) {
        a = Derived.base(a);
        b = Derived.base(b);
        boolean inplace = nb >= NB_INPLACE_ADD;
        int op = inplace ? nb - NB_INPLACE_ADD : nb;
        if (a instanceof PyBool x && b instanceof PyBool y && (op == NB_AND || op == NB_OR || op == NB_XOR)) {
            return PyBool.of((op == NB_AND ? x.value & y.value : op == NB_OR ? x.value | y.value : x.value ^ y.value) != 0);
        }
        PyObject r = a instanceof PyInt x && b instanceof PyInt y ? IntBuiltins.binary(x, y, op) : null;
        if (r == null) {
            r = numberBinary(a, b, op);
        }
        return r != null ? r : containerBinary(a, b, op, inplace);
    }

    private static PyObject numberBinary(PyObject a, PyObject b, int op) {
        PyObject r;
        if (a instanceof PyComplex || b instanceof PyComplex) {
            r = ComplexBuiltins.binary(a, b, op);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyFloat || b instanceof PyFloat) {
            r = FloatBuiltins.binary(a, b, op);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static PyObject containerBinary(PyObject a, PyObject b, int op, boolean inplace) {
        PyObject r;
        if (inplace) {
            r = SeqBuiltins.inplace(a, b, op);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyBytes || b instanceof PyBytes) {
            r = dev.tiercel.runtime.internal.builtins.BytesBuiltins.binary(a, b, op);
            if (r != null) {
                return r;
            }
        }
        r = SeqBuiltins.binary(a, b, op);
        if (r != null) {
            return r;
        }
        if (op == NB_REMAINDER && a instanceof PyBytes) {
            return dev.tiercel.runtime.internal.builtins.BytesText.percent(a, b);
        }
        return null;
    }

    /** The special methods of classes, or null when none applies. */
    private static PyObject binarySlow(PyObject a, PyObject b, int op, boolean inplace) {
        String name = DUNDER[op];
        if (inplace && (a instanceof PyInstance || a.type().extension
                || a instanceof dev.tiercel.runtime.internal.builtins.UnionAndByteArray.ByteArray)) {
            PyObject m = a.type().lookup("__i" + name + "__");
            if (m != null) {
                PyObject r = callMethod(m, a, b);
                if (r != PyNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        PyType ta = a.type(), tb = b.type();
        boolean rFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookup("__r" + name + "__") != null;
        if (rFirst) {
            PyObject r = tryBinary(b, a, "__r" + name + "__");
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject r = tryBinary(a, b, "__" + name + "__");
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!rFirst && tb != ta) {
            r = tryBinary(b, a, "__r" + name + "__");
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        return null;
    }

    /** No operand supports the operation: a repetition by an {@code __index__} object, else CPython's TypeError. */
    private static PyObject binaryFail(PyObject a, PyObject b, int op, boolean inplace) {
        PyType ta = a.type(), tb = b.type();
        String sym = SYMBOLS[op] + (inplace ? "=" : "");
        if (op == NB_POWER && !inplace) {
            throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '" + ta.name() + "' and '"
                    + tb.name() + "'");
        }
        if (op == NB_MULTIPLY && isRepeatable(a) && b instanceof PyInstance && tb.lookup("__index__") != null) {
            return binaryOp(a, callMethod(tb.lookup("__index__"), b), op);
        }
        if (op == NB_MULTIPLY && isRepeatable(b) && a instanceof PyInstance && ta.lookup("__index__") != null) {
            return binaryOp(callMethod(ta.lookup("__index__"), a), b, op);
        }
        if (op == NB_MULTIPLY && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)
                && !(b instanceof PyInt)) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + tb.name() + "'");
        }
        if (op == NB_MULTIPLY && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)
                && !(a instanceof PyInt)) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + ta.name() + "'");
        }
        if (op == NB_ADD && a instanceof PyStr) {
            throw PyErr.typeError("can only concatenate str (not \"" + tb.name() + "\") to str");
        }
        if (op == NB_ADD && a instanceof PyList && !inplace) {
            throw PyErr.typeError("can only concatenate list (not \"" + tb.name() + "\") to list");
        }
        if (op == NB_ADD && a instanceof PyTuple) {
            throw PyErr.typeError("can only concatenate tuple (not \"" + tb.name() + "\") to tuple");
        }
        throw PyErr.typeError("unsupported operand type(s) for " + sym + ": '" + ta.name() + "' and '" + tb.name()
                + "'");
    }

    private static PyObject numberDivmod(PyObject a, PyObject b) {
        if ((a instanceof PyFloat || b instanceof PyFloat) && !isTrue(b)) {
            throw PyErr.zeroDivision("float divmod()");
        }
        return PyTuple.of(binaryOp(a, b, NB_FLOOR_DIVIDE), binaryOp(a, b, NB_REMAINDER));
    }

    private static boolean isRepeatable(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    /** {@code divmod(a, b)}: numbers directly, else {@code __divmod__}/{@code __rdivmod__}. */
    public static PyObject divmod(PyObject a, PyObject b) {
        boolean numbers = (a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat);
        if (numbers && !(a instanceof PyInstance) && !(b instanceof PyInstance)) {
            return numberDivmod(a, b);
        }
        PyType ta = a.type(), tb = b.type();
        boolean rFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookup("__rdivmod__") != null;
        if (rFirst) {
            PyObject r = tryBinary(b, a, "__rdivmod__");
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject r = tryBinary(a, b, "__divmod__");
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!rFirst && tb != ta) {
            r = tryBinary(b, a, "__rdivmod__");
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (numbers) {
            return numberDivmod(a, b);
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '" + ta.name() + "' and '" + tb.name() + "'");
    }

    private static PyObject tryBinary(PyObject self, PyObject other, String dunder) {
        if (!(self instanceof PyInstance || self instanceof PyBaseException || self.type().heap
                || self.type().extension
                || self instanceof dev.tiercel.runtime.internal.builtins.UnionAndByteArray.ByteArray)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject m = self.type().lookup(dunder);
        return m == null ? PyNotImplemented.INSTANCE : callMethod(m, self, other);
    }

    public static PyObject negative(PyObject a) {
        if (Derived.isDerived(a)) {
            return derivedUnary(a, "__neg__", Ops::negative);
        }
        if (a instanceof PyInt i) {
            return IntBuiltins.negate(i);
        }
        if (a instanceof PyFloat f) {
            return PyFloat.of(-f.value);
        }
        if (a instanceof PyComplex c) {
            return ComplexBuiltins.negate(c);
        }
        return unarySlow(a, "__neg__", "-");
    }

    public static PyObject positive(PyObject a) {
        if (Derived.isDerived(a)) {
            return derivedUnary(a, "__pos__", Ops::positive);
        }
        if (a instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyComplex) {
            return a;
        }
        return unarySlow(a, "__pos__", "+");
    }

    public static PyObject invert(PyObject a) {
        if (Derived.isDerived(a)) {
            return derivedUnary(a, "__invert__", Ops::invert);
        }
        if (a instanceof PyInt i) {
            return IntBuiltins.invert(i);
        }
        return unarySlow(a, "__invert__", "~");
    }

    /** A unary operator on a value-subclass instance: its class's method, else the base value's operation. */
    private static PyObject derivedUnary(PyObject a, String dunder, java.util.function.UnaryOperator<PyObject> op) {
        PyObject m = a.type().lookupOverride(dunder);
        return m != null ? callMethod(m, a) : op.apply(Derived.base(a));
    }

    private static PyObject unarySlow(PyObject a, String dunder, String sym) {
        PyObject m = a instanceof PyInstance || a.type().heap ? a.type().lookup(dunder) : null;
        if (m != null) {
            return callMethod(m, a);
        }
        throw PyErr.typeError("bad operand type for unary " + sym + ": '" + a.type().name() + "'");
    }

    /**
     * Whether {@code o} answers the number protocols ({@code __index__}, {@code __int__}, {@code __float__}...)
     * through the methods its type defines: instances of classes, and of accelerator types and their subclasses.
     */
    public static boolean usesDunders(PyObject o) {
        return o instanceof PyInstance || o.type().extension;
    }

    /** {@code operator.index}: an int as a long, TypeError otherwise; IndexError-free. */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) {
                throw PyErr.of(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return i.value;
        }
        if (usesDunders(o)) {
            PyObject m = o.type().lookup("__index__");
            if (m != null) {
                return index(callMethod(m, o));
            }
        }
        throw PyErr.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    /** {@code abs(o)}. */
    public static PyObject abs(PyObject o) {
        if (Derived.isDerived(o)) {
            return derivedUnary(o, "__abs__", Ops::abs);
        }
        if (o instanceof PyInt i) {
            return i.signum() < 0 ? IntBuiltins.negate(i) : (o instanceof PyBool b ? PyInt.of(b.value) : o);
        }
        if (o instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value));
        }
        if (o instanceof PyComplex c) {
            return ComplexBuiltins.abs(c);
        }
        return unarySlow(o, "__abs__", "abs()");
    }

    // ---------------------------------------------------------------- strings

    public static String repr(PyObject o) {
        return Reprs.repr(o);
    }

    public static String str(PyObject o) {
        if (o instanceof PyStr s && !(o instanceof Derived.Str)) {
            return s.value;
        }
        return Reprs.str(o);
    }

    /** {@code format(value, spec)}. */
    public static String format(PyObject value, String spec) {
        return StrBuiltins.format(value, spec);
    }

    // ---------------------------------------------------------------- attributes

    public static PyObject getattr(PyObject o, String name) {
        return ObjectBuiltins.getattr(o, name);
    }

    /** The attribute, or null when it does not exist (AttributeError swallowed). */
    public static PyObject getattrOrNull(PyObject o, String name) {
        try {
            return ObjectBuiltins.getattr(o, name);
        } catch (PyException e) {
            if (e.value.isInstance(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static void setattr(PyObject o, String name, PyObject v) {
        ObjectBuiltins.setattr(o, name, v);
    }

    public static void delattr(PyObject o, String name) {
        ObjectBuiltins.delattr(o, name);
    }

    /**
     * LOAD_ATTR's method form: when {@code o.name} is a plain function found on the type (not shadowed by the
     * instance), returns it unbound so the call can pass {@code o} as first argument; otherwise null.
     */
    public static PyObject lookupMethod(PyObject o, String name) {
        return ObjectBuiltins.lookupMethod(o, name);
    }

    /** LOAD_SUPER_ATTR_ATTR: {@code super(thisType, obj).name} without the super object, or null (go generic). */
    public static PyObject superAttr(PyType thisType, PyObject obj, String name) {
        return ObjectBuiltins.superAttr(thisType, obj, name);
    }

    /** LOAD_SUPER_ATTR_METHOD: the plain function to call with {@code obj} first, or null (load the attribute). */
    public static PyObject superMethod(PyType thisType, PyObject obj, String name) {
        return ObjectBuiltins.superMethod(thisType, obj, name);
    }

    // ---------------------------------------------------------------- calls

    /** Calls {@code callable} with positional args followed by keyword values named by {@code kwnames}. */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return Py.callFunction(f, args, 0, args.length - (kwnames == null ? 0 : kwnames.length), kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwnames);
        }
        if (callable instanceof PyMethod m) {
            PyObject[] a2 = new PyObject[args.length + 1];
            a2[0] = m.self;
            System.arraycopy(args, 0, a2, 1, args.length);
            return call(m.func, a2, kwnames);
        }
        if (callable instanceof PyType t) {
            return TypeBuiltins.call(t, args, kwnames);
        }
        PyObject m = callable.type().lookup("__call__");
        if (m != null) {
            PyObject[] a2 = new PyObject[args.length + 1];
            a2[0] = callable;
            System.arraycopy(args, 0, a2, 1, args.length);
            return call(m, a2, kwnames);
        }
        throw PyErr.typeError("'" + callable.type().name() + "' object is not callable");
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** Calls an unbound method (found on a type) with {@code self} first. */
    public static PyObject callMethod(PyObject method, PyObject self, PyObject... args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        if (method instanceof PyDescriptors.StaticMethod sm) {
            return call(sm.func, args, null);
        }
        if (method instanceof PyDescriptors.ClassMethod cm) {
            a[0] = self.type();
            return call(cm.func, a, null);
        }
        return call(method, a, null);
    }

    /** Calls {@code o.name(args...)}. */
    public static PyObject invoke(PyObject o, String name, PyObject... args) {
        return call(getattr(o, name), args, null);
    }

    // ---------------------------------------------------------------- containers

    public static PyObject getitem(PyObject o, PyObject key) {
        return SeqBuiltins.getitem(o, key);
    }

    public static void setitem(PyObject o, PyObject key, PyObject v) {
        SeqBuiltins.setitem(o, key, v);
    }

    public static void delitem(PyObject o, PyObject key) {
        SeqBuiltins.delitem(o, key);
    }

    public static boolean contains(PyObject container, PyObject item) {
        return SeqBuiltins.contains(container, item);
    }

    public static int len(PyObject o) {
        return SeqBuiltins.len(o);
    }

    // ---------------------------------------------------------------- iteration

    /** {@code iter(o)}. */
    public static PyObject iter(PyObject o) {
        return SeqBuiltins.iter(o);
    }

    /** One step of an iterator: the next value, or null when exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator i) {
            return i.next();
        }
        if (PyGenerator.isPlain(it)) {
            return ((PyGenerator) it).resume(PyNone.INSTANCE, null);
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw PyErr.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return callMethod(m, it);
        } catch (PyException e) {
            if (e.value.isInstance(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Collects an iterable into a Java list. */
    public static List<PyObject> toList(PyObject iterable) {
        if (iterable instanceof PyList l) {
            List<PyObject> out = new ArrayList<>(l.size);
            for (int i = 0; i < l.size; i++) {
                out.add(l.items[i]);
            }
            return out;
        }
        if (iterable instanceof PyTuple t) {
            return new ArrayList<>(List.of(t.items));
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(iterable);
        for (PyObject v = next(it); v != null; v = next(it)) {
            out.add(v);
        }
        return out;
    }

    /** Collects an iterable into an array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t.items;
        }
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        return toList(iterable).toArray(new PyObject[0]);
    }

    /** UNPACK_SEQUENCE: exactly {@code n} values in order. */
    public static PyObject[] unpack(PyObject seq, int n) {
        return SeqBuiltins.unpack(seq, n);
    }

    /** UNPACK_EX: {@code before} values, a list, {@code after} values. */
    public static PyObject[] unpackEx(PyObject seq, int before, int after) {
        return SeqBuiltins.unpackEx(seq, before, after);
    }

    /** {@code list.extend(iterable)}. */
    public static void extend(PyList l, PyObject iterable) {
        SeqBuiltins.extend(l, iterable);
    }

    /** {@code set.update(iterable)}: a set source is merged table-wise as CPython does. */
    public static void setUpdate(PySet s, PyObject iterable) {
        dev.tiercel.runtime.internal.builtins.SetBuiltins.update(s, iterable);
    }

    /** {@code dict.update(mapping)}. */
    public static void dictUpdate(PyDict d, PyObject mapping) {
        dev.tiercel.runtime.internal.builtins.DictBuiltins.update(d, mapping);
    }

    /** {@code ascii(o)}. */
    public static String ascii(PyObject o) {
        return StrBuiltins.ascii(repr(o));
    }

    // ---------------------------------------------------------------- types

    public static boolean isinstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type() == t) {
                return true;
            }
            PyObject hook = metaclassHook(t, "__instancecheck__");
            return hook != null ? isTrue(callMethod(hook, t, o)) : o.type().isSubtypeOf(t);
        }
        if (cls instanceof dev.tiercel.runtime.internal.builtins.UnionAndByteArray.Union u) {
            return isinstance(o, PyTuple.wrap(u.args));
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isinstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * {@code issubclass(sub, cls)} for one class: a metaclass's {@code __subclasscheck__} (as ABCMeta defines)
     * decides when there is one, otherwise the MRO.
     */
    public static boolean issubclass(PyType sub, PyObject cls) {
        if (cls instanceof PyType t) {
            PyObject hook = metaclassHook(t, "__subclasscheck__");
            return hook != null ? isTrue(callMethod(hook, t, sub)) : sub.isSubtypeOf(t);
        }
        return false;
    }

    /** A check hook defined by a class's metaclass other than {@code type} itself, or null. */
    private static PyObject metaclassHook(PyType cls, String name) {
        PyType meta = cls.type();
        if (meta == PyTypes.TYPE) {
            return null;
        }
        PyObject hook = meta.lookup(name);
        return hook == PyTypes.TYPE.lookup(name) ? null : hook;
    }

    /** The str's Java string, TypeError otherwise. */
    public static String asString(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(what + " must be str, not " + o.type().name());
    }
}
