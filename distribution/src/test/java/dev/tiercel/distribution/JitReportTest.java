package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code -X jit-report}: after the program, every loop that got hot is listed with its trace or with the reason there
 * is none (and the line it is about); the number of traces it reports equals the number tier 2 announces under
 * {@code PYTHON_LLTRACE=1}. Run on every {@code shared/examples} program (as copied next to the stats files' tests,
 * from {@code tests/programs/examples}) and every {@code bench/programs} program.
 */
class JitReportTest {
    private static final String IMAGE = "tiercel-interp";
    private static final Pattern LOOP = Pattern.compile("(\\S+):(\\d+): (loop|side exit) .*");
    private static final Pattern CREATED = Pattern.compile(
            " *(attempts? [0-9-]+: )?trace created: (\\d+) uops projected, (\\d+) after optimization; run by the .+");
    private static final Pattern NO_TRACE = Pattern.compile(" *(attempts? [0-9-]+: )?no trace: (.+)");

    static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** A report's loops: heading line and the lines under it. */
    record Loop(String heading, List<String> body) {}

    static List<Loop> loops(String report) {
        List<Loop> loops = new ArrayList<>();
        for (String line : report.split("\n")) {
            if (LOOP.matcher(line).matches()) {
                loops.add(new Loop(line, new ArrayList<>()));
            } else if (!loops.isEmpty() && !line.isBlank()) {
                loops.get(loops.size() - 1).body().add(line);
            }
        }
        return loops;
    }

