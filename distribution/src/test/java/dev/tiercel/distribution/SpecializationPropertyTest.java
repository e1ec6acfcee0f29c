package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specialized instructions compute exactly what the generic ones do: seeded programs of {@link MixedTypePrograms}
 * (every specializable family over ints big and negative, floats with nan and -0.0, bools, strs, lists, tuples,
 * dicts, None and user objects with dunders, in runs that make tier 1 specialize and then de-specialize) run in
 * {@code tiercel-tier1} with specialization on and with {@code -X nospecialize}; results and exceptions must be
 * identical, and the statistics of the first run must show every family specializing and missing.
 */
class SpecializationPropertyTest {
    private static final int SEEDS = 4;
    private static final int CALLS = 10_000;
    private static final Pattern WRITTEN = Pattern.compile("Statistics written to (\\S+\\.txt)\\R?");
    /** Families the programs must make specialize; and the ones that must also miss (their guards fail). */
    private static final List<String> SPECIALIZE = List.of("BINARY_OP", "COMPARE_OP", "TO_BOOL", "LOAD_ATTR",
            "STORE_ATTR", "BINARY_SUBSCR", "STORE_SUBSCR", "CONTAINS_OP", "FOR_ITER", "UNPACK_SEQUENCE", "LOAD_GLOBAL",
            "CALL", "SEND");
    private static final List<String> MISS = List.of("BINARY_OP", "COMPARE_OP", "TO_BOOL", "LOAD_ATTR",
            "STORE_ATTR", "BINARY_SUBSCR", "STORE_SUBSCR", "CONTAINS_OP", "FOR_ITER", "UNPACK_SEQUENCE", "LOAD_GLOBAL",
            "CALL", "SEND");

    @Test
    void specializedAndGenericInstructionsAgreeOverMixedTypes(@TempDir Path dir) throws Exception {
        Map<String, Long> totals = new TreeMap<>();
        long lines = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Path program = dir.resolve("mixed" + seed + ".py");
            Files.writeString(program, new MixedTypePrograms(seed).program(CALLS));
            Images.Result on = Images.tiercel("tiercel-tier1", dir, Map.of(), "-X", "pystats",
                    program.getFileName().toString());
            Images.Result off = Images.tiercel("tiercel-tier1", dir, Map.of(), "-X", "nospecialize",
                    program.getFileName().toString());
            Matcher written = WRITTEN.matcher(on.stderr());
            assertThat(written.find()).as("seed %d: %s", seed, on.stderr()).isTrue();
            Map<String, Long> stats = PystatsTest.parse(Files.readString(Path.of(written.group(1))));
            stats.forEach((k, v) -> totals.merge(k, v, Long::sum));
            assertThat(addressless(on.stderr().replace(written.group(), ""))).as("stderr, seed %d", seed)
                    .isEqualTo(addressless(off.stderr()));
            assertThat(addressless(on.stdout())).as("seed %d", seed).isEqualTo(addressless(off.stdout()));
            assertThat(on.exitCode()).as("seed %d: %s", seed, on.stderr()).isZero();
            assertThat(off.exitCode()).isZero();
            lines += on.stdout().lines().count();
        }
        assertThat(lines).isGreaterThanOrEqualTo((long) SEEDS * CALLS);
        for (String family : SPECIALIZE) {
            assertThat(totals.getOrDefault("opcode[" + family + "].specialization.success", 0L))
                    .as("%s specialized", family).isPositive();
        }
        for (String family : MISS) {
            assertThat(totals.getOrDefault("opcode[" + family + "].specialization.miss", 0L))
                    .as("%s de-specialized", family).isPositive();
        }
        System.out.printf("SpecializationPropertyTest: %d calls in %d programs; successes %s%n", lines, SEEDS,
                totals.entrySet().stream().filter(e -> e.getKey().endsWith("].specialization.success"))
                        .map(e -> e.getKey().replace(".specialization.success", "") + "=" + e.getValue()).toList());
    }

    /** Object addresses differ between processes. */
    private static String addressless(String s) {
        return s.replaceAll("0x[0-9a-fA-F]+", "0x?");
    }
}
