package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import dev.tiercel.backend.aarch64.NumericLoops;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the JIT against tier 1: programs of {@link NumericLoops} (int and float loops that overflow
 * int64, divide by zero, change types mid-loop) run once in {@code tiercel-tier1} and once in {@code tiercel-jit} at
 * tier-2 threshold 1, each in one process that compiles and runs all of its loops; the outputs must be identical,
 * and the JIT's counters must show that most loops ran as native code.
 */
class JitFuzzTest {
    private static final int PROGRAMS = 4;
    private static final int LOOPS_PER_PROGRAM = 1000;

    @Test
    void generatedNumericLoopsGiveTheSameResultsInTier1AndTheJit(@TempDir Path dir) throws Exception {
        long nativeTraces = 0;
        long nativeEntries = 0;
        for (int seed = 1; seed <= PROGRAMS; seed++) {
            Path program = dir.resolve("loops" + seed + ".py");
            Files.writeString(program, new NumericLoops(seed).program(LOOPS_PER_PROGRAM));
            Images.Result tier1 = Images.tiercel("tiercel-tier1", dir, Map.of(), program.toString());
            Path stats = dir.resolve("stats" + seed + ".txt");
            Images.Result jit = Images.tiercel("tiercel-jit", dir, Map.of("PYTHON_TIER2_THRESHOLD", "1",
                    "TIERCEL_JIT_STATS", stats.toString()), program.toString());
            assertThat(tier1.exitCode()).as("tier 1 on seed %d: %s", seed, tier1.stderr()).isZero();
            assertThat(jit.stderr()).as("JIT stderr on seed %d", seed).isEqualTo(tier1.stderr());
            assertThat(jit.stdout()).as("JIT against tier 1 on seed %d", seed).isEqualTo(tier1.stdout());
            assertThat(jit.exitCode()).isZero();
            assertThat(tier1.stdout().lines().count()).isGreaterThanOrEqualTo(LOOPS_PER_PROGRAM);
            Map<String, Long> counters = JitCounters.read(stats);
            nativeTraces += counters.get("native-traces");
            nativeEntries += counters.get("native-entries");
        }
        System.out.printf("JitFuzzTest: %d loops, %d native traces compiled, %d native entries%n",
                PROGRAMS * LOOPS_PER_PROGRAM, nativeTraces, nativeEntries);
        assertThat(nativeTraces).as("native traces compiled").isGreaterThan(PROGRAMS * LOOPS_PER_PROGRAM / 2);
        assertThat(nativeEntries).isGreaterThan(nativeTraces);
    }

    /** The line {@code TIERCEL_JIT_STATS} makes the JIT write at exit. */
    static final class JitCounters {
        private JitCounters() {}

        static Map<String, Long> read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return Map.of("native-traces", 0L, "native-entries", 0L, "declined", 0L, "fallback-entries", 0L);
            }
            Map<String, Long> m = new java.util.HashMap<>();
            for (String line : Files.readAllLines(file)) {
                for (String kv : line.trim().split(" ")) {
                    String[] p = kv.split("=");
                    if (p[1].chars().allMatch(Character::isDigit)) {
                        m.merge(p[0], Long.parseLong(p[1]), Long::sum);
                    }
                }
            }
            return m;
        }

        /** The arena's code mappings at exit, as [start, end) pairs. */
        static List<long[]> arenaRanges(Path file) throws IOException {
            List<long[]> ranges = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                for (String kv : line.trim().split(" ")) {
                    if (kv.startsWith("arena-ranges=") && !kv.equals("arena-ranges=none")) {
                        for (String r : kv.substring("arena-ranges=".length()).split(",")) {
                            String[] p = r.split("-");
                            ranges.add(new long[] {Long.parseUnsignedLong(p[0], 16), Long.parseUnsignedLong(p[1], 16)});
                        }
                    }
                }
            }
            return ranges;
        }
    }
}