    /** Runs {@code program} with the report and LLTRACE=1; checks every hot loop is explained. */
    static List<Loop> explained(Path program) throws Exception {
        Images.Result r = Images.tiercel(IMAGE, program.getParent(), Map.of("PYTHON_LLTRACE", "1"),
                "-X", "jit-report", program.getFileName().toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        int at = r.stderr().indexOf("\nJIT report (-X jit-report)\n");
        assertThat(at).as(r.stderr()).isGreaterThanOrEqualTo(0);
        String report = r.stderr().substring(at);
        assertThat(report).contains("Tier 2 on (first backend: ");
        assertThat(report).as("the optimizer never fails with a Java exception").doesNotContain("the optimizer failed");
        List<Loop> loops = loops(report);
        int traces = 0;
        for (Loop loop : loops) {
            assertThat(loop.body()).as(loop.heading()).isNotEmpty();
            int explainedAttempts = 0;
            for (String line : loop.body()) {
                Matcher created = CREATED.matcher(line);
                Matcher none = NO_TRACE.matcher(line);
                if (created.matches()) {
                    assertThat(Integer.parseInt(created.group(2))).as(line).isPositive();
                    assertThat(Integer.parseInt(created.group(3))).as(line).isPositive();
                    traces += line.contains("attempts ") ? 0 : 1;
                    explainedAttempts++;
                } else if (none.matches()) {
                    assertThat(none.group(2)).as(loop.heading()).matches(".*\\S.*( at line \\d+|accepted the trace)");
                    explainedAttempts++;
                }
            }
            assertThat(explainedAttempts).as("explained attempts of " + loop.heading() + "\n" + report).isPositive();
        }
        long announced = r.stdout().lines().filter(l -> l.startsWith("Created a proto-trace for ")).count();
        long reported = loops.stream().flatMap(l -> l.body().stream()).filter(l -> CREATED.matcher(l).matches())
                .count();
        assertThat(reported).as("traces reported vs created (LLTRACE)\n" + report).isEqualTo(announced);
        assertThat(report.lines().filter(l -> l.startsWith("Tier 2 on")).findFirst().orElseThrow())
                .contains(loops.stream().filter(l -> l.heading().contains(": loop ")).count()
                        + (loops.stream().filter(l -> l.heading().contains(": loop ")).count() == 1 ? " loop" : " loops"));
        return loops;
    }

    @TestFactory
    Stream<DynamicTest> everyHotLoopOfTheExamplesIsExplained() throws IOException {
        return programs(Images.repo().resolve("tests/programs/examples")).stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> explained(p)));
    }

    @TestFactory
    Stream<DynamicTest> everyHotLoopOfTheBenchmarksIsExplained() throws IOException {
        return programs(Images.repo().resolve("bench/programs")).stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> explained(p)));
    }

    @Test
    void loopsCallingBuiltinMethodsWithoutArgumentsAreTraced() throws Exception {
        List<Loop> loops = explained(Images.repo().resolve("tests/programs/tier2/zero_arg_builtin_calls.py"));
        assertThat(loops).extracting(Loop::heading).anyMatch(h -> h.endsWith(":5: loop module level (lines 5-8)"))
                .anyMatch(h -> h.endsWith(":29: loop in drain() (lines 29-30)"));
        for (Loop loop : loops) {
            if (loop.heading().contains(":5: ") || loop.heading().contains(":29: ")) {
                assertThat(String.join("\n", loop.body())).as(loop.heading()).contains("trace created: ",
                        "the loop closes");
            }
        }
    }

    @Test
    void loopsMakingFunctionsAndGeneratorsAreTraced() throws Exception {
        List<Loop> loops = explained(Images.repo().resolve("tests/programs/tier2/functions_made_in_loops.py"));
        String words = loops.stream().filter(l -> l.heading().contains(" loop in words() ")).findFirst()
                .map(l -> String.join("\n", l.body())).orElseThrow();
        assertThat(words).contains("trace created: ", "the loop closes").doesNotContain("MAKE_FUNCTION");
        // the callee alternates between two generator functions: the call's guard deopts until the trace goes
        String alternating = loops.stream().filter(l -> l.heading().contains(" loop in alternating() "))
                .findFirst().map(l -> String.join("\n", l.body())).orElseThrow();
        assertThat(alternating).containsPattern(
                "invalidated: the types it was specialized for changed \\(`_CALL_PY_GENERATOR` at line 96 "
                        + "deoptimized \\d+ times\\)");
    }

    @Test
    void aLoopWhoseExecutorsAreFruitlessIsLeftToTier1() throws Exception {
        // its call site sees two classes in turn and the inlined callee returns early half the time
        List<Loop> loops = explained(Images.repo().resolve("bench/programs/richards_like.py"));
        String all = String.join("\n", loops.stream().flatMap(l -> l.body().stream()).toList());
        assertThat(all).containsPattern("invalidated: dropped: \\d+ of 1000 entries in a row were fruitless")
                .contains("no trace: tier 2 gave up on this loop");
    }

    @Test
    void aLoopTracedThenTheReasonForOneThatIsNot() throws Exception {
        Path dir = Files.createTempDirectory("jitreport");
        Path program = dir.resolve("loops.py");
        Files.writeString(program, String.join("\n",
                "def bump(v, step=1):",  // a default used: a call tier 2 does not inline
                "    return v + step",
                "t = 0",
                "for i in range(1000):",
                "    t = bump(t)",
                "s = 0",
                "for i in range(1000):",
                "    s += i * 2",
                "print(t, s)", ""));
        try {
            List<Loop> loops = explained(program);
            assertThat(loops).hasSize(2);
            assertThat(loops.get(0).heading()).endsWith("loops.py:4: loop module level (lines 4-5)");
            assertThat(loops.get(0).body().get(0)).isEqualTo("     4 | for i in range(1000):");
            assertThat(String.join("\n", loops.get(0).body())).contains(
                    "no trace: too short", "`bump()` is a call to a Python function", "at line 5",
                    "     5 | t = bump(t)");
            assertThat(loops.get(1).heading()).endsWith("loops.py:7: loop module level (lines 7-8)");
            assertThat(String.join("\n", loops.get(1).body())).contains("trace created: ",
                    "ends: the loop closes: the trace jumps back to its start (line 8)",
                    "exits: 1 taken: line 7 _GUARD_NOT_EXHAUSTED_RANGE x1", "invalidated: no");
        } finally {
            Files.delete(program);
            Files.delete(dir);
        }
    }

    @Test
    void invalidationIsExplained() throws Exception {
        List<Loop> loops = explained(Images.repo().resolve("tests/programs/examples/globals_rebind.py"));
        assertThat(String.join("\n", loops.get(0).body()))
                .contains("invalidated: the global `SCALE` it relied on was rebound");
    }

    @Test
    void withoutTier2TheReportSaysSo() throws Exception {
        Path src = Images.repo().resolve("tests/programs/examples");
        Images.Result tier1 = Images.tiercel("tiercel-tier1", src, Map.of(), "-X", "jit-report", "src.py");
        assertThat(tier1.exitCode()).isZero();
        assertThat(tier1.stdout()).isEqualTo("1999001\n");
        assertThat(tier1.stderr()).isEqualTo("\nJIT report (-X jit-report)\nTier 2 is absent: this image has no "
                + "tier-2 optimizer, so every loop ran in tier 1 and none was traced.\n");
        Images.Result off = Images.tiercel("tiercel-jit-off", src, Map.of(), "-X", "jit-report", "src.py");
        assertThat(off.stderr()).contains("Tier 2 is off (PYTHON_JIT=1 turns it on)");
    }
}
