package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Python code sees of the tiers: {@code dis.dis(adaptive=True)}, {@code sys._jit} (CPython 3.14's) and the
 * {@code tiercel} module, in an image with tier 2 and in one without. These are Tiercel's own semantics (CPython
 * 3.13 has neither {@code sys._jit} nor {@code tiercel}), documented in {@code docs/observability.md}.
 */
class ObservabilityApiTest {
    private static final String LOOP = """
            def total(n):
                t = 0
                for i in range(n):
                    t += i * 2
                return t
            """;

    private static Images.Result run(String image, Path dir, String program, String... options) throws Exception {
        Files.writeString(dir.resolve("p.py"), program);
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "p.py";
        Images.Result r = Images.tiercel(image, dir, Map.of(), args);
        assertThat(r.exitCode()).as("%s: %s", image, r.stderr()).isZero();
        return r;
    }

    @Test
    void adaptiveDisassemblyShowsSpecializedInstructions(@TempDir Path dir) throws Exception {
        String program = "import dis\n" + LOOP + "for _ in range(50): total(100)\ndis.dis(total, adaptive=True)\n"
                + "print('---')\ndis.dis(total)\n";
        String out = run("tiercel-tier1", dir, program).stdout();
        String adaptive = out.substring(0, out.indexOf("---"));
        String plain = out.substring(out.indexOf("---"));
        assertThat(adaptive).contains("FOR_ITER_RANGE", "BINARY_OP_MULTIPLY_INT", "BINARY_OP_ADD_INT");
        assertThat(plain).doesNotContain("FOR_ITER_RANGE", "_INT ").contains("FOR_ITER", "BINARY_OP");
        String generic = run("tiercel-tier1", dir, program, "-X", "nospecialize").stdout();
        assertThat(generic.substring(0, generic.indexOf("---"))).doesNotContain("FOR_ITER_RANGE", "_INT ");
    }

    @Test
    void sysJitIsHonestInEveryImage(@TempDir Path dir) throws Exception {
        String program = "import sys\nprint(sys._jit.is_available(), sys._jit.is_enabled(), sys._jit.is_active())\n";
        // tier 2 by the uop interpreter is not a JIT, as in CPython's --enable-experimental-jit=interpreter
        assertThat(run("tiercel-tier1", dir, program).stdout()).isEqualTo("False False False\n");
        assertThat(run("tiercel-interp", dir, program).stdout()).isEqualTo("False False False\n");
    }

    @Test
    void tiercelModuleSwitchesTier2AndListsExecutors(@TempDir Path dir) throws Exception {
        // names imported, not looked up as attributes: the loop's code must get its executor (module attribute
        // specialization would take the code's tier state)
        String program = """
                from tiercel import tier2_available, tier2_enabled, get_thresholds, set_thresholds, executors
                from tiercel import invalidate_all, enable_tier2, disable_tier2, counters
                print(tier2_available(), tier2_enabled(), get_thresholds())
                x = 0
                for i in range(1000):
                    x += i
                ex = executors()
                print(len(ex) > 0, ex[0]['valid'], ex[0]['offset'] > 0, ex[0]['uops'][0], '_JUMP_TO_TOP' in ex[0]['uops'])
                print(invalidate_all() > 0, any([e['valid'] for e in executors()]))
                disable_tier2()
                print(tier2_enabled())
                set_thresholds(backedge=3)
                enable_tier2()
                print(tier2_enabled(), get_thresholds())
                try:
                    set_thresholds(backedge=0)
                except ValueError as e:
                    print('ValueError', e)
                try:
                    counters()
                except RuntimeError as e:
                    print('RuntimeError', e)
                """;
        assertThat(run("tiercel-interp", dir, program).stdout()).isEqualTo("""
                True True {'backedge': 16}
                True True True _START_EXECUTOR True
                True False
                False
                True {'backedge': 3}
                ValueError backedge threshold must be in 1..4095
                RuntimeError counters are collected only with -X pystats
                """);
    }

    @Test
    void aLoopIsTracedOnItsThresholdthBackEdgeAndAgainOnceTier2IsBackOn(@TempDir Path dir) throws Exception {
        // tier 1 counts a loop's back edges down inline and asks for an executor on the threshold-th one; while tier
        // 2 is off it keeps checking, so a loop that ran then is traced soon after tier 2 is switched back on
        String program = """
                from tiercel import set_thresholds, executors, disable_tier2, enable_tier2
                set_thresholds(backedge=10)
                def nine():
                    x = 0
                    for i in range(9):
                        x += i
                    return x
                def ten():
                    x = 0
                    for i in range(10):
                        x += i
                    return x
                def names():
                    return sorted(e['code'].split()[0] for e in executors())
                print(nine(), ten(), names())
                disable_tier2()
                def later(n):
                    x = 0
                    for i in range(n):
                        x += i
                    return x
                print(later(100), names())
                enable_tier2()
                print(later(20), names())
                """;
        for (String image : List.of("tiercel-interp", "tiercel-jit")) {
            assertThat(run(image, dir, program).stdout()).as(image).isEqualTo("""
                    36 45 ['ten']
                    4950 ['ten']
                    190 ['later', 'ten']
                    """);
        }
    }

