package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end program tests: every {@code tests/programs/**}{@code /NAME.py} runs through {@code bin/tiercel} of
 * every image and must print exactly what CPython 3.13 printed ({@code NAME.out}, {@code NAME.err} when present,
 * {@code NAME.code} when not 0), all made by {@code tools/regen-expected.sh}; a {@code NAME.dash-c} file makes the
 * program text a {@code -c} argument instead of a file. A {@code .py} without a
 * {@code .out} is a module that programs import, not a program. The program's absolute folder is written
 * {@code <DIR>} in both, as the regeneration script writes it.
 */
class ProgramsTest {

    @TestFactory
    Stream<DynamicNode> everyProgramInEveryImage() throws IOException {
        List<Path> programs = programs();
        assertThat(programs).as("programs under tests/programs").isNotEmpty();
        return Images.ALL.stream().map(image -> DynamicContainer.dynamicContainer(image,
                programs.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> check(image, p)))));
    }

    static List<Path> programs() throws IOException {
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
        Images.Result r = Images.run(dir, Map.of("PYTHONHASHSEED", "0"), stdin, command(image, program));
        String expectedErr = readOr(dir.resolve(base + ".err"), "");
        int expectedCode = Integer.parseInt(readOr(dir.resolve(base + ".code"), "0").trim());
        String folder = dir.toAbsolutePath() + "/";
        String stdout = r.stdout().replace(folder, "<DIR>/");
        String stderr = r.stderr().replace(folder, "<DIR>/");
        assertThat(stdout).as("stdout of %s in %s (stderr: %s)", base, image, stderr)
                .isEqualTo(Files.readString(dir.resolve(base + ".out")));
        assertThat(stderr).as("stderr of %s in %s", base, image).isEqualTo(expectedErr);
        assertThat(r.exitCode()).as("exit code of %s in %s", base, image).isEqualTo(expectedCode);
    }

    /**
     * The command line for a program: its file name, or with {@code NAME.dash-c} its text as {@code -c} (trailing
     * newlines dropped, as the regeneration script does).
     */
    static List<String> command(String image, Path program) throws IOException {
        String launcher = Images.launcher(image).toString();
        String base = program.getFileName().toString().replace(".py", "");
        if (Files.exists(program.resolveSibling(base + ".dash-c"))) {
            return List.of(launcher, "-c", Files.readString(program).replaceAll("\n+$", ""));
        }
        return List.of(launcher, program.getFileName().toString());
    }

    private static String readOr(Path file, String otherwise) throws IOException {
        return Files.exists(file) ? Files.readString(file) : otherwise;
    }
}
