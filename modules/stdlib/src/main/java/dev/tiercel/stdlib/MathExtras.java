package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyTuple;

/** {@code math} functions the JDK lacks: frexp, ldexp and the inverse hyperbolic functions (fdlibm's formulas). */
final class MathExtras {
    private static final double LN2 = 0.6931471805599453;
    private static final double HUGE = 0x1p28;

    private MathExtras() {}

    static void install(PyModule m) {
        Mod.fn(m, "frexp", (a, k) -> {
            Args.check("frexp", a, k, 1, 1);
            return frexp(Mod.toDouble(a[0]));
        });
        Mod.fn(m, "ldexp", (a, k) -> {
            Args.check("ldexp", a, k, 2, 2);
            return PyFloat.of(ldexp(Mod.toDouble(a[0]), a[1]));
        });
        Mod.fn1(m, "asinh", MathExtras::asinh);
        Mod.fn1(m, "acosh", MathExtras::acosh);
        Mod.fn1(m, "atanh", MathExtras::atanh);
    }

    static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(PyFloat.of(x), PyInt.of(0));
        }
        int shift = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {   // subnormal: scale into the normal range first
            x *= 0x1p54;
            shift = -54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(PyFloat.of(Math.scalb(x, -e)), PyInt.of(e + shift));
    }

    static double ldexp(double x, dev.tiercel.runtime.object.PyObject exp) {
        if (exp instanceof PyFloat) {
            throw PyErr.typeError("Expected an int as second argument to ldexp.");
        }
        PyInt e = exp instanceof PyInt i ? i : PyInt.of(Ops.index(exp));
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        int n = e.isSmall() ? (int) Math.max(-100000, Math.min(100000, e.value)) : e.signum() > 0 ? 100000 : -100000;
        double r = Math.scalb(x, n);
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("math range error");
        }
        return r;
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax > HUGE) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2) {
            r = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= HUGE) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax >= 1) {
            return Double.isNaN(x) ? x : Double.NaN;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax < 0.5) {
            double t = ax + ax;
            r = 0.5 * Math.log1p(t + t * ax / (1 - ax));
        } else {
            r = 0.5 * Math.log1p((ax + ax) / (1 - ax));
        }
        return Math.copySign(r, x);
    }

    /*
     * The hyperbolic functions in the steps of fdlibm's (which glibc, and so CPython, uses) over the JDK's exp and
     * expm1: Math.cosh/sinh/tanh differ from glibc in the last bit for common arguments such as cosh(1).
     */
    private static final double OVERFLOW_THRESHOLD = 709.782712893384;

    static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax < 0.5 * LN2) {
            double t = Math.expm1(ax);
            double w = 1 + t;
            return ax < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < OVERFLOW_THRESHOLD) {
            return 0.5 * Math.exp(ax);
        }
        double w = Math.exp(0.5 * ax);
        return 0.5 * w * w;
    }

    static double sinh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2 * t - t * t / (t + 1)) : h * (t + t / (t + 1));
        }
        if (ax < OVERFLOW_THRESHOLD) {
            return h * Math.exp(ax);
        }
        double w = Math.exp(0.5 * ax);
        return h * w * w;
    }

    static double tanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        double z;
        if (ax < 22) {
            if (ax < 0x1p-55) {
                return x;
            }
            if (ax >= 1) {
                double t = Math.expm1(2 * ax);
                z = 1 - 2 / (t + 2);
            } else {
                double t = Math.expm1(-2 * ax);
                z = -t / (t + 2);
            }
        } else {
            z = 1;
        }
        return Math.copySign(z, x);
    }
}
