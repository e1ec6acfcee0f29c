package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Derived;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.math.BigInteger;

/** Constructors and methods of {@code int}, {@code bool} and {@code float}. */
public final class NumberBuiltins {
    private NumberBuiltins() {}

    /** The text of a bytes or bytearray argument (one char per byte), or null for other objects. */
    private static String asciiText(PyObject x) {
        byte[] data = x instanceof dev.tiercel.runtime.object.PyBytes b ? b.toByteArray()
                : x instanceof UnionAndByteArray.ByteArray ba ? ba.bytes() : null;
        return data == null ? null : new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code int(b'...', base)}: parsed as its text; the error shows the value as bytes, as CPython's does. */
    private static PyObject parseBytes(PyObject x, int base) {
        String text = asciiText(x);
        PyObject shown = new dev.tiercel.runtime.object.PyBytes(
                text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                throw PyErr.valueError("invalid literal for int() with base " + base + ": " + Ops.repr(shown));
            }
        }
        try {
            return IntBuiltins.parse(text, base);
        } catch (dev.tiercel.runtime.object.PyException e) {
            if (!e.value.isInstance(dev.tiercel.runtime.object.PyExc.ValueError)
                    || !e.value.message().startsWith("invalid literal")) {
                throw e;
            }
            throw PyErr.valueError("invalid literal for int() with base " + base + ": " + Ops.repr(shown));
        }
    }

    /** {@code int(x)} / {@code int(s, base)}. */
    public static PyObject toInt(PyObject[] a, String[] k) {
        int n = Args.npos(a, k);
        PyObject base = n > 1 ? a[1] : Args.kw(a, k, "base");
        if (n == 0) {
            return PyInt.ZERO;
        }
        PyObject x = a[0];
        if (base != null) {
            if (!(x instanceof PyStr) && asciiText(x) == null) {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
            long b = Ops.index(base);
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return x instanceof PyStr s ? IntBuiltins.parse(s.value, (int) b) : parseBytes(x, (int) b);
        }
        if (x instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (Derived.isDerived(x)) {
            PyObject own = x.type().lookupOverride("__int__");
            if (own == null) {
                own = x.type().lookupOverride("__index__");
            }
            if (own != null) {
                return intResult(Ops.callMethod(own, x), own == x.type().lookupOverride("__int__") ? "__int__" : "__index__");
            }
            x = Derived.base(x);
        }
        if (x instanceof PyInt) {
            return x;
        }
        if (x instanceof PyFloat f) {
            return IntBuiltins.fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return IntBuiltins.parse(s.value, 10);
        }
        if (asciiText(x) != null) {
            return parseBytes(x, 10);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject f = x.type().lookup(m);
            if (f != null && Ops.usesDunders(x)) {
                return Ops.callMethod(f, x);
            }
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** What {@code __int__}/{@code __index__} returned, as an exact int. */
    private static PyObject intResult(PyObject r, String what) {
        if (!(r instanceof PyInt)) {
            throw PyErr.typeError(what + " returned non-int (type " + r.type().name() + ")");
        }
        return Derived.base(r);
    }

    /** {@code float(x)}. */
    public static PyObject toFloat(PyObject[] a, String[] k) {
        Args.check("float", a, k, 0, 1);
        if (a.length == 0) {
            return PyFloat.of(0.0);
        }
        PyObject x = a[0];
        if (Derived.isDerived(x)) {
            PyObject own = x.type().lookupOverride("__float__");
            if (own != null) {
                PyObject r = Ops.callMethod(own, x);
                if (!(r instanceof PyFloat)) {
                    throw PyErr.typeError(x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
                }
                return Derived.base(r);
            }
            x = Derived.base(x);
        }
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyInt i) {
            return PyFloat.of(i.toDouble());
        }
        if (x instanceof PyStr s) {
            return PyFloat.of(FloatBuiltins.parse(s.value));
        }
        PyObject f = x.type().lookup("__float__");
        if (f != null && Ops.usesDunders(x)) {
            return Ops.callMethod(f, x);
        }
        PyObject idx = x.type().lookup("__index__");
        if (idx != null && Ops.usesDunders(x)) {
            return PyFloat.of(((PyInt) Ops.callMethod(idx, x)).toDouble());
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    /** {@code round(x[, n])}. */
    public static PyObject round(PyObject x, PyObject nd) {
        if (Derived.isDerived(x)) {
            PyObject own = x.type().lookupOverride("__round__");
            if (own != null) {
                return nd == null ? Ops.callMethod(own, x) : Ops.callMethod(own, x, nd);
            }
            x = Derived.base(x);
        }
        if (x instanceof PyFloat f) {
            if (nd == null || nd == dev.tiercel.runtime.object.PyNone.INSTANCE) {
                double r = Math.rint(f.value);
                return IntBuiltins.fromDouble(r);
            }
            return PyFloat.of(FloatBuiltins.round(f.value, Ops.index(nd)));
        }
        if (x instanceof PyInt i) {
            if (nd == null || nd == dev.tiercel.runtime.object.PyNone.INSTANCE) {
                return x instanceof PyBool b ? PyInt.of(b.value) : x;
            }
            long n = Ops.index(nd);
            if (n >= 0) {
                return x;
            }
            BigInteger p = BigInteger.TEN.pow((int) -n);
            BigInteger v = i.toBigInteger();
            BigInteger[] qr = v.divideAndRemainder(p);
            BigInteger q = qr[0], r = qr[1];
            if (r.signum() < 0) {
                r = r.add(p);
                q = q.subtract(BigInteger.ONE);
            }
            int c = r.shiftLeft(1).compareTo(p);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return PyInt.of(q.multiply(p));
        }
        PyObject m = x.type().lookup("__round__");
        if (m != null) {
            return nd == null ? Ops.callMethod(m, x) : Ops.callMethod(m, x, nd);
        }
        throw PyErr.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    static void install() {
        PyTypes.INT.factory = (t, a, k) -> Derived.of(t, toInt(a, k));
        PyTypes.BOOL.factory = (t, a, k) -> {
            Args.check("bool", a, k, 0, 1);
            return PyBool.of(a.length == 1 && Ops.isTrue(a[0]));
        };
        PyTypes.FLOAT.factory = (t, a, k) -> Derived.of(t, toFloat(a, k));
        PyType it = PyTypes.INT;
        Reg.method(it, "bit_length", 0, 0, (a, k) -> IntBuiltins.bitLength((PyInt) a[0]));
        Reg.method(it, "bit_count", 0, 0, (a, k) -> PyInt.of(((PyInt) a[0]).toBigInteger().abs().bitCount()));
        Reg.method(it, "conjugate", 0, 0, (a, k) -> a[0] instanceof PyBool b ? PyInt.of(b.value) : Derived.base(a[0]));
        Reg.method(it, "is_integer", 0, 0, (a, k) -> PyBool.TRUE);
        Reg.method(it, "__index__", 0, 0, (a, k) -> a[0]);
        Reg.method(it, "__int__", 0, 0, (a, k) -> a[0]);
        Reg.method(it, "__float__", 0, 0, (a, k) -> PyFloat.of(((PyInt) a[0]).toDouble()));
        Reg.method(it, "__format__", 1, 1, (a, k) -> PyStr.of(StrBuiltins.builtinFormat(a[0], Ops.asString(a[1], "format"))));
        Reg.method(it, "__add__", 1, 1, (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_ADD));
        Reg.method(it, "__sub__", 1, 1, (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_SUBTRACT));
        Reg.method(it, "__mul__", 1, 1, (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_MULTIPLY));
        Reg.getter(it, "real", o -> o instanceof PyBool b ? PyInt.of(b.value) : Derived.base(o));
        Reg.getter(it, "imag", o -> PyInt.ZERO);
        Reg.getter(it, "numerator", o -> o instanceof PyBool b ? PyInt.of(b.value) : Derived.base(o));
        Reg.getter(it, "denominator", o -> PyInt.ONE);
        PyType ft = PyTypes.FLOAT;
        for (PyType t : new PyType[] {it, ft}) {
            Reg.method(t, "__round__", 0, 1, (a, k) -> round(a[0], a.length > 1 ? a[1] : null));
        }
        Reg.method(ft, "is_integer", 0, 0, (a, k) -> {
            double v = ((PyFloat) a[0]).value;
            return PyBool.of(Double.isFinite(v) && v == Math.rint(v));
        });
        Reg.method(ft, "as_integer_ratio", 0, 0, (a, k) -> {
            double v = ((PyFloat) a[0]).value;
            if (!Double.isFinite(v)) {
                throw Double.isNaN(v) ? PyErr.valueError("cannot convert NaN to integer ratio")
                        : PyErr.overflow("cannot convert Infinity to integer ratio");
            }
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            BigInteger num = d.unscaledValue(), den = BigInteger.ONE;
            if (d.scale() > 0) {
                den = BigInteger.TEN.pow(d.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-d.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        Reg.method(ft, "conjugate", 0, 0, (a, k) -> Derived.base(a[0]));
        Reg.method(ft, "__int__", 0, 0, (a, k) -> IntBuiltins.fromDouble(((PyFloat) a[0]).value));
        Reg.method(ft, "__float__", 0, 0, (a, k) -> a[0]);
        Reg.method(ft, "__format__", 1, 1, (a, k) -> PyStr.of(StrBuiltins.builtinFormat(a[0], Ops.asString(a[1], "format"))));
        Reg.getter(ft, "real", o -> Derived.base(o));
        Reg.getter(ft, "imag", o -> PyFloat.of(0.0));
        NumberMethods.install();
    }
}
