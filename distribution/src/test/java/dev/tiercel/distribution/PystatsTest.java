package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code -X pystats} against CPython 3.13's stats files for the same programs (copied into the test resources from
 * {@code shared/reference}): the file is written where stderr says, in CPython's line shapes; every fixed key is one
 * of the reference file's keys and every parameterized key ({@code opcode[X]...}, {@code uops[_X]...}) has a shape
 * CPython writes; and the counts agree with each other. Values differ from CPython's where the runtimes differ.
 */
class PystatsTest {
    private static final String IMAGE = "tiercel-interp";
    private static final Pattern WRITTEN = Pattern.compile("Statistics written to (\\S+\\.txt)");
    private static final Pattern INDENTED = Pattern.compile("    (opcode\\[[A-Z0-9_]+\\]\\.[a-z_.]+(\\[\\d+\\])?)"
            + " : (\\d+)");
    private static final Pattern SPACED = Pattern.compile("([A-Za-z_]+\\[[A-Za-z0-9_]+\\][a-z_.]*(\\[[A-Z0-9_]+\\])?)"
            + " : (\\d+)");
    private static final Pattern PLAIN = Pattern.compile("([A-Z][A-Za-z0-9 ()_\\[\\]]*): (\\d+)");
    private static final Map<String, int[]> COVERAGE = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyExampleAgainstCPythonsStatsFile() throws IOException {
        try (Stream<Path> files = Files.list(Images.repo().resolve("tests/programs/examples"))) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            assertThat(programs).hasSizeGreaterThanOrEqualTo(11);
            return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path program) throws Exception {
        String name = program.getFileName().toString().replace(".py", "");
        Map<String, Long> ours = stats(IMAGE, program);
        Map<String, Long> reference = parse(resource(name + ".pystats.txt"));
        Set<String> shapes = referenceShapes();
        int exact = 0;
        for (String key : ours.keySet()) {
            boolean parameterized = key.startsWith("opcode[") || key.startsWith("uops[")
                    || key.startsWith("unsupported_opcode[");
            if (parameterized) {
                assertThat(shapes).as("shape of %s (%s)", key, name).contains(shape(key));
            } else {
                assertThat(reference).as("fixed key of %s", name).containsKey(key);
            }
            exact += reference.containsKey(key) ? 1 : 0;
        }
        COVERAGE.put(name, new int[] {ours.size(), exact, reference.size()});
        selfConsistent(name, ours);
        assertThat(ours).containsKey("Optimization attempts");
    }

    /** Relations that hold by what the counters mean, whatever the program. */
    private static void selfConsistent(String name, Map<String, Long> v) {
        long executions = sum(v, k -> k.endsWith(".execution_count") && k.startsWith("opcode["));
        long pairs = sum(v, k -> k.contains(".pair_count["));
        assertThat(executions).as("%s: one pair per dispatched instruction", name).isPositive().isEqualTo(pairs);
        for (String k : v.keySet()) {
            if (k.endsWith(".specialization.deferred") || k.endsWith(".specialization.success")
                    || k.endsWith(".specialization.failure")) {
                String op = k.substring(0, k.indexOf(".specialization"));
                assertThat(get(v, op + ".execution_count")).as("%s: %s runs = success + failure + deferred", name, op)
                        .isEqualTo(get(v, op + ".specialization.success") + get(v, op + ".specialization.failure")
                                + get(v, op + ".specialization.deferred"));
            }
            if (k.endsWith(".specialization.failure")) {
                String op = k.substring(0, k.indexOf(".specialization"));
                long kinds = sum(v, x -> x.startsWith(op + ".specialization.failure_kinds["));
                assertThat(kinds).as("%s: %s failure kinds", name, op).isLessThanOrEqualTo(v.get(k));
            }
        }
        assertThat(get(v, "Frames pushed")).as("%s: new frames (a resumed generator's is not new)", name)
                .isEqualTo(get(v, "Calls to PyEval_EvalDefault") - get(v, "Calls via PyEval_EvalFrame[2]")
                        + get(v, "Calls to Python functions inlined"));
        assertThat(get(v, "Calls via PyEval_EvalFrame[0]")).isEqualTo(get(v, "Calls to PyEval_EvalDefault"));
        long runs = get(v, "Optimization traces executed");
        assertThat(get(v, "uops[_START_EXECUTOR].execution_count")).as("%s: each run starts its trace", name)
                .isEqualTo(runs);
        assertThat(sum(v, k -> k.startsWith("uops[") && k.endsWith(".execution_count")))
                .as("%s: uops executed", name).isEqualTo(get(v, "Optimization uops executed"));
        assertThat(sum(v, k -> k.startsWith("Trace run length["))).as(name).isEqualTo(runs);
        assertThat(sum(v, k -> k.startsWith("Trace length["))).as(name)
                .isEqualTo(get(v, "Optimization traces created"));
        assertThat(sum(v, k -> k.startsWith("Optimized trace length["))).as(name)
                .isEqualTo(get(v, "Optimization optimizer successes"));
        assertThat(get(v, "Optimization attempts")).as(name).isGreaterThanOrEqualTo(
                get(v, "Optimization traces created") + get(v, "Optimization trace too short"));
        for (String k : v.keySet()) {
            if (k.startsWith("uops[") && k.endsWith(".specialization.miss")) {
                String uop = k.substring(0, k.indexOf(".specialization"));
                assertThat(v.get(k)).as(k).isLessThanOrEqualTo(get(v, uop + ".execution_count"));
            }
        }
    }

