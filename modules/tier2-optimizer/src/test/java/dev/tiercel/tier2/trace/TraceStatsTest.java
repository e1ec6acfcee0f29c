package dev.tiercel.tier2.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.spi.StatsWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tier 2's section of the stats file: CPython's key names, histograms and per-uop lines from {@link Uop}. */
class TraceStatsTest {

    private static long get(Map<String, Long> v, String key) {
        return v.getOrDefault(key, 0L);
    }

    @Test
    void countsLandInCPythonsKeys() {
        Map<String, Long> before = section();
        TraceStats.attempt();
        TraceStats.traceCreated(12);
        TraceStats.optimizerAttempt();
        TraceStats.optimized(9);
        TraceStats.traceRun(17);
        TraceStats.executed(Uop._START_EXECUTOR);
        TraceStats.miss(Uop._GUARD_BOTH_INT);
        TraceStats.unsupported(Opcodes.LOAD_NAME);
        TraceStats.tooShort();
        Map<String, Long> v = section();
        assertThat(get(v, "Optimization attempts") - get(before, "Optimization attempts")).isEqualTo(1);
        assertThat(get(v, "Optimization traces created") - get(before, "Optimization traces created")).isEqualTo(1);
        assertThat(get(v, "Trace length[16]") - get(before, "Trace length[16]")).isEqualTo(1);
        assertThat(get(v, "Optimized trace length[16]") - get(before, "Optimized trace length[16]")).isEqualTo(1);
        assertThat(get(v, "Trace run length[32]") - get(before, "Trace run length[32]")).isEqualTo(1);
        assertThat(get(v, "Optimization uops executed") - get(before, "Optimization uops executed")).isEqualTo(17);
        assertThat(get(v, "uops[_START_EXECUTOR].execution_count")
                - get(before, "uops[_START_EXECUTOR].execution_count")).isEqualTo(1);
        assertThat(get(v, "uops[_GUARD_BOTH_INT].specialization.miss")
                - get(before, "uops[_GUARD_BOTH_INT].specialization.miss")).isEqualTo(1);
        assertThat(get(v, "unsupported_opcode[LOAD_NAME].count")
                - get(before, "unsupported_opcode[LOAD_NAME].count")).isEqualTo(1);
        assertThat(get(v, "Optimization trace too short") - get(before, "Optimization trace too short")).isEqualTo(1);
    }

    @Test
    void sectionHasCPythonsFixedLinesInOrder() {
        String text = sectionText();
        assertThat(text).startsWith("Optimization attempts: ");
        assertThat(text.lines().filter(l -> l.startsWith("Trace length["))).hasSize(32);
        assertThat(text.lines().filter(l -> l.startsWith("Trace run length["))).hasSize(32);
        assertThat(text.lines().filter(l -> l.startsWith("Optimized trace length["))).hasSize(32);
        assertThat(text.indexOf("Executors invalidated: ")).isLessThan(text.indexOf("Trace length[1]: "));
        assertThat(text.indexOf("Optimized trace length[2147483648]: "))
                .isLessThan(text.indexOf("Optimization optimizer attempts: "));
    }

    private static Map<String, Long> section() {
        StatsWriter w = new StatsWriter();
        TraceStats.write(w);
        return w.values();
    }

    private static String sectionText() {
        StatsWriter w = new StatsWriter();
        TraceStats.write(w);
        return w.text();
    }
}
