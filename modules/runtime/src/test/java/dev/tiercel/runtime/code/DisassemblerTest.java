package dev.tiercel.runtime.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Constant reprs used by the disassembler, checked against CPython's repr (floats.tsv is CPython output). */
class DisassemblerTest {

    @Test
    void floatReprMatchesCPythonShortestRoundTrip() throws IOException {
        String table;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("repr/floats.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int n = 0;
        for (String line : table.lines().toList()) {
            String[] f = line.split("\t");
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            assertThat(Disassembler.floatRepr(d)).as("bits %s", f[0]).isEqualTo(f[1]);
            n++;
        }
        assertThat(n).isGreaterThan(400);
    }

    @Test
    void specialFloatsAndComplex() {
        assertThat(Disassembler.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Disassembler.floatRepr(Double.NaN)).isEqualTo("nan");
        assertThat(Disassembler.complexRepr(0.0, 2.0)).isEqualTo("2j");
        assertThat(Disassembler.complexRepr(1.0, 2.0)).isEqualTo("(1+2j)");
        assertThat(Disassembler.complexRepr(1.5, -0.5)).isEqualTo("(1.5-0.5j)");
    }

    @Test
    void stringAndBytesReprQuoteLikePython() {
        assertThat(Disassembler.strRepr("it's")).isEqualTo("\"it's\"");
        assertThat(Disassembler.strRepr("say \"hi\" it's")).isEqualTo("'say \"hi\" it\\'s'");
        assertThat(Disassembler.strRepr("tab\t\u00e9\u4e2d\u0000\u007f")).isEqualTo("'tab\\t\u00e9\u4e2d\\x00\\x7f'");
        assertThat(Disassembler.bytesRepr(new byte[] {'a', 0, (byte) 0xff, '\''})).isEqualTo("b\"a\\x00\\xff'\"");
    }
}
