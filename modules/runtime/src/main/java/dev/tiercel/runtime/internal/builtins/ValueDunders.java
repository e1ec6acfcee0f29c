package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Derived;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.function.Predicate;

/**
 * The special methods of the immutable builtin types as Python code sees them ({@code int.__add__},
 * {@code str.__eq__}, ...). They compute the builtin operation on the base value and answer NotImplemented for
 * operands the type does not handle, never dispatching back to a subclass's override: so
 * {@code super().__add__(x)} in {@code class I(int)} works, and a lookup along a subclass's MRO stops at the
 * builtin type as CPython's does (a mixin after {@code int} cannot override {@code int}'s operators).
 */
final class ValueDunders {
    private ValueDunders() {}

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void install() {
        Predicate<PyObject> isInt = o -> o instanceof PyInt;
        Predicate<PyObject> isReal = o -> o instanceof PyInt || o instanceof PyFloat;
        Predicate<PyObject> isNumber = o -> o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
        Predicate<PyObject> any = o -> true;

        PyType it = PyTypes.INT;
        arithmetic(it, isInt, "add", "sub", "mul", "floordiv", "truediv", "mod", "pow", "lshift", "rshift", "and",
                "or", "xor");
        divmod(it, isInt);
        compare(it, isInt, true);
        common(it);
        unary(it, "__neg__", Ops::negative);
        unary(it, "__pos__", Ops::positive);
        unary(it, "__abs__", Ops::abs);
        unary(it, "__invert__", Ops::invert);
        unary(it, "__int__", o -> o);
        unary(it, "__index__", o -> o);
        unary(it, "__trunc__", o -> o);
        unary(it, "__floor__", o -> o);
        unary(it, "__ceil__", o -> o);
        unary(it, "__bool__", o -> PyBool.of(Ops.isTrue(o)));
        round(it);

        PyType ft = PyTypes.FLOAT;
        arithmetic(ft, isReal, "add", "sub", "mul", "floordiv", "truediv", "mod", "pow");
        divmod(ft, isReal);
        compare(ft, isReal, true);
        common(ft);
        unary(ft, "__neg__", Ops::negative);
        unary(ft, "__pos__", Ops::positive);
        unary(ft, "__abs__", Ops::abs);
        unary(ft, "__float__", o -> o);
        unary(ft, "__bool__", o -> PyBool.of(Ops.isTrue(o)));
        round(ft);

        PyType ct = PyTypes.COMPLEX;
        arithmetic(ct, isNumber, "add", "sub", "mul", "truediv", "pow");
        compare(ct, isNumber, false); // __hash__ and __bool__ stay ComplexBuiltins' (Ops relies on them)
        unary(ct, "__neg__", Ops::negative);
        unary(ct, "__pos__", Ops::positive);
        unary(ct, "__abs__", Ops::abs);

        PyType st = PyTypes.STR;
        forward(st, "__add__", Ops.NB_ADD, o -> o instanceof PyStr);
        forward(st, "__mul__", Ops.NB_MULTIPLY, any);
        reflected(st, "__rmul__", Ops.NB_MULTIPLY, any);
        forward(st, "__mod__", Ops.NB_REMAINDER, any);
        reflected(st, "__rmod__", Ops.NB_REMAINDER, o -> o instanceof PyStr);
        compare(st, o -> o instanceof PyStr, true);
        common(st);
        sequence(st);
        unary(st, "__str__", o -> o);

        // bytes keeps the special methods BytesBuiltins defines: they work on the base value already.
        Reg.method(PyTypes.BYTES, "__rmul__", 1, 1, (a, k) -> a[1] instanceof PyInt
                ? Ops.callMethod(PyTypes.BYTES.lookup("__mul__"), a[0], a[1]) : PyNotImplemented.INSTANCE);

        PyType tt = PyTypes.TUPLE;
        forward(tt, "__add__", Ops.NB_ADD, o -> o instanceof PyTuple);
        forward(tt, "__mul__", Ops.NB_MULTIPLY, any);
        reflected(tt, "__rmul__", Ops.NB_MULTIPLY, any);
        compare(tt, o -> o instanceof PyTuple, true);
        common(tt);
        sequence(tt);
    }

    private static void round(PyType t) {
        Reg.method(t, "__round__", 0, 1, (a, k) -> NumberBuiltins.round(Derived.base(a[0]), a.length > 1 ? a[1] : null));
    }

    /** {@code __hash__} of the base value. */
    private static void common(PyType t) {
        unary(t, "__hash__", o -> PyInt.of(Ops.hash(o)));
    }

