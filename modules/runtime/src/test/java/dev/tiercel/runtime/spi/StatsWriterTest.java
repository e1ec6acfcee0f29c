package dev.tiercel.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three line shapes and the histogram buckets of CPython's stats file. */
class StatsWriterTest {

    @Test
    void writesCPythonsThreeLineShapes() {
        StatsWriter w = new StatsWriter()
                .indented("opcode[NOP].execution_count", 5)
                .spaced("opcode[NOP].pair_count[NOP]", 4)
                .plain("Frames pushed", 3);
        assertThat(w.text()).isEqualTo("""
                    opcode[NOP].execution_count : 5
                opcode[NOP].pair_count[NOP] : 4
                Frames pushed: 3
                """);
        assertThat(w.values()).containsExactly(
                java.util.Map.entry("opcode[NOP].execution_count", 5L),
                java.util.Map.entry("opcode[NOP].pair_count[NOP]", 4L),
                java.util.Map.entry("Frames pushed", 3L));
    }

    @Test
    void bucketIsThePowerOfTwoAtOrAboveTheLength() {
        assertThat(StatsWriter.bucket(0)).isZero();
        assertThat(StatsWriter.bucket(1)).isZero();
        assertThat(StatsWriter.bucket(2)).isEqualTo(1);
        assertThat(StatsWriter.bucket(3)).isEqualTo(2);
        assertThat(StatsWriter.bucket(4)).isEqualTo(2);
        assertThat(StatsWriter.bucket(16)).isEqualTo(4);
        assertThat(StatsWriter.bucket(17)).isEqualTo(5);
        assertThat(StatsWriter.bucket(1L << 40)).isEqualTo(StatsWriter.HISTOGRAM_SIZE - 1);
    }

    @Test
    void histogramHas32LinesLabelledByPowersOfTwo() {
        long[] h = new long[StatsWriter.HISTOGRAM_SIZE];
        h[StatsWriter.bucket(12)] = 7;
        String text = new StatsWriter().histogram("Trace length", h).text();
        assertThat(text.lines()).hasSize(32);
        assertThat(text.lines().findFirst()).contains("Trace length[1]: 0");
        assertThat(text).contains("Trace length[16]: 7\n").endsWith("Trace length[2147483648]: 0\n");
    }
}
