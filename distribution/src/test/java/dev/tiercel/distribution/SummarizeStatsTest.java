package dev.tiercel.distribution;

import static dev.tiercel.distribution.StatsReport.count;
import static dev.tiercel.distribution.StatsReport.percent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.distribution.StatsReport.Section;
import dev.tiercel.distribution.StatsReport.Table;
import dev.tiercel.runtime.code.Opcodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tiercel -m summarize_stats} on CPython 3.13's stats files of every {@code shared/examples} program (copied to
 * {@code src/test/resources/pystats}): the report has the headings and table columns of CPython's own report, and
 * every number in it is recomputed here from the stats file (with Tiercel's opcode table for what is specialized),
 * not taken from the summarizer.
 */
class SummarizeStatsTest {
    static final Path DATA = Images.repo().resolve("distribution/src/test/resources/pystats");
    static final String IMAGE = "tiercel-jit";

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(DATA)) {
            return s.filter(p -> p.toString().endsWith(".pystats.txt")).sorted().toList();
        }
    }

    static String summarize(String image, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-m", "summarize_stats"));
        all.addAll(List.of(args));
        Images.Result r = Images.tiercel(image, DATA, Map.of(), all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).isEmpty();
        return r.stdout();
    }

    @TestFactory
    Stream<DynamicTest> everyExamplesReportHasCPythonsLayoutAndTheFilesNumbers() throws IOException {
        List<Section> reference = StatsReport.parse(Files.readString(DATA.resolve("src.cpython-report.md")));
        return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String md = summarize(IMAGE, file.getFileName().toString());
            List<Section> report = StatsReport.parse(md);
            Map<String, Long> stats = StatsReport.readStats(file);
            assertLayout(report, reference, file.getFileName().toString().equals("src.pystats.txt"));
            new Numbers(stats, report).checkAll();
            assertThat(md).containsPattern("\n---\nStats gathered on: \\d{4}-\\d\\d-\\d\\d\n$");
        }));
    }

    /** Same {@code ##} headings in the same order, the fixed {@code ###} headings, and only CPython's columns. */
    static void assertLayout(List<Section> report, List<Section> reference, boolean sameData) {
        assertThat(titles(report, 2)).containsExactlyElementsOf(titles(reference, 2));
        Set<String> fixed = new LinkedHashSet<>();
        for (Section s : reference) {
            if (s.level() == 3 && !s.title().matches("[A-Z0-9_]+")) {
                fixed.add(s.parent() + " / " + s.title() + " / " + s.summary());
            }
        }
        Set<String> mine = new LinkedHashSet<>();
        for (Section s : report) {
            if (s.level() == 3) {
                mine.add(s.parent() + " / " + s.title() + " / " + s.summary());
            }
        }
        assertThat(mine).containsAll(fixed);
        Map<String, Set<List<String>>> columnsRef = columnsBySection(reference);
        Map<String, Set<List<String>>> columnsMine = columnsBySection(report);
        for (var e : columnsMine.entrySet()) {
            assertThat(columnsRef.get(e.getKey())).as("columns of " + e.getKey()).containsAll(e.getValue());
        }
        if (sameData) {
            assertThat(report.stream().map(s -> s.level() + " " + s.title() + " / " + s.summary()).toList())
                    .containsExactlyElementsOf(reference.stream()
                            .map(s -> s.level() + " " + s.title() + " / " + s.summary()).toList());
            assertThat(columnsMine).isEqualTo(columnsRef);
        }
    }

    static List<String> titles(List<Section> sections, int level) {
        return sections.stream().filter(s -> s.level() == level).map(s -> s.title() + " / " + s.summary()).toList();
    }

    static Map<String, Set<List<String>>> columnsBySection(List<Section> sections) {
        Map<String, Set<List<String>>> m = new LinkedHashMap<>();
        for (Section s : sections) {
            String top = s.level() == 2 ? s.title() : s.parent();
            for (Table t : s.tables()) {
                m.computeIfAbsent(top, k -> new LinkedHashSet<>()).add(t.columns());
            }
        }
        return m;
    }

    @Test
    void filesOfAFolderAreAddedUpAsOneRun() throws Exception {
        Path dir = Files.createTempDirectory("pystats");
        try {
            Files.copy(DATA.resolve("src.pystats.txt"), dir.resolve("a.txt"));
            Files.copy(DATA.resolve("sum_loop.pystats.txt"), dir.resolve("b.txt"));
            List<Section> report = StatsReport.parse(summarize(IMAGE, dir.toString()));
            Map<String, Long> sum = StatsReport.readStats(DATA.resolve("src.pystats.txt"));
            StatsReport.readStats(DATA.resolve("sum_loop.pystats.txt")).forEach((k, v) -> sum.merge(k, v, Long::sum));
            Numbers n = new Numbers(sum, report);
            n.executionCounts();
            n.optimization();
            assertThat(n.table("Meta stats", 0).row("Number of data files").orElseThrow().get(1)).isEqualTo("2");
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void twoRunsSideBySideWithTheirChange() throws Exception {
        List<Section> report = StatsReport.parse(summarize(IMAGE, "--compare", "sum_loop.pystats.txt",
                "src.pystats.txt"));
        Map<String, Long> base = StatsReport.readStats(DATA.resolve("sum_loop.pystats.txt"));
        Map<String, Long> head = StatsReport.readStats(DATA.resolve("src.pystats.txt"));
        Table t = new Numbers(head, report).table("Execution counts", 0);
        assertThat(t.columns().subList(0, 4)).containsExactly("Name", "Base Count", "Head Count", "Change");
        for (List<String> row : t.rows()) {
            long b = base.getOrDefault("opcode[" + row.get(0) + "].execution_count", 0L);
            long h = head.getOrDefault("opcode[" + row.get(0) + "].execution_count", 0L);
            assertThat(row.get(1)).isEqualTo(b == 0 ? "" : String.format("%,d", b));
            assertThat(row.get(2)).isEqualTo(h == 0 ? "" : String.format("%,d", h));
            if (b != 0 && h != 0) {
                assertThat(Math.abs(percent(row.get(3)) - 100.0 * (h - b) / b)).as(row.toString())
                        .isLessThanOrEqualTo(0.05 + 1e-9);
            }
        }
        Table opt = new Numbers(head, report).table("Optimization (Tier 2) stats", 0);
        assertThat(opt.row("Traces created").orElseThrow().subList(1, 3)).containsExactly(
                String.valueOf(base.get("Optimization traces created")),
                String.valueOf(head.get("Optimization traces created")));
    }

    @Test
    void sameReportInEveryImage() throws Exception {
        String expected = summarize(IMAGE, "src.pystats.txt");
        for (String image : Images.ALL) {
            assertThat(summarize(image, "src.pystats.txt")).as(image).isEqualTo(expected);
        }
    }

    @Test
    void theSummarizersSpecializationTableIsTheOpcodeTables() throws Exception {
        Images.Result r = Images.tiercel(IMAGE, DATA, Map.of(), "-c",
                "from summarize_stats._facts import FAMILY_OF\nfor k in sorted(FAMILY_OF): print(k, FAMILY_OF[k])");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> expected = new ArrayList<>();
        for (int op = 0; op < 256; op++) {
            String name = Opcodes.name(op);
            if (name != null && Opcodes.isSpecialized(op) && !name.startsWith("INSTRUMENTED_")) {
                expected.add(name + " " + Opcodes.name(Opcodes.base(op)));
            }
        }
        expected.sort(null);
        assertThat(r.stdout().lines().toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void commandLineMistakesAndMissingFilesArePythonStyleErrors() throws Exception {
        Images.Result bad = Images.tiercel(IMAGE, DATA, Map.of(), "-m", "summarize_stats", "--bogus");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("usage: summarize_stats").contains("unrecognized arguments: --bogus");
        Images.Result missing = Images.tiercel(IMAGE, DATA, Map.of(), "-m", "summarize_stats", "no_such_file");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr()).isEqualTo("summarize_stats: cannot read no_such_file: No such file or directory\n");
    }

    /** The numbers of one report, checked against the stats file. */
    static final class Numbers {
        private final Map<String, Long> stats;
        private final List<Section> report;

        Numbers(Map<String, Long> stats, List<Section> report) {
            this.stats = stats;
            this.report = report;
        }

        long get(String key) {
            return stats.getOrDefault(key, 0L);
        }

        Section section(String title) {
            return report.stream().filter(s -> s.title().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no section " + title));
        }

        Section subsection(String parent, String title) {
            return report.stream().filter(s -> s.level() == 3 && title.equals(s.title()) && parent.equals(s.parent()))
                    .findFirst().orElseThrow(() -> new AssertionError("no section " + parent + " / " + title));
        }

        Table table(String section, int index) {
            return section(section).tables().get(index);
        }

        static void share(String cell, long part, long whole, Object what) {
            double expected = whole == 0 ? 0 : 100.0 * part / whole;
            assertThat(Math.abs(percent(cell) - expected)).as(what + ": " + cell + " vs " + expected)
                    .isLessThanOrEqualTo(0.05 + 1e-9);
        }

        /** (name, value) for keys {@code prefix NAME suffix} with a non-zero value, in file order. */
        List<Map.Entry<String, Long>> named(String prefix, String suffix) {
            List<Map.Entry<String, Long>> out = new ArrayList<>();
            stats.forEach((k, v) -> {
                if (k.startsWith(prefix) && k.endsWith(suffix) && k.length() > prefix.length() + suffix.length()
                        && v != 0) {
                    String name = k.substring(prefix.length(), k.length() - suffix.length());
                    if (!name.contains("[") && !name.contains("]")) {
                        out.add(Map.entry(name, v));
                    }
                }
            });
            return out;
        }

        void checkAll() {
            executionCounts();
            pairCounts();
            predecessorsAndSuccessors();
            specialization();
            effectiveness();
            callStats();
            objectStats();
            gcStats();
            optimization();
            rareEventsAndMeta();
        }

        void executionCounts() {
            Map<String, Long> executed = new LinkedHashMap<>();
            for (var e : named("opcode[", "].execution_count")) {
                executed.put(e.getKey(), e.getValue());
            }
            long total = executed.values().stream().mapToLong(Long::longValue).sum();
            Table t = table("Execution counts", 0);
            assertThat(t.rows()).hasSize(executed.size());
            long running = 0, previous = Long.MAX_VALUE;
            for (List<String> row : t.rows()) {
                String name = row.get(0);
                long n = count(row.get(1));
                assertThat(executed).as(name).containsEntry(name, n);
                assertThat(n).isLessThanOrEqualTo(previous);
                previous = n;
                running += n;
                share(row.get(2), n, total, name);
                share(row.get(3), running, total, name);
                long miss = get("opcode[" + name + "].specialization.miss");
                if (miss > 0 && get("opcode[" + name + "].specializable") == 0) {
                    share(row.get(4), miss, n, name + " misses");
                } else {
                    assertThat(row.get(4)).as(name).isEmpty();
                }
            }
        }

        /** pair_count entries: first -> (second -> count). */
        Map<String, Map<String, Long>> pairs() {
            Pattern p = Pattern.compile("opcode\\[(\\w+)\\]\\.pair_count\\[(\\w+)\\]");
            Map<String, Map<String, Long>> m = new LinkedHashMap<>();
            stats.forEach((k, v) -> {
                Matcher x = p.matcher(k);
                if (x.matches() && v != 0) {
                    m.computeIfAbsent(x.group(1), q -> new LinkedHashMap<>()).put(x.group(2), v);
                }
            });
            return m;
        }

        /** Rows name -> count, the listed ones being the largest {@code limit} of {@code all}. */
        static void topRows(List<List<String>> rows, Map<String, Long> all, int limit, Object what) {
            assertThat(rows).as(what.toString()).hasSize(Math.min(limit, all.size()));
            long smallestListed = Long.MAX_VALUE;
            Set<String> listed = new LinkedHashSet<>();
            for (List<String> row : rows) {
                long n = count(row.get(1));
                assertThat(all).as(what + " " + row.get(0)).containsEntry(row.get(0), n);
                smallestListed = Math.min(smallestListed, n);
                listed.add(row.get(0));
            }
            for (var e : all.entrySet()) {
                if (!listed.contains(e.getKey())) {
                    assertThat(e.getValue()).as(what + " " + e.getKey()).isLessThanOrEqualTo(smallestListed);
                }
            }
        }

        void pairCounts() {
            Map<String, Long> flat = new LinkedHashMap<>();
            pairs().forEach((a, m) -> m.forEach((b, n) -> flat.put(a + " " + b, n)));
            long total = flat.values().stream().mapToLong(Long::longValue).sum();
            Table t = table("Pair counts", 0);
            topRows(t.rows(), flat, 100, "pairs");
            for (List<String> row : t.rows()) {
                share(row.get(2), count(row.get(1)), total, row.get(0));
            }
        }

        void predecessorsAndSuccessors() {
            Map<String, Map<String, Long>> after = pairs();
            Map<String, Map<String, Long>> before = new LinkedHashMap<>();
            after.forEach((a, m) -> m.forEach((b, n) -> before.computeIfAbsent(b, q -> new LinkedHashMap<>())
                    .put(a, n)));
            for (Section s : report) {
                if (s.level() != 3 || !"Predecessor/Successor Pairs".equals(s.parent())) {
                    continue;
                }
                for (Table t : s.tables()) {
                    Map<String, Long> all = (t.columns().get(0).equals("Predecessors") ? before : after)
                            .getOrDefault(s.title(), Map.of());
                    long total = all.values().stream().mapToLong(Long::longValue).sum();
                    topRows(t.rows(), all, 5, s.title() + " " + t.columns().get(0));
                    for (List<String> row : t.rows()) {
                        share(row.get(2), count(row.get(1)), total, s.title() + " " + row.get(0));
                    }
                }
            }
            for (String op : after.keySet()) {
                subsection("Predecessor/Successor Pairs", op);
            }
        }

        void specialization() {
            for (var e : named("opcode[", "].specializable")) {
                String family = e.getKey();
                if (get("opcode[" + family + "].execution_count") == 0) {
                    continue;
                }
                Section s = subsection("Specialization stats", family);
                String p = "opcode[" + family + "].specialization.";
                long whole = get(p + "success") + get(p + "failure") + get(p + "hit") + get(p + "deferred");
                if (s.tables().isEmpty()) {
                    assertThat(whole + get(p + "miss") + get(p + "deopt")).as(family).isZero();
                    continue;
                }
                Table kinds = s.tables().get(0);
                List<String> expectedKinds = Stream.of("deferred", "deopt", "hit", "miss")
                        .filter(k -> get(p + k) != 0).toList();
                assertThat(kinds.rows().stream().map(r -> r.get(0)).toList()).as(family)
                        .containsExactlyElementsOf(expectedKinds);
                for (List<String> row : kinds.rows()) {
                    assertThat(count(row.get(1))).isEqualTo(get(p + row.get(0)));
                    share(row.get(2), get(p + row.get(0)), whole, family + " " + row.get(0));
                }
                Table success = s.tables().get(1);
                long ok = get(p + "success"), failed = get(p + "failure");
                assertThat(count(success.row("Success").orElseThrow().get(1))).isEqualTo(ok);
                assertThat(count(success.row("Failure").orElseThrow().get(1))).isEqualTo(failed);
                share(success.row("Success").orElseThrow().get(2), ok, ok + failed, family);
                List<Long> kindsExpected = new ArrayList<>();
                stats.forEach((k, v) -> {
                    if (k.startsWith(p + "failure_kinds[") && v != 0) {
                        kindsExpected.add(v);
                    }
                });
                List<Long> kindsListed = new ArrayList<>();
                if (s.tables().size() > 2) {
                    for (List<String> row : s.tables().get(2).rows()) {
                        kindsListed.add(count(row.get(1)));
                        share(row.get(2), count(row.get(1)), failed, family + " " + row.get(0));
                        assertThat(row.get(0)).matches("[a-z][a-z0-9 ]*");
                    }
                }
                kindsExpected.sort(Comparator.reverseOrder());
                assertThat(kindsListed).as(family + " failure kinds").containsExactlyElementsOf(kindsExpected);
            }
        }

        void effectiveness() {
            long basic = 0, generic = 0, hits = 0, misses = 0;
            Map<String, Long> missed = new LinkedHashMap<>();
            for (var e : named("opcode[", "].execution_count")) {
                String name = e.getKey();
                int op = Opcodes.byName(name);
                assertThat(op).as(name).isGreaterThanOrEqualTo(0);
                long miss = get("opcode[" + name + "].specialization.miss");
                if (Opcodes.isSpecialized(op)) {
                    hits += e.getValue() - miss;
                    misses += miss;
                    if (miss != 0) {
                        missed.put(name, miss);
                    }
                } else if (get("opcode[" + name + "].specializable") != 0) {
                    generic += e.getValue();
                } else {
                    basic += e.getValue();
                }
            }
            long total = basic + generic + hits + misses;
            Table t = table("Specialization effectiveness", 0);
            long[] expected = {basic, generic, hits, misses};
            String[] labels = {"Basic", "Not specialized", "Specialized hits", "Specialized misses"};
            for (int i = 0; i < 4; i++) {
                List<String> row = t.row(labels[i]).orElseThrow();
                assertThat(count(row.get(1))).as(labels[i]).isEqualTo(expected[i]);
                share(row.get(2), expected[i], total, labels[i]);
            }
            Map<String, Long> deferred = new LinkedHashMap<>();
            for (var e : named("opcode[", "].specializable")) {
                long d = get("opcode[" + e.getKey() + "].specialization.deferred");
                if (d != 0) {
                    deferred.put(e.getKey(), d);
                }
            }
            checkBreakdown(subsection("Specialization effectiveness", "Deferred by instruction"), deferred);
            checkBreakdown(subsection("Specialization effectiveness", "Misses by instruction"), missed);
        }

        static void checkBreakdown(Section s, Map<String, Long> all) {
            long total = all.values().stream().mapToLong(Long::longValue).sum();
            List<List<String>> rows = s.tables().isEmpty() ? List.of() : s.tables().get(0).rows();
            topRows(rows, all, 10, s.title());
            for (List<String> row : rows) {
                share(row.get(2), count(row.get(1)), total, row.get(0));
            }
        }

        void callStats() {
            Table t = table("Call stats", 0);
            long whole = get("Calls to PyEval_EvalDefault") + get("Calls to Python functions inlined");
            String[] kinds = {"total", "vector", "generator", "legacy", "function vectorcall", "build class", "slot",
                "function ex", "api", "method"};
            Map<String, String> keyOf = new LinkedHashMap<>();
            keyOf.put("Calls to PyEval_EvalDefault", "Calls to PyEval_EvalDefault");
            keyOf.put("Calls to Python functions inlined", "Calls to Python functions inlined");
            for (int i = 0; i < kinds.length; i++) {
                keyOf.put("Calls via PyEval_EvalFrame (" + kinds[i] + ")", "Calls via PyEval_EvalFrame[" + i + "]");
            }
            keyOf.put("Frame objects created", "Frame objects created");
            keyOf.put("Frames pushed", "Frames pushed");
            assertThat(t.rows().stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(keyOf.keySet());
            keyOf.forEach((label, key) -> {
                List<String> row = t.row(label).orElseThrow();
                assertThat(count(row.get(1))).as(label).isEqualTo(get(key));
                share(row.get(2), get(key), whole, label);
            });
        }

        void objectStats() {
            Table t = table("Object stats", 0);
            List<String> keys = stats.keySet().stream().filter(k -> k.startsWith("Object ")).toList();
            assertThat(t.rows()).hasSize(keys.size());
            long allocations = get("Object allocations from freelist") + get("Object allocations");
            for (String key : keys) {
                String label = Character.toUpperCase(key.charAt(7)) + key.substring(8);
                List<String> row = t.row(label).orElseThrow(() -> new AssertionError("no row " + label));
                assertThat(count(row.get(1))).as(label).isEqualTo(get(key));
                if (key.startsWith("Object allocations")) {
                    share(row.get(2), get(key), allocations, label);
                }
            }
            long increfs = get("Object interpreter increfs") + get("Object increfs");
            share(t.row("Increfs").orElseThrow().get(2), get("Object increfs"), increfs, "increfs");
            long decrefs = get("Object interpreter decrefs") + get("Object decrefs");
            share(t.row("Interpreter decrefs").orElseThrow().get(2), get("Object interpreter decrefs"), decrefs,
                    "decrefs");
        }

        void gcStats() {
            Table t = table("GC stats", 0);
            for (int g = 0; get("GC[" + g + "] collections") != 0 || stats.containsKey("GC[" + g + "] collections");
                    g++) {
                List<String> row = t.row(String.valueOf(g)).orElseThrow();
                assertThat(count(row.get(1))).isEqualTo(get("GC[" + g + "] collections"));
                assertThat(count(row.get(2))).isEqualTo(get("GC[" + g + "] objects collected"));
                assertThat(count(row.get(3))).isEqualTo(get("GC[" + g + "] object visits"));
            }
        }

        void optimization() {
            // CPython's row labels and the stats keys they show, with the key of the whole their share is of
            String[][] rows = {
                {"Optimization attempts", "Optimization attempts", null},
                {"Traces created", "Optimization traces created", "Optimization attempts"},
                {"Trace stack overflow", "Optimization trace stack overflow", "Optimization attempts"},
                {"Trace stack underflow", "Optimization trace stack underflow", "Optimization attempts"},
                {"Trace too long", "Optimization trace too long", "Optimization attempts"},
                {"Trace too short", "Optimization trace too short", "Optimization attempts"},
                {"Inner loop found", "Optimization inner loop", "Optimization attempts"},
                {"Recursive call", "Optimization recursive call", "Optimization attempts"},
                {"Low confidence", "Optimization low confidence", "Optimization attempts"},
                {"Executors invalidated", "Executors invalidated", "Optimization traces created"},
                {"Traces executed", "Optimization traces executed", null},
                {"Uops executed", "Optimization uops executed", "Optimization traces executed"},
                {"Optimizer attempts", "Optimization optimizer attempts", null},
                {"Optimizer successes", "Optimization optimizer successes", "Optimization optimizer attempts"},
                {"Optimizer no memory", "Optimization optimizer failure no memory", "Optimization optimizer attempts"},
            };
            Section s = section("Optimization (Tier 2) stats");
            for (String[] r : rows) {
                List<String> row = s.tables().stream().flatMap(t -> t.row(r[0]).stream()).findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + r[0]));
                assertThat(count(row.get(1))).as(r[0]).isEqualTo(get(r[1]));
                if (r[2] == null) {
                    assertThat(row.get(2)).isEmpty();
                } else {
                    share(row.get(2), get(r[1]), get(r[2]), r[0]);
                }
            }
            histogram("Trace length histogram", "Trace length");
            histogram("Optimized trace length histogram", "Optimized trace length");
            histogram("Trace run length histogram", "Trace run length");
            Map<String, Long> uops = new LinkedHashMap<>();
            for (var e : named("uops[", "].execution_count")) {
                uops.put(e.getKey(), e.getValue());
            }
            Section u = subsection("Optimization (Tier 2) stats", "Uop execution stats");
            List<List<String>> uopRows = u.tables().isEmpty() ? List.of() : u.tables().get(0).rows();
            topRows(uopRows, uops, Integer.MAX_VALUE, "uops");
            long total = uops.values().stream().mapToLong(Long::longValue).sum();
            for (List<String> row : uopRows) {
                share(row.get(2), count(row.get(1)), total, row.get(0));
                long miss = get("uops[" + row.get(0) + "].specialization.miss");
                if (miss != 0) {
                    share(row.get(4), miss, count(row.get(1)), row.get(0) + " misses");
                }
            }
            Map<String, Long> unsupported = new LinkedHashMap<>();
            for (var e : named("unsupported_opcode[", "].count")) {
                unsupported.put(e.getKey(), e.getValue());
            }
            Section un = subsection("Optimization (Tier 2) stats", "Unsupported opcodes");
            topRows(un.tables().isEmpty() ? List.of() : un.tables().get(0).rows(), unsupported, Integer.MAX_VALUE,
                    "unsupported");
        }

        void histogram(String title, String key) {
            Section s = subsection("Optimization (Tier 2) stats", title);
            List<List<String>> rows = s.tables().get(0).rows();
            int last = 0;
            long total = 0;
            for (int i = 0; i < 32; i++) {
                long n = get(key + "[" + (1L << i) + "]");
                total += n;
                if (n != 0) {
                    last = i;
                }
            }
            assertThat(rows).as(title).hasSize(last + 1);
            for (int i = 0; i <= last; i++) {
                List<String> row = rows.get(i);
                assertThat(row.get(0)).isEqualTo("<= " + (1L << i));
                assertThat(count(row.get(1))).isEqualTo(get(key + "[" + (1L << i) + "]"));
                share(row.get(2), count(row.get(1)), total, title + " " + row.get(0));
            }
        }

        void rareEventsAndMeta() {
            Table t = table("Rare events", 0);
            List<String> keys = stats.keySet().stream().filter(k -> k.startsWith("Rare event (")).toList();
            assertThat(t.rows()).hasSize(keys.size());
            for (String key : keys) {
                String label = key.substring(12, key.length() - 1).replace('_', ' ');
                assertThat(count(t.row(label).orElseThrow().get(1))).as(label).isEqualTo(get(key));
            }
            assertThat(table("Meta stats", 0).row("Number of data files").orElseThrow().get(1)).isEqualTo("1");
        }
    }
}