    @Test
    void loopsGetTracedAndCountedInSrc() throws Exception {
        Map<String, Long> v = stats(IMAGE, Images.repo().resolve("tests/programs/examples/src.py"));
        assertThat(get(v, "Optimization traces created")).isPositive();
        assertThat(get(v, "Optimization uops executed")).isGreaterThan(1000);
        assertThat(get(v, "opcode[FOR_ITER].specialization.success")).isPositive();
        assertThat(get(v, "opcode[FOR_ITER].specialization.hit")).isPositive();
    }

    @Test
    void theTier1ImageHasNoOptimizationSection() throws Exception {
        Map<String, Long> v = stats("tiercel-tier1", Images.repo().resolve("tests/programs/examples/sum_loop.py"));
        assertThat(v).containsKey("opcode[FOR_ITER_RANGE].execution_count").containsKey("Frames pushed")
                .doesNotContainKey("Optimization attempts");
        assertThat(v.keySet()).noneMatch(k -> k.startsWith("uops[") || k.startsWith("Trace "));
    }

    @Test
    void nospecializeLeavesEveryInstructionGeneric() throws Exception {
        Map<String, Long> v = stats("tiercel-tier1", Images.repo().resolve("tests/programs/examples/sum_fn.py"),
                "-X", "nospecialize");
        assertThat(v.keySet()).noneMatch(k -> k.contains(".specialization."));
        assertThat(v).containsKey("opcode[FOR_ITER].execution_count")
                .doesNotContainKey("opcode[FOR_ITER_RANGE].execution_count");
    }

    @Test
    void pythonstatsVariableTurnsStatisticsOnUnlessIgnored() throws Exception {
        Path program = Images.repo().resolve("tests/programs/examples/sum_fn.py");
        assertThat(stats("tiercel-tier1", program, Map.of("PYTHONSTATS", "1"))).containsKey("Frames pushed");
        Images.Result ignored = Images.tiercel("tiercel-tier1", program.getParent(), Map.of("PYTHONSTATS", "1"),
                "-E", "sum_fn.py");
        assertThat(ignored.stderr()).doesNotContain("Statistics written");
    }

    @Test
    void everyImageWritesAFile() throws Exception {
        for (String image : Images.ALL) {
            Map<String, Long> v = stats(image, Images.repo().resolve("tests/programs/examples/sum_fn.py"));
            assertThat(v).as(image).containsKey("Calls to PyEval_EvalDefault");
        }
    }

    /** Runs {@code program} with {@code -X pystats}; checks output and line shapes; returns the file's keys. */
    private static Map<String, Long> stats(String image, Path program, String... extra) throws Exception {
        String[] args = Stream.concat(Stream.of("-X", "pystats"), Stream.of(extra)).toArray(String[]::new);
        return stats(image, program, Map.of("PYTHONHASHSEED", "0"), args);
    }

    private static Map<String, Long> stats(String image, Path program, Map<String, String> env, String... options)
            throws Exception {
        Path dir = program.getParent();
        String base = program.getFileName().toString().replace(".py", "");
        String[] args = Stream.concat(Stream.of(options), Stream.of(program.getFileName().toString()))
                .toArray(String[]::new);
        Images.Result r = Images.tiercel(image, dir, env, args);
        assertThat(r.stdout()).as("%s in %s", base, image).isEqualTo(Files.readString(dir.resolve(base + ".out")));
        Matcher m = WRITTEN.matcher(r.stderr());
        assertThat(m.find()).as("stderr says where the file went: %s", r.stderr()).isTrue();
        Path file = Path.of(m.group(1));
        assertThat(file.getParent()).isEqualTo(Path.of("/tmp/py_stats"));
        assertThat(file.getFileName().toString()).matches("[0-9a-f]{40}\\.txt");
        String text = Files.readString(file);
        Files.delete(file);
        for (String line : text.lines().toList()) {
            assertThat(INDENTED.matcher(line).matches() || SPACED.matcher(line).matches()
                    || PLAIN.matcher(line).matches()).as("line shape: [%s]", line).isTrue();
        }
        return parse(text);
    }

    /** {@code key : value} / {@code key: value} lines, split at the last colon as CPython's summarizer does. */
    static Map<String, Long> parse(String text) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            int colon = line.lastIndexOf(':');
            m.put(line.substring(0, colon).strip(), Long.parseLong(line.substring(colon + 1).strip()));
        }
        return m;
    }

    /** A key with every bracketed name or number replaced, with the field names kept. */
    static String shape(String key) {
        return key.replaceAll("\\[[^\\]]*\\]", "[]");
    }

    private static Set<String> referenceShapes() throws IOException {
        Set<String> s = new HashSet<>();
        for (String ex : List.of("calls", "collections_demo", "exceptions", "floats", "generators", "globals_rebind",
                "objects", "src", "sum_fn", "sum_loop", "type_change")) {
            parse(resource(ex + ".pystats.txt")).keySet().forEach(k -> s.add(shape(k)));
        }
        return s;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PystatsTest.class.getResourceAsStream("/cpython-3.13/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long get(Map<String, Long> v, String key) {
        return v.getOrDefault(key, 0L);
    }

    private static long sum(Map<String, Long> v, java.util.function.Predicate<String> keys) {
        return v.entrySet().stream().filter(e -> keys.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** For the report: keys emitted, of which also in CPython's file for that program, and CPython's count. */
    @AfterAll
    static void printCoverage() {
        COVERAGE.forEach((name, c) -> System.out.printf("pystats %-16s ours %4d, same key in CPython's %4d, CPython's %4d%n",
                name, c[0], c[1], c[2]));
    }
}
