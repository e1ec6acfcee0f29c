package dev.tiercel.stdlib.accel.decimal;

import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyType;
import java.math.BigInteger;
import java.util.function.BooleanSupplier;

/** Finite Decimals to and from their text: the plain ASCII forms here, everything else in decimal.py. */
final class NumericStrings {
    private NumericStrings() {}

    /**
     * {@code [+-]digits[.digits][(e|E)[+-]digits]} as decimal.py's {@code _parse} reads it, or null for any other
     * text (spaces, underscores, other digits, infinities, NaNs, errors), which decimal.py then reads itself.
     */
    static DecimalNumber parse(PyType type, String s) {
        int n = s.length();
        int i = 0;
        int sign = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? 1 : 0;
            i++;
        }
        int digitsStart = i;
        int digitCount = 0;
        int fractionDigits = -1; // -1 until the point
        long small = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                small = small * 10 + (c - '0'); // wraps past 18 digits; then the BigInteger path is used
                digitCount++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                break;
            }
        }
        int digitsEnd = i;
        if (digitCount == 0) {
            return null;
        }
        long exponent = 0;
        if (i < n) {
            char c = s.charAt(i++);
            if (c != 'e' && c != 'E' || i == n) {
                return null;
            }
            boolean negativeExponent = false;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            if (i == n || n - i > 18) {
                return null;
            }
            for (; i < n; i++) {
                char d = s.charAt(i);
                if (d < '0' || d > '9') {
                    return null;
                }
                exponent = exponent * 10 + (d - '0');
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        PyInt coef;
        if (digitCount <= 18) {
            coef = PyInt.of(small);
        } else {
            coef = PyInt.of(new BigInteger(s.substring(digitsStart, digitsEnd).replace(".", "")));
        }
        long exp = exponent - Math.max(fractionDigits, 0);
        return DecimalType.finite(type, sign, coef, PyInt.of(exp));
    }

    /** decimal.py's {@code _to_string} of a finite number (not engineering notation). */
    static String scientific(DecimalNumber d, BooleanSupplier capitals) {
        String sign = d.negative() ? "-" : "";
        String digits = d.coef.big == null ? Long.toString(d.coef.value) : d.coef.big.toString();
        long exp = d.exp.value;
        long left = exp + digits.length(); // digits before the point in plain notation
        long point = exp <= 0 && left > -6 ? left : 1;
        String body;
        if (point <= 0) {
            body = "0." + "0".repeat((int) -point) + digits;
        } else if (point >= digits.length()) {
            body = digits + "0".repeat((int) (point - digits.length()));
        } else {
            body = digits.substring(0, (int) point) + "." + digits.substring((int) point);
        }
        if (point == left) {
            return sign + body;
        }
        long shown = left - point;
        return sign + body + (capitals.getAsBoolean() ? "E" : "e") + (shown >= 0 ? "+" : "-") + Math.abs(shown);
    }
}
