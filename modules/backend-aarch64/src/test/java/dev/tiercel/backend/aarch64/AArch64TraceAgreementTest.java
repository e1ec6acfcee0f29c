package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiercel.tier2.nativecode.CopyAndPatch;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.NativeTraceCompiler;
import dev.tiercel.tier2.nativecode.ReferenceMachine;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.nativecode.TraceLayout;
import dev.tiercel.tier2.nativecode.TraceTranslator;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Real tier-2 traces on three machines. {@link NumericLoops} writes 5,000 seeded numeric Python loops; they run in
 * this JVM through tier 1 and tier 2 with the x86-64 JIT at tier-2 threshold 1, and every native entry is recorded
 * (the translation the shared {@link TraceTranslator} made and the register file the entry glue filled). The program's
 * output must equal tier 1's alone (a second JVM with {@code PYTHON_JIT=0}). Then each recorded entry runs again from
 * the recorded register file: as x86-64 code (the same steps through {@link CopyAndPatch}), as AArch64 code (the same
 * steps laid out with the AArch64 stencils) under qemu-aarch64, and in the Java {@link ReferenceMachine}; exit numbers
 * and the live register file must agree word for word (any NaN equals any NaN, see {@link AArch64AgreementTest}).
 */
class AArch64TraceAgreementTest {
    static final long SEED = 0x7E5_2026L;
    static final int LOOPS = 5_000;
    /** Entries recorded per trace: the first ones (the loop from its start) and one later one. */
    static final int ENTRIES_PER_TRACE = 2;

    record Entry(TraceTranslator.Translation t, long[] registers, int locals, int stackSize, boolean valid) {}

