package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of {@code tests/programs} through {@code tiercel-interp} (the uop interpreter) and {@code tiercel-jit}
 * (native traces wherever every uop has a stencil, the uop interpreter for the rest) with tier 2's thresholds at their
 * minimum ({@code PYTHON_TIER2_THRESHOLD=1}: every loop is projected on its first back edge), compared with the same
 * expected files as {@link ProgramsTest}: traces, side exits and deopts must not change what a program prints. In
 * {@code tiercel-jit} the JIT's counters ({@code TIERCEL_JIT_STATS}) show which programs ran native code.
 */
class Tier2MinimumThresholdsTest {
    private static final List<String> IMAGES = List.of("tiercel-interp", "tiercel-jit");
    private static final Set<String> RAN_NATIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong NATIVE_TRACES = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> everyProgramWithMinimumTier2Thresholds() throws IOException {
        List<Path> programs = programs();
        assertThat(programs).as("programs under tests/programs").isNotEmpty();
        return IMAGES.stream().flatMap(image -> programs.stream()
                .map(p -> DynamicTest.dynamicTest(image + ": " + name(p), () -> check(image, p))));
    }

    /** The JIT compiled traces of real programs and ran them natively (not only declined them). */
    @AfterAll
    static void nativeTracesRanInPrograms() {
        System.out.printf("Tier2MinimumThresholdsTest: %d programs ran native traces (%d traces compiled): %s%n",
                RAN_NATIVE.size(), NATIVE_TRACES.get(), new java.util.TreeSet<>(RAN_NATIVE));
        assertThat(RAN_NATIVE).as("programs whose loops ran as native code in tiercel-jit").hasSizeGreaterThan(3);
    }

    private static List<Path> programs() throws IOException {
        Path root = Images.repo().resolve("tests/programs");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> Files.exists(Path.of(p.toString().replace(".py", ".out")))).sorted().toList();
        }
    }

    private static String name(Path program) {
        return Images.repo().resolve("tests/programs").relativize(program).toString();
    }

    private static void check(String image, Path program) throws IOException, InterruptedException {
        Path dir = program.getParent();
        String base = program.getFileName().toString().replace(".py", "");
        Path stdinFile = dir.resolve(base + ".stdin");
        String stdin = Files.exists(stdinFile) ? Files.readString(stdinFile) : "";
        Path stats = Files.createTempFile("jit-stats", ".txt");
        Files.delete(stats);
        Images.Result r;
        try {
            r = Images.run(dir, Map.of("PYTHONHASHSEED", "0", "PYTHON_TIER2_THRESHOLD", "1", "TIERCEL_JIT_STATS",
                    stats.toString()), stdin, ProgramsTest.command(image, program));
            Map<String, Long> counters = JitFuzzTest.JitCounters.read(stats);
            long traces = counters.get("native-traces");
            if (traces > 0 && counters.get("native-entries") > 0) {
                RAN_NATIVE.add(name(program));
                NATIVE_TRACES.addAndGet(traces);
            }
        } finally {
            Files.deleteIfExists(stats);
        }
        String expectedErr = readOr(dir.resolve(base + ".err"), "");
        int expectedCode = Integer.parseInt(readOr(dir.resolve(base + ".code"), "0").trim());
        String folder = dir.toAbsolutePath() + "/";
        String stdout = r.stdout().replace(folder, "<DIR>/");
        String stderr = r.stderr().replace(folder, "<DIR>/");
        assertThat(stdout).as("stdout of %s in %s at minimum tier-2 thresholds (stderr: %s)", base, image, stderr)
                .isEqualTo(Files.readString(dir.resolve(base + ".out")));
        assertThat(stderr).as("stderr of %s at minimum tier-2 thresholds", base).isEqualTo(expectedErr);
        assertThat(r.exitCode()).as("exit code of %s at minimum tier-2 thresholds", base).isEqualTo(expectedCode);
    }

    private static String readOr(Path file, String otherwise) throws IOException {
        return Files.exists(file) ? Files.readString(file) : otherwise;
    }
}
