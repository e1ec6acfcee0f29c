package dev.tiercel.tier1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program under {@code resources/programs} (code objects compiled and marshalled by CPython 3.13,
 * see {@code src/test/python/gen_marshal.py}) with tier 1 and compares stdout, stderr and the exit code with
 * what CPython 3.13 printed.
 */
class ProgramsTest {

    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        Path dir = resourceDir();
        return Files.list(dir).filter(p -> p.toString().endsWith(".marshal")).sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static Path resourceDir() throws URISyntaxException {
        return Path.of(ProgramsTest.class.getResource("/programs").toURI());
    }

    private static void check(Path marshal) throws Exception {
        String base = marshal.toString().replaceAll("\\.marshal$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = RunMarshal.run(marshal, out, err);
        String expectedOut = Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = Path.of(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        int expectedRc = Integer.parseInt(Files.readString(Path.of(base + ".code")).strip());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expectedOut);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedErr);
        assertThat(rc).isEqualTo(expectedRc);
    }
}