    @Test
    void realTracesAgreeOnAArch64UnderQemuX64AndTier1() throws Exception {
        assumeTrue(Tools.onPath("qemu-aarch64"), "qemu-aarch64 is not installed: AArch64 traces not run"
                + " (apt-get install qemu-user, or .ci/install-test-tools.sh)");
        assumeTrue(Tools.crossCompilerWorks(), "aarch64-linux-gnu-gcc cannot build a static C program: AArch64 traces"
                + " not run (apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross, or .ci/install-test-tools.sh)");
        String arch = System.getProperty("os.arch");
        assumeTrue(arch.equals("amd64") || arch.equals("x86_64"), "the x86-64 leg needs an x86-64 host, this is " + arch);
        long started = System.nanoTime();
        Path dir = Files.createTempDirectory("tiercel-traces");
        Path program = dir.resolve("loops.py");
        Files.writeString(program, new NumericLoops(SEED, 300).program(LOOPS));

        List<Entry> entries = new ArrayList<>();
        Map<TraceTranslator.Translation, Integer> seen = new IdentityHashMap<>();
        System.setProperty("tiercel.tier2.threshold", "1");
        NativeTraceCompiler.observeEntries((t, rf, valid) -> {
            int n = seen.merge(t, 1, Integer::sum);
            if (n <= ENTRIES_PER_TRACE) {
                entries.add(new Entry(t, ReferenceMachine.image(rf), rf.locals(), rf.stackSize(), valid));
            }
        });
        Path tier1File = Files.createTempFile("tier1", ".txt");
        Process tier1Run = startTier1(program, tier1File); // meanwhile, in this JVM:
        ByteArrayOutputStream jitOut = new ByteArrayOutputStream();
        int jitCode;
        try {
            jitCode = RunProgram.run(program, jitOut, jitOut);
        } finally {
            NativeTraceCompiler.observeEntries(null);
        }
        String tier1 = tier1Output(tier1Run, tier1File);
        assertThat(jitCode).isZero();
        assertThat(jitOut.toString(StandardCharsets.UTF_8)).as("tier 1 + JIT against tier 1").isEqualTo(tier1);
        long programs = System.nanoTime();

        StencilSet a64 = AArch64JitBackend.stencils();
        CopyAndPatch x64Jit = new CopyAndPatch(Tools.x64Stencils(), new ExecutableArena());
        List<long[]> refAfter = new ArrayList<>();
        List<Long> refExits = new ArrayList<>();
        Map<String, Integer> exitKinds = new TreeMap<>();
        long uops = 0;
        try (QemuTraces qemu = new QemuTraces(Files.createTempDirectory("tiercel-qemu"));
                Arena arena = Arena.ofConfined()) {
            for (Entry e : entries) {
                RegisterFile rf = RegisterFile.allocate(arena, e.locals(), e.stackSize(), e.locals() + e.stackSize());
                uops += e.t().body().size();
                ReferenceMachine.load(rf, e.registers());
                ReferenceMachine ref = new ReferenceMachine(rf);
                ref.executorValid = e.valid();
                long refExit = ref.run(e.t().body(), e.t().stubs());
                refExits.add(refExit);
                refAfter.add(ref.mem);
                var leftThrough = e.t().exits().get((int) refExit);
                exitKinds.merge(leftThrough == null ? "eval breaker" : leftThrough.uop.name(), 1, Integer::sum);

                ReferenceMachine.load(rf, e.registers());
                try (NativeTrace trace = x64Jit.compile(e.t().body(), e.t().stubs())
                        .orElseThrow(() -> new AssertionError("x86-64 declined " + e.t().body()))) {
                    if (!e.valid()) {
                        trace.invalidate();
                    }
                    long x64Exit = trace.enter(rf);
                    assertThat(x64Exit).as("x86-64 exit of %s", e.t().body()).isEqualTo(refExit);
                }
                ReferenceMachine.assertSameLiveState(ReferenceMachine.image(rf), ref.mem, e.locals(), e.stackSize(),
                        true, "x86-64 vs reference, " + e.t().body());

                byte[] code = TraceLayout.plan(a64, e.t().body(), e.t().stubs())
                        .emitToArray(QemuTraces.CODE_BASE, QemuTraces.DATA_BASE);
                qemu.add(code, e.valid(), e.registers());
            }
            long javaSide = System.nanoTime();
            qemu.run();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                long exit = qemu.nextExit();
                long[] after = qemu.nextRegisters(e.registers().length);
                assertThat(exit).as("AArch64 exit of entry %d: %s", i, e.t().body()).isEqualTo(refExits.get(i));
                ReferenceMachine.assertSameLiveState(after, refAfter.get(i), e.locals(), e.stackSize(), true,
                        "AArch64 vs reference, entry " + i + ": " + e.t().body());
            }
            assertThat(qemu.drained()).as("no qemu output left over").isTrue();
            long end = System.nanoTime();
            String report = String.format("aarch64 real-trace agreement: %d generated loops, %d traces entered"
                    + " natively, %d entries (%d uops) replayed: AArch64 under qemu = x86-64 native = Java reference,"
                    + " program output = tier 1's; programs %d ms, java side %d ms, qemu %d ms; exits: %s",
                    LOOPS, seen.size(), entries.size(), uops, (programs - started) / 1_000_000,
                    (javaSide - programs) / 1_000_000, (end - javaSide) / 1_000_000, exitKinds);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "aarch64-trace-agreement.txt"), report + "\n");
        } finally {
            Files.deleteIfExists(program);
            Files.deleteIfExists(dir);
        }
        assertThat(seen.size()).as("traces entered natively").isGreaterThan(LOOPS / 2);
        assertThat(exitKinds.keySet()).contains("_DEOPT", "_EXIT_TRACE");
    }

    /** Runs the program in tier 1 alone, in a second JVM (tier 2's switch is read once per JVM). */
    private static Process startTier1(Path program, Path out) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Tools.java(), "-Xss16m", "-cp", System.getProperty("java.class.path"),
                RunProgram.class.getName(), program.toString()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("PYTHON_JIT", "0");
        return pb.start();
    }

    private static String tier1Output(Process p, Path out) throws Exception {
        try {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("tier-1 run finishes").isTrue();
            assertThat(p.exitValue()).as(Files.readString(out)).isZero();
            return Files.readString(out);
        } finally {
            Files.delete(out);
        }
    }
}
