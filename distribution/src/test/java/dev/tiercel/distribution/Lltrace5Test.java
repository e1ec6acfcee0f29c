package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code PYTHON_LLTRACE=5}: tier 1's per-instruction trace of {@code shared/examples/src.py} against CPython 3.13's
 * ({@code src.lltrace5.txt}, copied into the test resources): every line has one of CPython's shapes, and the trace
 * starts exactly as CPython's does (addresses aside) up to the first point where the interpreters' warm-up differs.
 */
class Lltrace5Test {
    private static final Pattern RESUMING = Pattern.compile("Resuming frame for '[^']*' in module '[^']*'");
    private static final String ITEM = "(<nil>|-?\\d+|-?\\d+\\.\\d+(e[+-]\\d+)?|'[^']*'|True|False|None"
            + "|<[a-z_A-Z0-9.]+ at 0x[0-9a-fA-F]+>)";
    private static final Pattern STACK = Pattern.compile("    stack=\\[(" + ITEM + "(, " + ITEM + ")*)?\\]");
    private static final Pattern INSTRUCTION = Pattern.compile("\\d+: [A-Z_]+( \\d+)?");

    @Test
    void srcTraceHasCPythonsShapesAndStart() throws Exception {
        Path program = Images.repo().resolve("tests/programs/examples/src.py");
        Images.Result r = Images.tiercel("tiercel-tier1", program.getParent(), Map.of("PYTHON_LLTRACE", "5"),
                "src.py");
        assertThat(r.exitCode()).isZero();
        List<String> ours = r.stdout().lines().filter(l -> !l.isEmpty()).toList();
        assertThat(ours.getLast()).isEqualTo("1999001");
        List<String> trace = ours.subList(0, ours.size() - 1);
        assertThat(trace).hasSizeGreaterThan(40_000);
        for (String line : trace) {
            assertThat(RESUMING.matcher(line).matches() || STACK.matcher(line).matches()
                    || INSTRUCTION.matcher(line).matches()).as("line shape: [%s]", line).isTrue();
        }
        List<String> reference = PystatsTest.resource("src.lltrace5.txt").lines().filter(l -> !l.isEmpty())
                .toList();
        // CPython's generic instructions wait one execution before specializing; ours try at the first, so the traces
        // part at the first one: range(2000)'s CALL, which ours runs again as CALL_BUILTIN_CLASS
        int same = 15;
        assertThat(trace.subList(0, same).stream().map(Lltrace5Test::addressless).toList())
                .isEqualTo(reference.subList(0, same));
        for (String line : reference) {
            if (INSTRUCTION.matcher(line).matches() && !line.contains("ENTER_EXECUTOR")) {
                String name = line.substring(line.indexOf(' ') + 1);
                assertThat(trace).as("CPython's instruction %s appears in ours", line)
                        .anyMatch(l -> l.endsWith(": " + name));
            }
        }
    }

    private static String addressless(String line) {
        return line.replaceAll("0x[0-9a-fA-F]+", "0xDEADBEEF");
    }
}
