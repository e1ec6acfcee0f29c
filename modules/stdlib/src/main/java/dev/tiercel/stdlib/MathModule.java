package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The {@code math} module. */
public final class MathModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "math";
    }

    private static PyInt asInt(PyObject o, String fn) {
        if (o instanceof PyInt i) {
            return i;
        }
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return PyInt.of(Ops.index(o));
    }

    private static PyObject toIntegral(double d, boolean ceil) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("cannot convert float infinity to integer");
        }
        double r = ceil ? Math.ceil(d) : Math.floor(d);
        if (Math.abs(r) < 9e18) {
            return PyInt.of((long) r);
        }
        return PyInt.of(new BigDecimal(r).toBigInteger());
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("math");
        m.set("pi", PyFloat.of(Math.PI));
        m.set("e", PyFloat.of(Math.E));
        m.set("tau", PyFloat.of(2 * Math.PI));
        m.set("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.set("nan", PyFloat.of(Double.NaN));
        Mod.fn1(m, "sqrt", Math::sqrt);
        Mod.fn1(m, "exp", Math::exp);
        Mod.fn1(m, "sin", Math::sin);
        Mod.fn1(m, "cos", Math::cos);
        Mod.fn1(m, "tan", Math::tan);
        Mod.fn1(m, "asin", Math::asin);
        Mod.fn1(m, "acos", Math::acos);
        Mod.fn1(m, "atan", Math::atan);
        Mod.fn1(m, "sinh", MathExtras::sinh);
        Mod.fn1(m, "cosh", MathExtras::cosh);
        Mod.fn1(m, "tanh", MathExtras::tanh);
        Mod.fn1(m, "fabs", Math::abs);
        Mod.fn1(m, "log2", x -> x == 0 ? Double.NaN : Math.log(x) / Math.log(2));
        Mod.fn1(m, "log10", x -> x == 0 ? Double.NaN : Math.log10(x));
        Mod.fn1(m, "log1p", x -> x == -1 ? Double.NaN : Math.log1p(x));
        Mod.fn1(m, "expm1", Math::expm1);
        Mod.fn1(m, "erf", ErrorFunction::erf);
        Mod.fn(m, "sumprod", (a, k) -> {
            dev.tiercel.runtime.object.Args.check("sumprod", a, k, 2, 2);
            return sumprod(Ops.toArray(a[0]), Ops.toArray(a[1]));
        });
        Mod.fn1(m, "erfc", ErrorFunction::erfc);
        Mod.fn1(m, "degrees", Math::toDegrees);
        Mod.fn1(m, "radians", Math::toRadians);
        Mod.fn(m, "log", (a, k) -> {
            Args.check("log", a, k, 1, 2);
            double x = logOf(a[0]);
            if (a.length == 2) {
                return PyFloat.of(x / logOf(a[1]));
            }
            return PyFloat.of(x);
        });
        Mod.fn(m, "floor", (a, k) -> {
            Args.check("floor", a, k, 1, 1);
            return a[0] instanceof PyInt ? exactInt(a[0]) : toIntegral(Mod.toDouble(a[0]), false);
        });
        Mod.fn(m, "ceil", (a, k) -> {
            Args.check("ceil", a, k, 1, 1);
            return a[0] instanceof PyInt ? exactInt(a[0]) : toIntegral(Mod.toDouble(a[0]), true);
        });
        Mod.fn(m, "trunc", (a, k) -> a[0] instanceof PyInt ? exactInt(a[0])
                : toIntegral(Mod.toDouble(a[0]), Mod.toDouble(a[0]) < 0));
        Mod.fn(m, "pow", (a, k) -> {
            Args.check("pow", a, k, 2, 2);
            double x = Mod.toDouble(a[0]), y = Mod.toDouble(a[1]);
            // C's pow, which Python follows, is 1 for 1 to any power and -1 to an infinite one; Java's is NaN
            double r = x == 1.0 || x == -1.0 && Double.isInfinite(y) ? 1.0 : Math.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw PyErr.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                if (x == 0) {
                    throw PyErr.valueError("math domain error");
                }
                throw PyErr.overflow("math range error");
            }
            return PyFloat.of(r);
        });
        Mod.fn(m, "atan2", (a, k) -> PyFloat.of(Math.atan2(Mod.toDouble(a[0]), Mod.toDouble(a[1]))));
        Mod.fn(m, "copysign", (a, k) -> PyFloat.of(Math.copySign(Mod.toDouble(a[0]), Mod.toDouble(a[1]))));
        Mod.fn(m, "fmod", (a, k) -> {
            double y = Mod.toDouble(a[1]);
            if (y == 0) {
                throw PyErr.valueError("math domain error");
            }
            return PyFloat.of(Mod.toDouble(a[0]) % y);
        });
        Mod.fn(m, "hypot", (a, k) -> {
            double s = 0;
            for (PyObject o : a) {
                double v = Mod.toDouble(o);
                s = Math.hypot(s, v);
            }
            return PyFloat.of(s);
        });
        Mod.fn(m, "dist", (a, k) -> {
            PyObject[] p = Ops.toArray(a[0]), q = Ops.toArray(a[1]);
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                s = Math.hypot(s, Mod.toDouble(p[i]) - Mod.toDouble(q[i]));
            }
            return PyFloat.of(s);
        });
        Mod.fn(m, "isfinite", (a, k) -> PyBool.of(Double.isFinite(Mod.toDouble(a[0]))));
        Mod.fn(m, "isinf", (a, k) -> PyBool.of(Double.isInfinite(Mod.toDouble(a[0]))));
        Mod.fn(m, "isnan", (a, k) -> PyBool.of(Double.isNaN(Mod.toDouble(a[0]))));
        Mod.fn(m, "isclose", (a, k) -> {
            double x = Mod.toDouble(a[0]), y = Mod.toDouble(a[1]);
            PyObject rt = Args.kw(a, k, "rel_tol"), at = Args.kw(a, k, "abs_tol");
            double rel = rt == null ? 1e-9 : Mod.toDouble(rt), abs = at == null ? 0 : Mod.toDouble(at);
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        Mod.fn(m, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) {
                g = g.gcd(asInt(o, "gcd").toBigInteger());
            }
            return PyInt.of(g);
        });
        Mod.fn(m, "lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = asInt(o, "lcm").toBigInteger().abs();
                if (v.signum() == 0) {
                    return PyInt.ZERO;
                }
                l = l.multiply(v).divide(l.gcd(v));
            }
            return PyInt.of(l);
        });
        Mod.fn(m, "factorial", (a, k) -> {
            Args.check("factorial", a, k, 1, 1);
            long n = asInt(a[0], "factorial").value;
            if (n < 0) {
                throw PyErr.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        Mod.fn(m, "comb", (a, k) -> {
            long n = asInt(a[0], "comb").value, r = asInt(a[1], "comb").value;
            if (n < 0 || r < 0) {
                throw PyErr.valueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (r > n) {
                return PyInt.ZERO;
            }
            BigInteger c = BigInteger.ONE;
            r = Math.min(r, n - r);
            for (long i = 0; i < r; i++) {
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(c);
        });
        Mod.fn(m, "perm", (a, k) -> {
            long n = asInt(a[0], "perm").value;
            long r = a.length > 1 ? asInt(a[1], "perm").value : n;
            if (r > n) {
                return PyInt.ZERO;
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < r; i++) {
                c = c.multiply(BigInteger.valueOf(n - i));
            }
            return PyInt.of(c);
        });
        Mod.fn(m, "isqrt", (a, k) -> {
            BigInteger n = asInt(a[0], "isqrt").toBigInteger();
            if (n.signum() < 0) {
                throw PyErr.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        Mod.fn(m, "prod", (a, k) -> {
            PyObject start = Args.kw(a, k, "start");
            PyObject acc = start == null ? PyInt.ONE : start;
            for (PyObject v : Ops.toArray(a[0])) {
                acc = Ops.binaryOp(acc, v, Ops.NB_MULTIPLY);
            }
            return acc;
        });
        Mod.fn(m, "fsum", (a, k) -> {
            BigDecimal s = BigDecimal.ZERO;
            for (PyObject v : Ops.toArray(a[0])) {
                double d = Mod.toDouble(v);
                if (!Double.isFinite(d)) {
                    double r = 0;
                    for (PyObject w : Ops.toArray(a[0])) {
                        r += Mod.toDouble(w);
                    }
                    return PyFloat.of(r);
                }
                s = s.add(new BigDecimal(d));
            }
            return PyFloat.of(s.doubleValue());
        });
        Mod.fn(m, "modf", (a, k) -> {
            double x = Mod.toDouble(a[0]);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return dev.tiercel.runtime.object.PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
        });
        MathExtras.install(m);
        return m;
    }

    private static double logOf(PyObject o) {
        if (o instanceof PyInt i && !i.isSmall()) {
            if (i.signum() <= 0) {
                throw PyErr.valueError("math domain error");
            }
            BigInteger b = i.toBigInteger();
            int shift = b.bitLength() - 60;
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = Mod.toDouble(o);
        if (x <= 0) {
            throw PyErr.valueError(x == 0 ? "math domain error" : "math domain error");
        }
        return Math.log(x);
    }

    /**
     * math.sumprod: ints exactly; ints and floats as the exact sum of exact products rounded once (CPython keeps
     * extended precision there); other numbers with their own * and +.
     */
    static PyObject sumprod(PyObject[] p, PyObject[] q) {
        if (p.length != q.length) {
            throw PyErr.valueError("Inputs are not the same length");
        }
        boolean allInts = true;
        boolean allReal = true;
        for (int i = 0; i < p.length; i++) {
            for (PyObject x : new PyObject[] {p[i], q[i]}) {
                allInts &= x instanceof PyInt;
                allReal &= x instanceof PyInt || x instanceof PyFloat;
            }
        }
        if (allReal && !allInts) {
            java.math.BigDecimal total = java.math.BigDecimal.ZERO;
            for (int i = 0; i < p.length; i++) {
                double x = Mod.toDouble(p[i]);
                double y = Mod.toDouble(q[i]);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    return floatSumprod(p, q);
                }
                total = total.add(exact(p[i]).multiply(exact(q[i])));
            }
            return PyFloat.of(total.doubleValue());
        }
        PyObject total = PyInt.ZERO;
        for (int i = 0; i < p.length; i++) {
            total = Ops.binaryOp(total, Ops.binaryOp(p[i], q[i], Ops.NB_MULTIPLY), Ops.NB_ADD);
        }
        return total;
    }

    private static java.math.BigDecimal exact(PyObject x) {
        return x instanceof PyInt i ? new java.math.BigDecimal(i.toBigInteger()) : new java.math.BigDecimal(((PyFloat) x).value);
    }

    /** With infinities or NaNs the plain float sum gives the IEEE answer. */
    private static PyObject floatSumprod(PyObject[] p, PyObject[] q) {
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            total += Mod.toDouble(p[i]) * Mod.toDouble(q[i]);
        }
        return PyFloat.of(total);
    }

    /** An int argument as an exact int (bool and int subclasses give their value, as their __floor__ does). */
    private static PyObject exactInt(PyObject o) {
        return o.getClass() == PyInt.class ? o : PyInt.of(((PyInt) o).toBigInteger());
    }
}
