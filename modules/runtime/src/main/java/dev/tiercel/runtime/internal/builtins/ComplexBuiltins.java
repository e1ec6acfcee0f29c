package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/** {@code complex}: construction, arithmetic with CPython's algorithms, repr and format. */
public final class ComplexBuiltins {
    private ComplexBuiltins() {}

    private static final double HASH_IMAG = 1000003;

    static void install() {
        PyType t = PyTypes.COMPLEX;
        t.factory = (type, a, k) -> dev.tiercel.runtime.object.Derived.of(type, construct(a, k));
        Reg.getter(t, "real", x -> PyFloat.of(((PyComplex) x).real));
        Reg.getter(t, "imag", x -> PyFloat.of(((PyComplex) x).imag));
        Reg.method(t, "conjugate", 0, 0, (a, k) -> new PyComplex(((PyComplex) a[0]).real, -((PyComplex) a[0]).imag));
        Reg.method(t, "__complex__", 0, 0, (a, k) -> dev.tiercel.runtime.object.Derived.base(a[0]));
        Reg.method(t, "__hash__", 0, 0, (a, k) -> PyInt.of(hash((PyComplex) a[0])));
        Reg.method(t, "__bool__", 0, 0, (a, k) -> PyBool.of(((PyComplex) a[0]).real != 0 || ((PyComplex) a[0]).imag != 0));
        Reg.method(t, "__repr__", 0, 0, (a, k) -> PyStr.of(repr((PyComplex) a[0])));
        Reg.method(t, "__format__", 1, 1, (a, k) -> PyStr.of(StrBuiltins.builtinFormat(a[0], Ops.str(a[1]))));
        Reg.method(t, "__getnewargs__", 0, 0, (a, k) -> dev.tiercel.runtime.object.PyTuple.of(
                PyFloat.of(((PyComplex) a[0]).real), PyFloat.of(((PyComplex) a[0]).imag)));
        String[] ops = {"add", "sub", "mul", "truediv", "pow"};
        int[] codes = {Ops.NB_ADD, Ops.NB_SUBTRACT, Ops.NB_MULTIPLY, Ops.NB_TRUE_DIVIDE, Ops.NB_POWER};
        for (int i = 0; i < ops.length; i++) {
            int code = codes[i];
            Reg.method(t, "__" + ops[i] + "__", 1, 1, (a, k) -> orNotImplemented(binary(a[0], a[1], code)));
            Reg.method(t, "__r" + ops[i] + "__", 1, 1, (a, k) -> orNotImplemented(binary(a[1], a[0], code)));
        }
        Reg.method(t, "__neg__", 0, 0, (a, k) -> negate((PyComplex) a[0]));
        Reg.method(t, "__pos__", 0, 0, (a, k) -> a[0]);
        Reg.method(t, "__abs__", 0, 0, (a, k) -> abs((PyComplex) a[0]));
        Reg.method(t, "__eq__", 1, 1, (a, k) -> orNotImplemented(compare(a[0], a[1], Ops.EQ)));
        Reg.method(t, "__ne__", 1, 1, (a, k) -> orNotImplemented(compare(a[0], a[1], Ops.NE)));
    }

    private static PyObject orNotImplemented(PyObject r) {
        return r == null ? dev.tiercel.runtime.object.PyNotImplemented.INSTANCE : r;
    }

    /** {@code complex(real=0, imag=0)} and {@code complex(string)}. */
    static PyObject construct(PyObject[] a, String[] k) {
        Args.allowKw("complex", k, "real", "imag");
        int n = Args.npos(a, k);
        if (n > 2) {
            throw PyErr.typeError("complex() takes at most 2 arguments (" + n + " given)");
        }
        PyObject re = n > 0 ? a[0] : Args.kw(a, k, "real");
        PyObject im = n > 1 ? a[1] : Args.kw(a, k, "imag");
        if (re instanceof PyStr s) {
            if (im != null) {
                throw PyErr.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value);
        }
        if (im instanceof PyStr) {
            throw PyErr.typeError("complex() second arg can't be a string");
        }
        PyComplex r = re == null ? new PyComplex(0, 0) : toComplex(re, "first");
        if (im == null) {
            return r;
        }
        PyComplex i = toComplex(im, "second");
        double real = r.real;
        double imag = i.real;
        if (im instanceof PyComplex) {
            real -= i.imag;
        }
        if (re instanceof PyComplex) {
            imag += r.imag;
        }
        return new PyComplex(real, imag);
    }