    /** {@code __len__}, {@code __getitem__}, {@code __contains__}, {@code __iter__} on the base value. */
    private static void sequence(PyType t) {
        unary(t, "__len__", o -> PyInt.of(Ops.len(o)));
        unary(t, "__iter__", Ops::iter);
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> Ops.getitem(Derived.base(a[0]), a[1]));
        Reg.method(t, "__contains__", 1, 1, (a, k) -> PyBool.of(Ops.contains(Derived.base(a[0]), a[1])));
    }

    private static void unary(PyType t, String name, java.util.function.UnaryOperator<PyObject> op) {
        Reg.method(t, name, 0, 0, (a, k) -> op.apply(Derived.base(a[0])));
    }

    private static void arithmetic(PyType t, Predicate<PyObject> accepts, String... names) {
        for (String n : names) {
            int nb = opNumber(n);
            if (n.equals("pow")) {
                Reg.method(t, "__pow__", 1, 2, (a, k) -> a.length > 2 && a[2] != dev.tiercel.runtime.object.PyNone.INSTANCE
                        ? ternaryPow(a[0], a[1], a[2], accepts) : binary(a[0], a[1], nb, accepts));
                Reg.method(t, "__rpow__", 1, 2, (a, k) -> a.length > 2 && a[2] != dev.tiercel.runtime.object.PyNone.INSTANCE
                        ? ternaryPow(a[1], a[0], a[2], accepts) : binary(a[1], a[0], nb, accepts));
                continue;
            }
            forward(t, "__" + n + "__", nb, accepts);
            reflected(t, "__r" + n + "__", nb, accepts);
        }
    }

    private static PyObject ternaryPow(PyObject x, PyObject y, PyObject mod, Predicate<PyObject> accepts) {
        if (!(x instanceof PyInt a && y instanceof PyInt b && mod instanceof PyInt m)) {
            return PyNotImplemented.INSTANCE;
        }
        return IntBuiltins.powMod(a, b, m);
    }

    private static int opNumber(String name) {
        return switch (name) {
            case "add" -> Ops.NB_ADD;
            case "sub" -> Ops.NB_SUBTRACT;
            case "mul" -> Ops.NB_MULTIPLY;
            case "floordiv" -> Ops.NB_FLOOR_DIVIDE;
            case "truediv" -> Ops.NB_TRUE_DIVIDE;
            case "mod" -> Ops.NB_REMAINDER;
            case "pow" -> Ops.NB_POWER;
            case "lshift" -> Ops.NB_LSHIFT;
            case "rshift" -> Ops.NB_RSHIFT;
            case "and" -> Ops.NB_AND;
            case "or" -> Ops.NB_OR;
            default -> Ops.NB_XOR;
        };
    }

    private static void forward(PyType t, String name, int nb, Predicate<PyObject> accepts) {
        Reg.method(t, name, 1, 1, (a, k) -> binary(a[0], a[1], nb, accepts));
    }

    private static void reflected(PyType t, String name, int nb, Predicate<PyObject> accepts) {
        Reg.method(t, name, 1, 1, (a, k) -> binary(a[1], a[0], nb, accepts));
    }

    /** The builtin operation when both operands are of a kind the type handles; NotImplemented otherwise. */
    private static PyObject binary(PyObject x, PyObject y, int nb, Predicate<PyObject> accepts) {
        if (!accepts.test(x) || !accepts.test(y)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject r = Ops.builtinBinary(x, y, nb);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    private static void divmod(PyType t, Predicate<PyObject> accepts) {
        Reg.method(t, "__divmod__", 1, 1, (a, k) -> accepts.test(a[1])
                ? Ops.divmod(Derived.base(a[0]), Derived.base(a[1])) : PyNotImplemented.INSTANCE);
        Reg.method(t, "__rdivmod__", 1, 1, (a, k) -> accepts.test(a[1])
                ? Ops.divmod(Derived.base(a[1]), Derived.base(a[0])) : PyNotImplemented.INSTANCE);
    }

    /** The six comparisons; {@code ordered} false leaves only == and != (complex). */
    private static void compare(PyType t, Predicate<PyObject> accepts, boolean ordered) {
        for (int op = 0; op < CMP.length; op++) {
            int cmp = op;
            boolean supported = ordered || cmp == Ops.EQ || cmp == Ops.NE;
            Reg.method(t, CMP[op], 1, 1, (a, k) -> supported && accepts.test(a[1])
                    ? Ops.richCompare(Derived.base(a[0]), Derived.base(a[1]), cmp) : PyNotImplemented.INSTANCE);
        }
    }
}
