package dev.tiercel.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code math.erf} and {@code math.erfc}, computed from the Maclaurin series in {@link BigDecimal} with enough
 * digits to absorb the series' cancellation, then rounded once to a double (so results are correctly rounded,
 * like the C library's in all but rare ties).
 */
final class ErrorFunction {
    private ErrorFunction() {}

    /** Past this, erf(x) rounds to +-1.0 and erfc(x) underflows to 0.0. */
    private static final double ERF_ONE = 6.0;
    private static final double ERFC_ZERO = 27.3;

    static double erf(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Math.abs(x) >= ERF_ONE) {
            return Math.copySign(1.0, x);
        }
        return series(x, false);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= ERFC_ZERO) {
            return 0.0;
        }
        if (x < 0) {
            return 2.0 - erfc(-x); // as the C library does, rounding the complement first
        }
        return series(x, true);
    }

    /** 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)); its complement when asked. */
    private static double series(double x, boolean complement) {
        // The largest term is about e^(x^2); keep 40 significant digits beyond it.
        int digits = 40 + (int) Math.ceil(x * x / Math.log(10));
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx, mc);
        BigDecimal power = bx; // (-1)^n x^(2n+1) / n!
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(digits + 5);
        for (int n = 0; ; n++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (n > 0 && term.abs().compareTo(tiny) < 0) {
                break;
            }
            power = power.multiply(x2, mc).divide(BigDecimal.valueOf(-(n + 1L)), mc);
        }
        BigDecimal erf = sum.multiply(BigDecimal.valueOf(2), mc).divide(sqrtPi(mc), mc);
        return (complement ? BigDecimal.ONE.subtract(erf, mc) : erf).doubleValue();
    }

    private static BigDecimal sqrtPi(MathContext mc) {
        return pi(mc).sqrt(mc);
    }

    /** pi by Machin's formula 16 atan(1/5) - 4 atan(1/239). */
    private static BigDecimal pi(MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        return atanInverse(5, wide).multiply(BigDecimal.valueOf(16))
                .subtract(atanInverse(239, wide).multiply(BigDecimal.valueOf(4)), mc);
    }

    private static BigDecimal atanInverse(int k, MathContext mc) {
        BigDecimal kk = BigDecimal.valueOf((long) k * k);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(k), mc);
        BigDecimal sum = power;
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int n = 1; power.abs().compareTo(tiny) > 0; n++) {
            power = power.divide(kk, mc).negate();
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * n + 1), mc), mc);
        }
        return sum;
    }
}