    private static PyComplex toComplex(PyObject o, String which) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyInt || o instanceof PyFloat) {
            return new PyComplex(FloatBuiltins.toDouble(o), 0);
        }
        if (Ops.usesDunders(o)) {
            PyObject m = o.type().lookup("__complex__");
            if (m != null) {
                PyObject r = Ops.callMethod(m, o);
                if (!(r instanceof PyComplex c)) {
                    throw PyErr.typeError("__complex__ returned non-complex (type " + r.type().name() + ")");
                }
                return c;
            }
            if (o.type().lookup("__float__") != null || o.type().lookup("__index__") != null) {
                return new PyComplex(((PyFloat) NumberBuiltins.toFloat(new PyObject[] {o}, null)).value, 0);
            }
        }
        throw PyErr.typeError("complex() " + which + " argument must be a string or a number, not '"
                + o.type().name() + "'");
    }

    /** Parses {@code "1+2j"}, {@code "(-1.5e3j)"}, {@code "nan+infj"}: CPython's complex() string grammar. */
    static PyComplex parse(String text) {
        String s = text.strip().replace("_", "");
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        try {
            if (s.isEmpty()) {
                throw malformed();
            }
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = splitPoint(body);
                if (split <= 0) {
                    return new PyComplex(0, imagPart(body));
                }
                return new PyComplex(number(body.substring(0, split)), imagPart(body.substring(split)));
            }
            return new PyComplex(number(s), 0);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private static dev.tiercel.runtime.object.PyException malformed() {
        return PyErr.valueError("complex() arg is a malformed string");
    }

    /** Index of the sign that starts the imaginary part (not one following an exponent 'e'), or -1. */
    private static int splitPoint(String body) {
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '+' || c == '-') && Character.toLowerCase(body.charAt(i - 1)) != 'e') {
                return i;
            }
        }
        return -1;
    }

    private static double imagPart(String s) {
        if (s.isEmpty() || s.equals("+")) {
            return 1;
        }
        if (s.equals("-")) {
            return -1;
        }
        return number(s);
    }

    private static double number(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            throw new NumberFormatException();
        }
        String low = s.toLowerCase();
        String body = low.startsWith("+") || low.startsWith("-") ? low.substring(1) : low;
        if (!body.matches("inf|infinity|nan|(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            throw new NumberFormatException();
        }
        return FloatBuiltins.parse(s);
    }

    // ------------------------------------------------------------------ arithmetic

    /** A binary operation where one side is complex; null when not supported (NotImplemented). */
    public static PyObject binary(PyObject x, PyObject y, int op) {
        if (!isOperand(x) || !isOperand(y)) {
            return null;
        }
        PyComplex a = asComplex(x), b = asComplex(y);
        return switch (op) {
            case Ops.NB_ADD -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case Ops.NB_SUBTRACT -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case Ops.NB_MULTIPLY -> product(a, b);
            case Ops.NB_TRUE_DIVIDE -> quotient(a, b);
            case Ops.NB_POWER -> power(a, b);
            default -> null;
        };
    }

    private static boolean isOperand(PyObject o) {
        return o instanceof PyComplex || o instanceof PyInt || o instanceof PyFloat;
    }

    private static PyComplex asComplex(PyObject o) {
        return o instanceof PyComplex c ? c : new PyComplex(FloatBuiltins.toDouble(o), 0);
    }

    static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** CPython's {@code _Py_c_quot}: scales by the larger component of the divisor. */
    static PyComplex quotient(PyComplex a, PyComplex b) {
        double absReal = Math.abs(b.real), absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                throw PyErr.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** complex_pow: repeated squaring for integral exponents up to 100, the polar formula otherwise. */
    static PyComplex power(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            if (n < 0 && a.real == 0 && a.imag == 0) {
                throw PyErr.zeroDivision("0.0 to a negative or complex power");
            }
            r = n > 0 ? powu(a, n) : quotient(new PyComplex(1, 0), powu(a, -n));
        } else {
            r = polarPow(a, b);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            if (!Double.isInfinite(a.real) && !Double.isInfinite(a.imag)
                    && !Double.isInfinite(b.real) && !Double.isInfinite(b.imag)) {
                throw PyErr.overflow("complex exponentiation");
            }
        }
        return r;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            mask <<= 1;
            p = product(p, p);
        }
        return r;
    }

    private static PyComplex polarPow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErr.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    public static PyObject negate(PyComplex c) {
        return new PyComplex(-c.real, -c.imag);
    }

    public static PyObject abs(PyComplex c) {
        if (Double.isInfinite(c.real) || Double.isInfinite(c.imag)) {
            return PyFloat.of(Double.POSITIVE_INFINITY);
        }
        if (Double.isNaN(c.real) || Double.isNaN(c.imag)) {
            return PyFloat.of(Double.NaN);
        }
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("absolute value too large");
        }
        return PyFloat.of(r);
    }

    /** == and != against numbers; null (NotImplemented) for orderings and other types. */
    public static PyObject compare(PyObject x, PyObject y, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !isOperand(x) || !isOperand(y)) {
            return null;
        }
        boolean eq;
        PyComplex a = asComplex(x);
        PyObject other = x instanceof PyComplex ? y : x;
        if (other instanceof PyInt i && !(x instanceof PyInt && y instanceof PyInt)) {
            PyComplex c = x instanceof PyComplex cx ? cx : (PyComplex) y;
            eq = c.imag == 0 && Ops.richCompare(PyFloat.of(c.real), i, Ops.EQ) == PyBool.TRUE;
        } else {
            PyComplex b = asComplex(y);
            eq = a.real == b.real && a.imag == b.imag;
        }
        return PyBool.of(eq == (op == Ops.EQ));
    }

    public static long hash(PyComplex c) {
        long h = dev.tiercel.runtime.object.PyFloat.hash(c.real) + (long) HASH_IMAG * dev.tiercel.runtime.object.PyFloat.hash(c.imag);
        return h == -1 ? -2 : h;
    }

    // ------------------------------------------------------------------ text

    /** repr: {@code 2j}, {@code (1+2j)}, {@code (-0-0j)}, {@code (inf+nanj)}. */
    public static String repr(PyComplex c) {
        String im = part(c.imag);
        if (c.real == 0 && Math.copySign(1.0, c.real) == 1.0) {
            return im + "j";
        }
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(c.real) + sign + im + "j)";
    }

    /** A component as repr writes it, without a trailing ".0". */
    private static String part(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        String s = FloatBuiltins.repr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** {@code format(c, spec)}: each part formatted as a float, the imaginary one always signed. */
    static String format(PyComplex c, String spec) {
        if (spec.isEmpty()) {
            return repr(c);
        }
        FormatSpec f = FormatSpec.parse(spec);
        if (f.type == 0 && f.precision < 0) {
            FormatSpec whole = FormatSpec.parse(spec);
            return whole.pad("", repr(c), '>');
        }
        if ("eEfFgG".indexOf(f.type) < 0 && f.type != 0) {
            throw PyErr.valueError("Unknown format code '" + f.type + "' for object of type 'complex'");
        }
        if (f.fill == '0' && f.align == '=') {
            throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        }
        int width = f.width;
        char align = f.align;
        f.width = -1;
        f.align = 0;
        boolean parens = f.type == 0;
        if (f.type == 0) {
            f.type = 'g';
        }
        String re = f.formatFloat(c.real);
        char sign = f.sign;
        f.sign = '+';
        String im = f.formatFloat(c.imag);
        f.sign = sign;
        boolean skipReal = parens && c.real == 0 && Math.copySign(1.0, c.real) == 1.0;
        String body = skipReal ? im.replaceFirst("^\\+", "") + "j" : re + im + "j";
        if (parens && !skipReal) {
            body = "(" + body + ")";
        }
        f.width = width;
        f.align = align;
        return f.pad("", body, '>');
    }
}
