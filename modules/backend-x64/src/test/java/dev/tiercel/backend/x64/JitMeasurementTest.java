package dev.tiercel.backend.x64;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.nativecode.TraceLayout;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Micro measurements, logged (stdout and target/jit-measurements.txt), never asserted: copy-and-patch cost per
 * uop, the FFM entry cost, and native time per iteration of the sum loop against the same loop in C (gcc -O2,
 * with the overflow check) and in Java. Only the results' correctness is asserted.
 */
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64", disabledReason = "runs x86-64 code")
class JitMeasurementTest {
    static final long LOOP = 50_000_000L;
    final List<String> log = new ArrayList<>();

    @Test
    void measure() throws Throwable {
        stencilSizes();
        copyAndPatch();
        entryCost();
        sumLoop();
        Path out = Path.of("target", "jit-measurements.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, log);
    }

    void note(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        log.add(line);
    }

    void stencilSizes() {
        var set = X64JitBackend.stencils();
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (var s : set.stencils()) {
            sb.append(String.format("%n  %-36s %3d bytes (%3d when it falls through), %d holes",
                    s.name() + " @" + s.cacheIn() + "->" + s.cacheOut(), s.size(), s.fallThroughSize(), s.holes().size()));
            total += s.fallThroughSize();
        }
        int internal = 0;
        for (int d = 1; d <= StencilSet.MAX_CACHE; d++) {
            internal += (set.spill(d) != null ? 1 : 0) + (set.fill(d) != null ? 1 : 0);
        }
        note("x86-64 stencils: %d uops in %d stencils (variants by cache depth) + entry + %d spills and fills, %.1f"
                + " bytes per stencil on average when falling through:%s", set.uopNames().size(),
                set.stencils().size(), internal, (double) total / set.stencils().size(), sb);
    }

    void copyAndPatch() {
        var set = X64JitBackend.stencils();
        List<TraceBuilder> traces = TraceCorpus.straightLine(1, 5000);
        int uops = TraceCorpus.uopCount(traces);
        long sink = 0;
        for (int warm = 0; warm < 1000; warm++) {
            for (TraceBuilder t : traces) {
                sink += TraceLayout.plan(set, t.body, t.stubs).emitToArray(0x7000_0000_0000L, 0x7100_0000_0000L).length;
            }
        }
        int rounds = 500;
        long start = System.nanoTime();
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            for (TraceBuilder t : traces) {
                bytes += TraceLayout.plan(set, t.body, t.stubs).emitToArray(0x7000_0000_0000L, 0x7100_0000_0000L).length;
            }
        }
        long ns = System.nanoTime() - start;
        note("copy-and-patch (plan + copy + patch into a Java array): %.1f ns/uop, %.1f bytes/uop, %d traces of %.1f"
                + " uops on average", (double) ns / rounds / uops, (double) bytes / rounds / uops, traces.size(),
                (double) uops / traces.size());

        long compileNs = 0;
        long releaseNs = 0;
        int compiled = 0;
        for (int round = 0; round < 5; round++) {
            for (TraceBuilder t : traces) {
                long t0 = System.nanoTime();
                NativeTrace trace = Harness.compile(t);
                long t1 = System.nanoTime();
                trace.close();
                long t2 = System.nanoTime();
                compileNs += t1 - t0;
                releaseNs += t2 - t1;
                compiled++;
            }
        }
        note("full compile (plan, mmap RW, copy + patch, mprotect RX): %.1f us/trace (%.0f ns/uop); release (munmap):"
                + " %.1f us/trace", compileNs / 1000.0 / compiled, (double) compileNs / (5.0 * uops),
                releaseNs / 1000.0 / compiled);
        assertThat(sink).isPositive();
    }

    void entryCost() {
        TraceBuilder t = new TraceBuilder();
        t.exitTrace();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(t)) {
            RegisterFile rf = RegisterFile.allocate(arena, 1, 1, 0);
            long sink = 0;
            for (int i = 0; i < 200_000; i++) {
                sink += trace.enter(rf);
            }
            int n = 2_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += trace.enter(rf);
            }
            long ns = System.nanoTime() - start;
            note("FFM entry + exit of an empty trace: %.1f ns", (double) ns / n);
            assertThat(sink).isZero();
        }
    }

    void sumLoop() throws Throwable {
        NativeTraceTest.SumLoop loop = new NativeTraceTest.SumLoop();
        long expected = LOOP * (LOOP - 1) / 2;
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            note("sum loop trace: %d uops, %d bytes of code", loop.t.body.size() + loop.t.stubs.size(),
                    trace.codeSize());
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                RegisterFile rf = NativeTraceTest.loopState(arena, 0, 0, 1, LOOP);
                long start = System.nanoTime();
                long exit = trace.enter(rf);
                long ns = System.nanoTime() - start;
                assertThat(exit).isEqualTo(loop.exhausted);
                assertThat(rf.bits(NativeTraceTest.X)).isEqualTo(expected);
                best = Math.min(best, (double) ns / LOOP);
            }
            note("native sum loop (for i in range(n): x += i), n=%d: %.2f ns/iteration", LOOP, best);
        }
        double java = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            long x = javaSum(LOOP);
            long ns = System.nanoTime() - start;
            assertThat(x).isEqualTo(expected);
            java = Math.min(java, (double) ns / LOOP);
        }
        note("Java loop with Math.addExact: %.2f ns/iteration", java);
        cLoop(expected);
    }

    static long javaSum(long n) {
        long x = 0;
        for (long i = 0; i < n; i++) {
            x = Math.addExact(x, i);
        }
        return x;
    }

    @SuppressWarnings("restricted") // loads the C loop's library: the tests run with --enable-native-access
    void cLoop(long expected) throws Throwable {
        if (!StencilTablesTest.onPath("gcc")) {
            note("C loop: gcc not found, not measured");
            return;
        }
        Path dir = Files.createTempDirectory("tiercel-cloop");
        Path source = dir.resolve("sum.c");
        Path library = dir.resolve("libsum.so");
        Files.writeString(source, """
                #include <stdint.h>
                /* for i in range(n): x += i, with the overflow check tier 2 must make. */
                int64_t sum_range(int64_t n, int64_t *out) {
                    int64_t x = 0;
                    for (int64_t i = 0; i < n; i++) {
                        if (__builtin_add_overflow(x, i, &x)) {
                            return -1;
                        }
                    }
                    *out = x;
                    return 0;
                }
                """);
        if (!run("gcc", "-O2", "-shared", "-fPIC", "-o", library.toString(), source.toString())) {
            note("C loop: gcc failed, not measured");
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fn = SymbolLookup.libraryLookup(library, arena).find("sum_range").orElseThrow();
            MethodHandle h = Linker.nativeLinker().downcallHandle(fn, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS));
            MemorySegment out = arena.allocate(JAVA_LONG);
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                long r = (long) h.invokeExact(LOOP, out);
                long ns = System.nanoTime() - start;
                assertThat(r).isZero();
                assertThat(out.get(JAVA_LONG, 0)).isEqualTo(expected);
                best = Math.min(best, (double) ns / LOOP);
            }
            note("C loop (gcc -O2, __builtin_add_overflow): %.2f ns/iteration", best);
        } finally {
            Files.deleteIfExists(library);
            Files.deleteIfExists(source);
            Files.deleteIfExists(dir);
        }
    }

    static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
