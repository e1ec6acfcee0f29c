package dev.tiercel.runtime.object;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.internal.builtins.FloatBuiltins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatReprTest {

    @ParameterizedTest
    @CsvSource({"1e16, 1e+16", "0.1, 0.1", "1.0, 1.0", "1e-05, 1e-05", "0.0001, 0.0001", "1e15, 1000000000000000.0",
        "123456789012345680.0, 1.2345678901234568e+17", "3.0000000000000004, 3.0000000000000004",
        "2.5e-310, 2.5e-310", "1.7976931348623157e308, 1.7976931348623157e+308", "-2.5, -2.5", "0.3, 0.3",
        "100.0, 100.0", "5e-324, 5e-324", "1234.5678, 1234.5678"})
    void shortestRoundTrip(double v, String expected) {
        assertThat(FloatBuiltins.repr(v)).isEqualTo(expected);
    }

    @Test
    void specialValues() {
        assertThat(FloatBuiltins.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(FloatBuiltins.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(FloatBuiltins.repr(Double.NaN)).isEqualTo("nan");
        assertThat(FloatBuiltins.repr(-0.0)).isEqualTo("-0.0");
        assertThat(FloatBuiltins.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void roundIsCorrectlyRounded() {
        assertThat(FloatBuiltins.round(2.675, 2)).isEqualTo(2.67);
        assertThat(FloatBuiltins.round(0.125, 2)).isEqualTo(0.12);
        assertThat(FloatBuiltins.round(1.5, 0)).isEqualTo(2.0);
    }

    @Test
    void hashOfIntegralFloatEqualsIntHash() {
        assertThat(PyFloat.hash(3.0)).isEqualTo(3);
        assertThat(PyFloat.hash(-1.0)).isEqualTo(-2);
        assertThat(PyFloat.hash(0.5)).isEqualTo(1152921504606846976L);
        assertThat(PyFloat.hash(1.5)).isEqualTo(1152921504606846977L);
    }
}
