package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiercel.tier2.nativecode.Hole;
import dev.tiercel.tier2.nativecode.HoleKind;
import dev.tiercel.tier2.nativecode.PatchKind;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.Stencil;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.nativecode.TraceLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The architecture-neutral layout and the shared C templates on AArch64: stencils generated for aarch64,
 * traces laid out and patched by {@link TraceLayout}, run under qemu-aarch64 by stencils/harness/run_traces.c,
 * compared with the reference machine. Runs when clang-19, aarch64-linux-gnu-gcc and qemu-aarch64 are installed
 * (apt-get install clang-19 gcc-aarch64-linux-gnu qemu-user); the AArch64 backend can take it over.
 */
class AArch64QemuTest {
    static final long CODE_BASE = 0x4000_0000L;
    static final long DATA_BASE = 0x4010_0000L;

    record Case(TraceBuilder trace, long[] before, long refExit, long[] refAfter, int locals, int stackSize) {
    }

    @Test
    void tracesRunUnderQemuAgreeWithTheReference() throws Exception {
        for (String tool : List.of("clang-19", "aarch64-linux-gnu-gcc", "qemu-aarch64")) {
            assumeTrue(StencilTablesTest.onPath(tool), tool + " is not installed: AArch64 traces not run");
        }
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("tiercel-aarch64");
        try {
            Path table = dir.resolve("stencils.txt");
            Path harness = dir.resolve("run_traces");
            run(root, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "stencils/StencilGen.java",
                    "aarch64", "--text", "--out", table.toString());
            run(root, "aarch64-linux-gnu-gcc", "-O2", "-static", "-o", harness.toString(),
                    "stencils/harness/run_traces.c");
            StencilSet set = parse(Files.readAllLines(table));

            List<Case> cases = new ArrayList<>();
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            try (Arena arena = Arena.ofConfined()) {
                NativeTraceTest.SumLoop loop = new NativeTraceTest.SumLoop();
                add(set, cases, input, loop.t, NativeTraceTest.loopState(arena, 0, 0, 1, 1000));
                add(set, cases, input, loop.t, NativeTraceTest.loopState(arena, Long.MAX_VALUE - 100, 0, 1, 1000));
                RegisterFile notInts = NativeTraceTest.loopState(arena, 0, 5, 1, 10);
                notInts.setFloat(NativeTraceTest.X, 1.5);
                add(set, cases, input, loop.t, notInts);
                RegisterFile breaker = NativeTraceTest.loopState(arena, 0, 0, 1, 1000);
                breaker.setEvalBreaker(99);
                add(set, cases, input, loop.t, breaker);
                SplittableRandom random = new SplittableRandom(StraightLineFuzzTest.SEED);
                RegisterFile rf = RegisterFile.allocate(arena, StraightLineFuzzTest.LOCALS, StraightLineFuzzTest.STACK, 0);
                for (int i = 0; i < 2000; i++) {
                    TraceBuilder t = StraightLineFuzzTest.randomCase(random, rf);
                    add(set, cases, input, t, rf);
                }
                for (int i = 0; i < 500; i++) {
                    TraceBuilder t = StraightLineFuzzTest.randomCase(random, rf, true);
                    rf.setEvalBreaker(random.nextInt(6));
                    add(set, cases, input, t, rf);
                }
            }
            Path in = dir.resolve("input.bin");
            Files.write(in, input.toByteArray());
            Process p = new ProcessBuilder("qemu-aarch64", harness.toString()).redirectInput(in.toFile()).start();
            byte[] output = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes());
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isZero();

            ByteBuffer out = ByteBuffer.wrap(output).order(ByteOrder.LITTLE_ENDIAN);
            for (Case c : cases) {
                long exit = out.getLong();
                long[] after = new long[c.before().length];
                for (int i = 0; i < after.length; i++) {
                    after[i] = out.getLong();
                }
                assertThat(exit).as("exit of %s", c.trace().body).isEqualTo(c.refExit());
                ReferenceMachine.assertSameLiveState(after, c.refAfter(), c.locals(), c.stackSize(), true,
                        c.trace().body);
            }
            assertThat(out.remaining()).isZero();
            System.out.printf("aarch64 under qemu: %d traces agree with the reference%n", cases.size());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    static void add(StencilSet set, List<Case> cases, ByteArrayOutputStream input, TraceBuilder t, RegisterFile rf)
            throws IOException {
        long[] before = rf.segment().toArray(ValueLayout.JAVA_LONG);
        ReferenceMachine ref = new ReferenceMachine(rf);
        long refExit = ref.run(t.body, t.stubs);
        byte[] code = TraceLayout.plan(set, t.body, t.stubs).emitToArray(CODE_BASE, DATA_BASE);
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        input.write(header.putLong(0, code.length).array());
        input.write(code);
        input.write(header.putLong(0, before.length * 8L).array());
        ByteBuffer words = ByteBuffer.allocate(before.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : before) {
            words.putLong(w);
        }
        input.write(words.array());
        cases.add(new Case(t, before, refExit, ref.mem, rf.locals(), rf.stackSize()));
    }

    static StencilSet parse(List<String> lines) {
        List<Stencil> stencils = new ArrayList<>();
        String[] header = null;
        List<Hole> holes = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("stencil")) {
                if (header != null) {
                    stencils.add(stencil(header, holes));
                }
                header = f;
                holes = new ArrayList<>();
            } else if (f[0].equals("hole")) {
                holes.add(new Hole(Integer.parseInt(f[1]), PatchKind.valueOf(f[2]), HoleKind.valueOf(f[3]),
                        Long.parseLong(f[4])));
            }
        }
        if (header != null) {
            stencils.add(stencil(header, holes));
        }
        Stencil entry = stencils.stream().filter(s -> s.name().equals("trace_entry")).findFirst().orElseThrow();
        List<Stencil> internal = stencils.stream()
                .filter(s -> s.name().equals("spill") || s.name().equals("fill")).toList();
        return new StencilSet("aarch64", entry, internal,
                stencils.stream().filter(s -> s != entry && !internal.contains(s)).toList());
    }

    /** {@code stencil NAME__D FALL_THROUGH HEX IN OUT EXIT} (trace_entry has no __D). */
    static Stencil stencil(String[] f, List<Hole> holes) {
        String name = f[1].contains("__") ? f[1].substring(0, f[1].lastIndexOf("__")) : f[1];
        return new Stencil(name, Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                HexFormat.of().parseHex(f[3]), holes, Integer.parseInt(f[2]));
    }

    static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
