package dev.tiercel.stdlib.accel.decimal;

import static dev.tiercel.stdlib.accel.decimal.DecimalNumber.FINITE;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.stdlib.accel.Natives;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * {@code _decimal_core.DecimalBase}, the base decimal.py's {@code Decimal} derives from when the accelerator is
 * present (in place of its {@code _PyDecimalBase}). It stores the four fields and runs construction, {@code +},
 * {@code -}, {@code *}, {@code quantize}, comparisons, hashing and {@code str} of finite numbers of the
 * {@code Decimal} class itself; NaNs, infinities, subclasses, floats and anything else go to the Python methods,
 * so the results, flags and errors are decimal.py's in every case.
 */
final class DecimalType {
    private DecimalType() {}

    static final PyType TYPE = Natives.type("decimal", "DecimalBase");
    private static final PyInt ZERO_EXPONENT = PyInt.ZERO;
    /** Operand exponents further apart than this go to Python (which scales as written, however long it takes). */
    private static final long FAST_SHIFT = 10_000;
    private static final BigInteger HASH_MODULUS = BigInteger.valueOf(PyInt.HASH_MODULUS);

    static {
        TYPE.factory = DecimalType::construct;
        field("_sign", d -> PyInt.of(d.sign));
        field("_coef", d -> d.coef);
        field("_exp", d -> d.exp);
        field("_kind", d -> PyInt.of(d.kind));
        PyBuiltinFunction make = new PyBuiltinFunction("_make", DecimalType::make, false, TYPE.name());
        TYPE.dict.put("_make", new PyDescriptors.StaticMethod(make));
        arithmetic();
        comparisons();
        method("quantize", DecimalType::quantize);
        method("__hash__", DecimalType::hash);
        method("__str__", DecimalType::str);
        method("__repr__", DecimalType::repr);
        method("__bool__", (a, k) -> {
            DecimalNumber d = self(a[0]);
            return PyBool.of(d.kind != FINITE || !Coefficients.isZero(d.coef));
        });
    }

    private static void field(String name, Function<DecimalNumber, PyObject> getter) {
        TYPE.dict.put(name, new PyDescriptors.GetSet(name, o -> getter.apply(self(o)), (o, v) -> {
            throw PyErr.attributeError("'decimal.Decimal' object has no attribute '" + name
                    + "' and no __dict__ for setting new attributes");
        }, TYPE));
    }

    private static void method(String name, PyBuiltinFunction.Body body) {
        Natives.method(TYPE, name, body);
    }

    private static DecimalNumber self(PyObject o) {
        if (o instanceof DecimalNumber d) {
            return d;
        }
        throw PyErr.typeError("descriptor requires a 'decimal.Decimal' object but received a '"
                + o.type().name() + "'");
    }

    // ---- construction --------------------------------------------------------------------------------------------

