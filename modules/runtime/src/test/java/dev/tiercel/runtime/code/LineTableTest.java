package dev.tiercel.runtime.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors taken from CPython 3.13's compile() of {@code parse} in shared/examples/exceptions.py. */
class LineTableTest {
    static final byte[] CPYTHON_TABLE = bytes(new int[] {128,0,216,16,20,129,73,128,68,219,13,19,136,1,240,2,5,9,17,216,12,16,148,67,152,1,147,70,137,78,136,68,241,8,0,13,17,241,13,0,14,20,240,14,0,12,16,136,57,208,4,20,248,244,9,0,16,26,243,0,1,9,21,216,12,15,144,49,137,72,138,67,240,3,1,9,21,251,240,6,0,13,17,250});
    static final int[][] CPYTHON_POSITIONS = {{2,2,0,0},{3,3,16,20},{3,3,4,13},{3,3,4,13},{3,3,4,8},{4,4,13,19},{4,4,13,19},{4,4,13,19},{4,4,13,19},{4,4,8,9},{5,10,8,16},{6,6,12,16},{6,6,20,23},{6,6,20,23},{6,6,20,23},{6,6,20,23},{6,6,20,23},{6,6,24,25},{6,6,20,26},{6,6,20,26},{6,6,20,26},{6,6,20,26},{6,6,12,26},{6,6,12,26},{6,6,12,16},{10,10,12,16},{10,10,12,16},{4,4,13,19},{4,4,13,19},{11,11,11,15},{11,11,11,20},{11,11,4,20},{-1,-1,-1,-1},{7,7,15,25},{7,7,15,25},{7,7,15,25},{7,7,15,25},{7,7,15,25},{7,8,8,20},{7,8,8,20},{7,8,8,20},{7,8,8,20},{8,8,12,15},{8,8,19,20},{8,8,12,20},{8,8,12,20},{8,8,12,15},{8,8,12,15},{8,8,12,15},{7,8,8,20},{-1,-1,-1,-1},{-1,-1,-1,-1},{-1,-1,-1,-1},{-1,-1,-1,-1},{10,10,12,16},{-1,-1,-1,-1},{-1,-1,-1,-1},{-1,-1,-1,-1}};

    static byte[] bytes(int[] v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void decodesEveryUnitAsCPythonReportsInCoPositions() {
        List<LineTable.Range> ranges = LineTable.decode(CPYTHON_TABLE, 2);
        int unit = 0;
        for (LineTable.Range r : ranges) {
            assertThat(r.start()).isEqualTo(unit);
            for (int i = r.start(); i < r.end(); i++) {
                int[] want = CPYTHON_POSITIONS[i];
                assertThat(r.position()).as("unit %d", i)
                        .isEqualTo(new LineTable.Position(want[0], want[1], want[2], want[3]));
            }
            unit = r.end();
        }
        assertThat(unit).isEqualTo(CPYTHON_POSITIONS.length);
    }

    @Test
    void encoderReproducesCPythonBytesFromPositions() {
        LineTable.Encoder enc = new LineTable.Encoder(2);
        int i = 0;
        while (i < CPYTHON_POSITIONS.length) {
            int j = i;
            // CPython emits one entry per instruction; group units the decoder reports in one range.
            for (LineTable.Range r : LineTable.decode(CPYTHON_TABLE, 2)) {
                if (r.start() == i) {
                    j = r.end();
                }
            }
            int[] p = CPYTHON_POSITIONS[i];
            enc.add(j - i, p[0], p[1], p[2], p[3]);
            i = j;
        }
        assertThat(enc.toByteArray()).isEqualTo(CPYTHON_TABLE);
    }

    @Test
    void splitsLongRunsAndUsesAllForms() {
        byte[] t = new LineTable.Encoder(10)
                .add(11, 10, 10, 4, 9)     // short form, split 8 + 3
                .add(1, 12, 12, 100, 120)  // one-line form, delta 2
                .add(1, 5, 5, -1, -1)      // no-column form, negative delta
                .add(2, -1, -1, -1, -1)    // no location
                .add(1, 300, 302, 200, 7)  // long form
                .toByteArray();
        List<LineTable.Range> r = LineTable.decode(t, 10);
        assertThat(r).extracting(LineTable.Range::end).containsExactly(8, 11, 12, 13, 15, 16);
        assertThat(r.get(1).position()).isEqualTo(new LineTable.Position(10, 10, 4, 9));
        assertThat(r.get(2).position()).isEqualTo(new LineTable.Position(12, 12, 100, 120));
        assertThat(r.get(3).position()).isEqualTo(new LineTable.Position(5, 5, -1, -1));
        assertThat(r.get(4).position()).isEqualTo(LineTable.Position.NONE);
        assertThat(r.get(5).position()).isEqualTo(new LineTable.Position(300, 302, 200, 7));
    }
}