    @Test
    void tiercelModuleWithoutTier2(@TempDir Path dir) throws Exception {
        String program = """
                import tiercel
                print(tiercel.tier2_available(), tiercel.tier2_enabled(), tiercel.executors(), tiercel.invalidate_all())
                try:
                    tiercel.enable_tier2()
                except RuntimeError as e:
                    print('RuntimeError', e)
                """;
        assertThat(run("tiercel-tier1", dir, program).stdout()).isEqualTo("""
                False False [] 0
                RuntimeError tier 2 is not available in this image
                """);
    }

    @Test
    void loopReportIsTheAdvisorsData(@TempDir Path dir) throws Exception {
        String program = """
                import tiercel
                tiercel.record_loops()
                """ + LOOP + """
                total(1000)
                for loop in tiercel.loop_report():
                    a = loop['attempts'][0]
                    print(loop['qualname'], loop['first_line'], a['created'], a['backend'], a['optimized_length'] > 0)
                """;
        assertThat(run("tiercel-jit", dir, program).stdout())
                .isEqualTo("total 5 True x86-64 copy-and-patch JIT True\n");
        assertThat(run("tiercel-interp", dir, program).stdout())
                .isEqualTo("total 5 True tier-2 uop interpreter True\n");
        String absent = "import tiercel\nprint(tiercel.loop_report())\ntry:\n    tiercel.record_loops()\n"
                + "except RuntimeError as e:\n    print('RuntimeError', e)\n";
        assertThat(run("tiercel-tier1", dir, absent).stdout())
                .isEqualTo("[]\nRuntimeError no tier-2 optimizer in this image\n");
    }

    @Test
    void statsFileCarriesTheJitsFiguresWhenItRan(@TempDir Path dir) throws Exception {
        String program = LOOP + "print(total(1000))\n";
        Map<String, Long> jit = statsFile(run("tiercel-jit", dir, program, "-X", "pystats"));
        assertThat(jit.get("JIT traces compiled")).isPositive();
        assertThat(jit.get("JIT code bytes")).isPositive();
        assertThat(jit.get("JIT native entries")).isPositive();
        assertThat(statsFile(run("tiercel-interp", dir, program, "-X", "pystats")))
                .doesNotContainKey("JIT traces compiled");
    }

    /** The {@code name: value} totals of the stats file the run wrote (and deletes it). */
    private static Map<String, Long> statsFile(Images.Result r) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Statistics written to (\\S+)").matcher(r.stderr());
        assertThat(m.find()).as(r.stderr()).isTrue();
        Map<String, Long> totals = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of(m.group(1)))) {
            int colon = line.lastIndexOf(": ");
            String value = colon > 0 ? line.substring(colon + 2).trim() : "";
            if (!line.startsWith(" ") && value.matches("-?\\d+")) {
                totals.put(line.substring(0, colon), Long.parseLong(value));
            }
        }
        Files.delete(Path.of(m.group(1)));
        return totals;
    }

    @Test
    void countersAreTheStatsFilesKeys(@TempDir Path dir) throws Exception {
        String program = LOOP + """
                import tiercel
                total(100)
                c = tiercel.counters()
                print(tiercel.stats_enabled(), c['opcode[FOR_ITER_RANGE].execution_count'] >= 99,
                      'Optimization attempts' not in c, all(type(v) is int for v in c.values()))
                """;
        Images.Result r = run("tiercel-tier1", dir, program, "-X", "pystats");
        assertThat(r.stdout()).isEqualTo("True True True True\n");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Statistics written to (\\S+)").matcher(r.stderr());
        assertThat(m.find()).isTrue();
        Files.delete(Path.of(m.group(1)));
    }

    @Test
    void sysStatsFunctionsPauseClearAndDumpCounting(@TempDir Path dir) throws Exception {
        String program = LOOP + """
                import sys
                from tiercel import counters
                total(10)
                key = 'opcode[FOR_ITER_RANGE].execution_count'
                sys._stats_clear()
                print(counters().get(key, 0))
                sys._stats_off()
                total(100)
                print(counters().get(key, 0))
                sys._stats_on()
                total(100)
                print(counters()[key])
                print(sys._stats_dump(), counters().get(key, 0))
                """;
        Images.Result r = run("tiercel-tier1", dir, program, "-X", "pystats");
        assertThat(r.stdout()).isEqualTo("0\n0\n101\nTrue 0\n");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Statistics written to (\\S+)").matcher(r.stderr());
        assertThat(m.find()).isTrue();
        String dumped = Files.readString(Path.of(m.group(1)));
        assertThat(dumped).contains("    opcode[FOR_ITER_RANGE].execution_count : 101\n");
        Files.delete(Path.of(m.group(1)));
        assertThat(m.find()).as("and once more at exit").isTrue();
        Files.delete(Path.of(m.group(1)));
        assertThat(run("tiercel-tier1", dir, "import sys\nprint(hasattr(sys, '_stats_on'))\n").stdout())
                .isEqualTo("False\n");
    }
}