    /** {@code Decimal(value='0', context=None)}: ints, Decimals and plain numeric strings here, the rest by _parts. */
    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] bound = bind(args, kwnames, 0, "value", "context");
        DecimalModule module = DecimalModule.get();
        if (bound == null) { // the arguments do not fit: Python reports it as _PyDecimalBase.__new__ does
            PyObject[] withType = new PyObject[args.length + 1];
            withType[0] = type;
            System.arraycopy(args, 0, withType, 1, args.length);
            return module.python("__new__", withType, kwnames);
        }
        PyObject value = bound[0] == null ? PyStr.of("0") : bound[0];
        DecimalNumber made = exact(type, value);
        if (made != null) {
            return made;
        }
        PyObject parts = Ops.call(module.parts(), value, bound[1] == null ? PyNone.INSTANCE : bound[1]);
        return fromParts(type, ((PyTuple) parts).items);
    }

    private static DecimalNumber exact(PyType type, PyObject value) {
        if (value instanceof DecimalNumber d) {
            return new DecimalNumber(type, d.sign, d.coef, d.exp, d.kind);
        }
        if (value instanceof PyInt i) {
            return fromInt(type, i);
        }
        if (value instanceof PyStr s) {
            return NumericStrings.parse(type, s.value);
        }
        return null;
    }

    private static DecimalNumber fromInt(PyType type, PyInt i) {
        return new DecimalNumber(type, i.signum() < 0 ? 1 : 0, abs(i), ZERO_EXPONENT, FINITE);
    }

    private static PyInt abs(PyInt i) {
        if (i instanceof PyBool) {
            return PyInt.of(i.value);
        }
        return i.signum() < 0 ? Coefficients.negate(i) : i;
    }

    private static DecimalNumber fromParts(PyType type, PyObject[] p) {
        return new DecimalNumber(type, (int) Ops.index(p[0]), integer(p[1]), integer(p[2]), (int) Ops.index(p[3]));
    }

    private static PyInt integer(PyObject o) {
        if (o instanceof PyInt i && !(i instanceof PyBool)) {
            return i;
        }
        if (o instanceof PyInt i) {
            return PyInt.of(i.value);
        }
        throw PyErr.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    /** {@code Decimal._make(sign, coef, exp, kind=_FINITE)}: an instance of decimal's Decimal from its fields. */
    private static PyObject make(PyObject[] a, String[] k) {
        PyObject[] p = bind(a, k, 3, "sign", "coef", "exp", "kind");
        if (p == null) {
            throw PyErr.typeError("_make() takes from 3 to 4 arguments");
        }
        return new DecimalNumber(DecimalModule.get().decimal(), (int) Ops.index(p[0]), integer(p[1]),
                integer(p[2]), p[3] == null ? FINITE : (int) Ops.index(p[3]));
    }

    static DecimalNumber finite(PyType type, int sign, PyInt coef, PyInt exp) {
        return new DecimalNumber(type, sign, coef, exp, FINITE);
    }

    // ---- arithmetic ----------------------------------------------------------------------------------------------

    /** Which operation a binary method is: the operand order and how the right operand's sign enters. */
    private enum Binary {
        ADD, RADD, SUB, RSUB, MUL, RMUL
    }

    private static void arithmetic() {
        binary("__add__", Binary.ADD);
        binary("__radd__", Binary.RADD);
        binary("__sub__", Binary.SUB);
        binary("__rsub__", Binary.RSUB);
        binary("__mul__", Binary.MUL);
        binary("__rmul__", Binary.RMUL);
    }

    private static void binary(String name, Binary op) {
        method(name, (a, k) -> {
            DecimalModule module = DecimalModule.get();
            PyObject[] p = bind(a, k, 2, "self", "other", "context");
            DecimalNumber self = p == null ? null : self(p[0]);
            DecimalNumber other = p == null ? null : operand(module, p[1]);
            if (other == null || !self.plain(module.decimal()) || !other.plain(module.decimal())) {
                return module.python(name, a, k);
            }
            PyObject context = module.context(p[2]);
            return switch (op) {
                case ADD -> add(module, context, self, other, other.sign);
                case RADD -> add(module, context, other, self, self.sign);
                case SUB -> add(module, context, self, other, 1 - other.sign);
                case RSUB -> add(module, context, other, self, 1 - self.sign);
                case MUL -> multiply(module, context, self, other);
                case RMUL -> multiply(module, context, other, self);
            };
        });
    }

    /** An operand as a Decimal, as {@code _as_decimal(value, False)}: Decimals and ints; null for the rest. */
    private static DecimalNumber operand(DecimalModule module, PyObject o) {
        if (o instanceof DecimalNumber d) {
            return d;
        }
        if (o instanceof PyInt i) {
            return fromInt(module.decimal(), i);
        }
        return null;
    }

    /** decimal.py's {@code _add} of two finite numbers, {@code bSign} the right operand's sign as it enters. */
    private static PyObject add(DecimalModule module, PyObject context, DecimalNumber a, DecimalNumber b,
            int bSign) {
        long ea = a.exp.value, eb = b.exp.value;
        if (Math.abs(ea - eb) > FAST_SHIFT) {
            return slowAdd(context, a, b, bSign);
        }
        long exp = Math.min(ea, eb);
        PyInt x = Coefficients.scale(a.coef, (int) (ea - exp));
        PyInt y = Coefficients.scale(b.coef, (int) (eb - exp));
        PyInt total = Coefficients.add(a.negative() ? Coefficients.negate(x) : x,
                bSign == 1 ? Coefficients.negate(y) : y);
        Rounding rounding = rounding(context);
        if (Coefficients.isZero(total)) {
            // an exact zero is positive unless both addends are negative (or rounding is toward -inf)
            boolean negative = (a.negative() && bSign == 1)
                    || (rounding == Rounding.ROUND_FLOOR && a.sign != bSign);
            return DecimalType.finite(module.decimal(), negative ? 1 : 0, PyInt.ZERO, PyInt.of(exp));
        }
        int sign = total.signum() < 0 ? 1 : 0;
        return rounded(module, context, rounding, sign, sign == 1 ? Coefficients.negate(total) : total, exp);
    }

    /** decimal.py's own {@code _add}, for exponents too far apart to scale here. */
    private static PyObject slowAdd(PyObject context, DecimalNumber a, DecimalNumber b, int bSign) {
        return Ops.call(Ops.getattr(a, "_add"), b, context, PyInt.of(bSign));
    }

    private static PyObject multiply(DecimalModule module, PyObject context, DecimalNumber a, DecimalNumber b) {
        return rounded(module, context, rounding(context), a.sign ^ b.sign, Coefficients.multiply(a.coef, b.coef),
                a.exp.value + b.exp.value);
    }

    /** decimal.py's {@code _rounded}: the finite result rounded to the context's precision, with its signals. */
    private static PyObject rounded(DecimalModule module, PyObject context, Rounding rounding, int sign, PyInt coef,
            long exp) {
        long prec = precision(context);
        long drop = Coefficients.digits(coef) - prec;
        if (drop <= 0) {
            return finite(module.decimal(), sign, coef, PyInt.of(exp));
        }
        if (rounding == null) { // a rounding decimal.py does not know: its own code decides what that means
            return Ops.call(Ops.getattr(finite(module.decimal(), sign, coef, PyInt.of(exp)), "_rounded"), context);
        }
        Coefficients.Dropped kept = Coefficients.round(sign == 1, coef, (int) drop, rounding);
        PyInt c = kept.coefficient();
        exp += drop;
        if (Coefficients.digits(c) > prec) { // rounded up to 10**prec
            c = Coefficients.scaleDown(c);
            exp += 1;
        }
        DecimalModule.signal(context, module.rounded());
        if (kept.inexact()) {
            DecimalModule.signal(context, module.inexact());
        }
        return finite(module.decimal(), sign, c, PyInt.of(exp));
    }

    private static long precision(PyObject context) {
        return Ops.index(Ops.getattr(context, "prec"));
    }

    private static Rounding rounding(PyObject context) {
        return Rounding.of(Ops.getattr(context, "rounding"));
    }

    /** {@code quantize(exp, rounding=None, context=None)}. */
    private static PyObject quantize(PyObject[] a, String[] k) {
        DecimalModule module = DecimalModule.get();
        PyObject[] p = bind(a, k, 2, "self", "exp", "rounding", "context");
        DecimalNumber self = p == null ? null : self(p[0]);
        DecimalNumber target = p == null ? null : operand(module, p[1]);
        if (target == null || !self.plain(module.decimal()) || !target.plain(module.decimal())) {
            return module.python("quantize", a, k);
        }
        PyObject context = module.context(p[3]);
        Rounding rounding = p[2] != null && p[2] != PyNone.INSTANCE && Ops.isTrue(p[2]) ? Rounding.of(p[2])
                : rounding(context);
        long to = target.exp.value, from = self.exp.value;
        if (rounding == null || Math.abs(to - from) > FAST_SHIFT) {
            return module.python("quantize", a, k);
        }
        if (Coefficients.isZero(self.coef)) {
            return finite(module.decimal(), self.sign, PyInt.ZERO, target.exp);
        }
        Coefficients.Dropped kept = to >= from ? Coefficients.round(self.negative(), self.coef, (int) (to - from),
                rounding) : new Coefficients.Dropped(Coefficients.scale(self.coef, (int) (from - to)), false);
        if (Coefficients.digits(kept.coefficient()) > precision(context)) {
            return module.python("quantize", a, k); // InvalidOperation, raised or flagged by decimal.py
        }
        if (to > from) {
            DecimalModule.signal(context, module.rounded());
        }
        if (kept.inexact()) {
            DecimalModule.signal(context, module.inexact());
        }
        return finite(module.decimal(), self.sign, kept.coefficient(), target.exp);
    }

    // ---- comparison and hashing ----------------------------------------------------------------------------------

    private static void comparisons() {
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = Ops.LT; op <= Ops.GE; op++) {
            if (op == Ops.NE) {
                continue; // object's __ne__ inverts __eq__, as for decimal.py's class
            }
            int which = op;
            String name = names[op];
            method(name, (a, k) -> {
                DecimalModule module = DecimalModule.get();
                DecimalNumber self = a.length == 2 && k == null ? self(a[0]) : null;
                DecimalNumber other = self == null ? null : operand(module, a[1]);
                if (other == null || !self.plain(module.decimal()) || !other.plain(module.decimal())
                        || Math.abs(self.exp.value - other.exp.value) > FAST_SHIFT) {
                    return module.python(name, a, k);
                }
                int c = compare(self, other);
                return PyBool.of(switch (which) {
                    case Ops.LT -> c < 0;
                    case Ops.LE -> c <= 0;
                    case Ops.EQ -> c == 0;
                    case Ops.GT -> c > 0;
                    default -> c >= 0;
                });
            });
        }
    }

    private static int compare(DecimalNumber a, DecimalNumber b) {
        long exp = Math.min(a.exp.value, b.exp.value);
        PyInt x = Coefficients.scale(a.coef, (int) (a.exp.value - exp));
        PyInt y = Coefficients.scale(b.coef, (int) (b.exp.value - exp));
        return Coefficients.compare(a.negative() ? Coefficients.negate(x) : x, b.negative() ? Coefficients.negate(y)
                : y);
    }

    /** The hash decimal.py's {@code _hash} computes: coef * 10**exp modulo 2**61 - 1, so equal numbers agree. */
    private static PyObject hash(PyObject[] a, String[] k) {
        DecimalModule module = DecimalModule.get();
        DecimalNumber self = a.length == 1 && k == null ? self(a[0]) : null;
        if (self == null || !self.plain(module.decimal())) {
            return module.python("__hash__", a, k);
        }
        BigInteger scale = BigInteger.TEN.modPow(BigInteger.valueOf(self.exp.value), HASH_MODULUS);
        long value = self.coef.toBigInteger().multiply(scale).mod(HASH_MODULUS).longValue();
        value = self.negative() ? -value : value;
        return PyInt.of(value == -1 ? -2 : value);
    }

    // ---- text ----------------------------------------------------------------------------------------------------

    private static PyObject str(PyObject[] a, String[] k) {
        DecimalModule module = DecimalModule.get();
        DecimalNumber self = a.length == 1 && k == null ? self(a[0]) : null;
        if (self == null || !self.plain(module.decimal())) {
            return module.python("__str__", a, k);
        }
        return PyStr.of(NumericStrings.scientific(self, () -> Ops.isTrue(Ops.getattr(module.context(null),
                "capitals"))));
    }

    private static PyObject repr(PyObject[] a, String[] k) {
        DecimalModule module = DecimalModule.get();
        DecimalNumber self = a.length == 1 && k == null ? self(a[0]) : null;
        if (self == null || !self.plain(module.decimal())) {
            return module.python("__repr__", a, k);
        }
        return PyStr.of("Decimal('" + Ops.str(str(a, k)) + "')");
    }

    // ---- arguments -----------------------------------------------------------------------------------------------

    /**
     * Positional and keyword arguments laid out by parameter name (absent ones null), or null when they do not fit
     * the parameters (the Python method then reports the error) or fewer than {@code required} are given.
     */
    static PyObject[] bind(PyObject[] args, String[] kwnames, int required, String... names) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nk;
        if (npos > names.length) {
            return null;
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int i = 0; i < nk; i++) {
            int at = java.util.Arrays.asList(names).indexOf(kwnames[i]);
            if (at < 0 || out[at] != null) {
                return null;
            }
            out[at] = args[npos + i];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }
}
