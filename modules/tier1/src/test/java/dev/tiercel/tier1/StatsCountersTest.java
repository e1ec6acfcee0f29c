package dev.tiercel.tier1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.PyStats;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tier 1's {@code -X pystats} counters on real programs. The switch is a static final, so this class runs in a JVM of
 * its own started with {@code -Dtiercel.pystats=true} (the {@code pystats} execution in this module's pom); the
 * condition keeps it out of the ordinary test JVM when a {@code -Dtest=} filter overrides the pom's excludes.
 */
@EnabledIfSystemProperty(named = "tiercel.pystats", matches = "true")
class StatsCountersTest {

    @BeforeEach
    void statsAreOn() {
        assertThat(PyStats.ENABLED).as("run with -Dtiercel.pystats=true").isTrue();
        PyStats.clear();
    }

    private static Map<String, Long> run(String name) throws Exception {
        Path p = Path.of(StatsCountersTest.class.getResource("/programs/" + name + ".marshal").toURI());
        PyCode code = (PyCode) Marshal.load(Files.readAllBytes(p));
        RuntimeConfig cfg = new RuntimeConfig(List.of("x"), List.of(), Map.of(), false, false, false, Map.of());
        PythonRuntime rt = PythonRuntime.create(cfg, RunMarshal.tiers(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        rt.runCode(code);
        return PyStats.report(Optional.empty()).values();
    }

    private static long get(Map<String, Long> v, String key) {
        return v.getOrDefault(key, 0L);
    }

    @Test
    void everyDispatchIsOnePair() throws Exception {
        Map<String, Long> v = run("calls");
        long executions = v.entrySet().stream().filter(e -> e.getKey().endsWith(".execution_count"))
                .mapToLong(Map.Entry::getValue).sum();
        long pairs = v.entrySet().stream().filter(e -> e.getKey().contains(".pair_count["))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(executions).isPositive().isEqualTo(pairs);
    }

    @Test
    void eachGenericExecutionWaitsOrTriesOnce() throws Exception {
        Map<String, Long> v = run("type_change");
        int checked = 0;
        for (int op = 0; op < 256; op++) {
            if (!Specializer.countsDown(op)) {
                continue;
            }
            String k = "opcode[" + Opcodes.name(op) + "].";
            long exec = get(v, k + "execution_count");
            assertThat(exec).as(k).isEqualTo(get(v, k + "specialization.success")
                    + get(v, k + "specialization.failure") + get(v, k + "specialization.deferred"));
            checked += exec > 0 ? 1 : 0;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void typeChangeMissesAndDeoptimizes() throws Exception {
        Map<String, Long> v = run("type_change");
        long miss = get(v, "opcode[BINARY_OP].specialization.miss");
        assertThat(miss).isPositive();
        assertThat(get(v, "opcode[BINARY_OP].specialization.deopt")).isEqualTo(miss);
        long specialized = 0;
        long specializedMisses = 0;
        for (int op = 0; op < 256; op++) {
            if (Opcodes.name(op) != null && Opcodes.isSpecialized(op) && Opcodes.base(op) == Opcodes.BINARY_OP) {
                specialized += get(v, "opcode[" + Opcodes.name(op) + "].execution_count");
                specializedMisses += get(v, "opcode[" + Opcodes.name(op) + "].specialization.miss");
            }
        }
        assertThat(specializedMisses).isEqualTo(miss);
        assertThat(get(v, "opcode[BINARY_OP].specialization.hit") + miss).isEqualTo(specialized);
    }

    @Test
    void failureKindsNeverExceedFailures() throws Exception {
        Map<String, Long> v = run("attr_binop");
        for (int op = 0; op < 256; op++) {
            String k = "opcode[" + Opcodes.name(op) + "].specialization.";
            long kinds = 0;
            for (int kind = 0; kind < PyStats.FAILURE_KINDS; kind++) {
                kinds += get(v, k + "failure_kinds[" + kind + "]");
            }
            assertThat(kinds).as(k).isLessThanOrEqualTo(get(v, k + "failure"));
        }
    }

    @Test
    void pythonCallsPushFramesInTheSameLoop() throws Exception {
        Map<String, Long> v = run("calls");
        assertThat(get(v, "Calls to Python functions inlined")).isPositive();
        assertThat(get(v, "Frames pushed")).isEqualTo(get(v, "Calls to PyEval_EvalDefault")
                - get(v, "Calls via PyEval_EvalFrame[2]") + get(v, "Calls to Python functions inlined"));
        assertThat(get(v, "Calls via PyEval_EvalFrame[0]")).isEqualTo(get(v, "Calls to PyEval_EvalDefault"));
    }
}
