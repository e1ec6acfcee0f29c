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
 * {@code tiercel -m dis FILE} from the command line prints CPython 3.13's listing: every program next to a CPython
 * listing in the frontend's test resources (the shared examples and the feature programs), memory addresses aside.
 */
class DisCommandTest {
    private static final Path LISTINGS = Images.repo().resolve("modules/frontend/src/test/resources/dis");

    @TestFactory
    Stream<DynamicTest> listingEqualsCPythons() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(LISTINGS)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(11);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        String name = program.getFileName().toString();
        Path expected = LISTINGS.resolve(name.replace(".py", ".dis.txt"));
        Images.Result r = Images.tiercel("tiercel-jit", LISTINGS, Map.of(), "-m", "dis", name);
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(normalized(r.stdout())).isEqualTo(normalized(Files.readString(expected)));
    }

    private static String normalized(String listing) {
        return listing.replaceAll("0x[0-9a-fA-F]{6,}", "0xADDR");
    }
}
