package dev.tiercel.stdlib.accel.decimal;

import dev.tiercel.runtime.object.AttrMap;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import java.util.Map;

/**
 * A {@code decimal.Decimal}: the four fields decimal.py's Decimal keeps in its slots ({@code _sign},
 * {@code _coef}, {@code _exp}, {@code _kind}), value = (-1)**sign * coef * 10**exp for finite numbers.
 */
final class DecimalNumber extends PyObject {
    static final int FINITE = 0, INF = 1, NAN = 2, SNAN = 3;
    /** Fast paths take exponents within this bound, so that their sums and differences stay far inside a long. */
    private static final long FAST_EXPONENT = 1L << 40;

    private final PyType type;
    private Map<String, PyObject> dict;
    final int sign;
    final PyInt coef;
    final PyInt exp;
    final int kind;

    DecimalNumber(PyType type, int sign, PyInt coef, PyInt exp, int kind) {
        this.type = type;
        this.sign = sign;
        this.coef = coef;
        this.exp = exp;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null && type.instancesHaveDict) {
            dict = new AttrMap(new PyDict());
        }
        return dict;
    }

    boolean negative() {
        return sign == 1;
    }

    /** A finite number of decimal.py's own class with a modest exponent: what the accelerator's paths handle. */
    boolean plain(PyType decimal) {
        return type == decimal && kind == FINITE && exp.big == null && Math.abs(exp.value) < FAST_EXPONENT;
    }

    /** The coefficient with the number's sign. */
    PyInt signedCoefficient() {
        return negative() ? Coefficients.negate(coef) : coef;
    }
}
