package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of {@code tests/programs} through {@code tiercel-interp} with tier 2's thresholds at their minimum
 * ({@code PYTHON_TIER2_THRESHOLD=1}: every loop is projected on its first back edge), compared with the same
 * expected files as {@link ProgramsTest}: traces, side exits and deopts must not change what a program prints.
 */
class Tier2MinimumThresholdsTest {
    private static final String IMAGE = "tiercel-interp";

    @TestFactory
    Stream<DynamicTest> everyProgramWithMinimumTier2Thresholds() throws IOException {
        List<Path> programs = programs();
        assertThat(programs).as("programs under tests/programs").isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> check(p)));
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

    private static void check(Path program) throws IOException, InterruptedException {
        Path dir = program.getParent();
        String base = program.getFileName().toString().replace(".py", "");
        Path stdinFile = dir.resolve(base + ".stdin");
        String stdin = Files.exists(stdinFile) ? Files.readString(stdinFile) : "";
        Images.Result r = Images.run(dir, Map.of("PYTHONHASHSEED", "0", "PYTHON_TIER2_THRESHOLD", "1"), stdin,
                ProgramsTest.command(IMAGE, program));
        String expectedErr = readOr(dir.resolve(base + ".err"), "");
        int expectedCode = Integer.parseInt(readOr(dir.resolve(base + ".code"), "0").trim());
        String folder = dir.toAbsolutePath() + "/";
        String stdout = r.stdout().replace(folder, "<DIR>/");
        String stderr = r.stderr().replace(folder, "<DIR>/");
        assertThat(stdout).as("stdout of %s in %s at minimum tier-2 thresholds (stderr: %s)", base, IMAGE, stderr)
                .isEqualTo(Files.readString(dir.resolve(base + ".out")));
        assertThat(stderr).as("stderr of %s at minimum tier-2 thresholds", base).isEqualTo(expectedErr);
        assertThat(r.exitCode()).as("exit code of %s at minimum tier-2 thresholds", base).isEqualTo(expectedCode);
    }

    private static String readOr(Path file, String otherwise) throws IOException {
        return Files.exists(file) ? Files.readString(file) : otherwise;
    }
}
