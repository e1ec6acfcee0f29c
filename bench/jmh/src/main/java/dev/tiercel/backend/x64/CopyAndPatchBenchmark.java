package dev.tiercel.backend.x64;

import dev.tiercel.tier2.nativecode.CopyAndPatch;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.TraceLayout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compile speed of the x86-64 copy-and-patch JIT over {@link TraceCorpus#mixed} (straight-line traces and loops, the
 * corpus of {@code JitMeasurementTest}): each invocation compiles the next trace of the corpus. The primary score is
 * time per trace; the {@code uops} counter gives time per uop. {@code layout} is the copy-and-patch itself (plan the
 * layout, copy the stencils into a byte array, patch the holes); {@code compile} is what the backend does for a
 * trace: that plus mapping a fresh RW block, copying it in, sealing it RX ({@code mmap} + {@code mprotect}), and
 * the release ({@code munmap}) that every compiled trace eventually gets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class CopyAndPatchBenchmark {
    /** Total uops in the corpus (it is made of whole traces, so slightly more). */
    static final int CORPUS_UOPS = 20_000;

    private List<TraceBuilder> corpus;
    private ExecutableArena arena;
    private CopyAndPatch jit;
    private int next;

    /** Uops compiled: with {@link Mode#AverageTime}, JMH reports the time per uop under this name. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Uops {
        public long uops;

        @Setup(Level.Iteration)
        public void clear() {
            uops = 0;
        }
    }

    @Setup
    public void setUp() {
        corpus = TraceCorpus.mixed(2026, CORPUS_UOPS);
        arena = new ExecutableArena();
        jit = new CopyAndPatch(X64JitBackend.stencils(), arena);
        System.out.printf("%ncorpus: %d traces, %d uops, %.1f uops per trace%n", corpus.size(),
                TraceCorpus.uopCount(corpus), (double) TraceCorpus.uopCount(corpus) / corpus.size());
    }

    @TearDown
    public void tearDown() {
        arena.releaseAll();
    }

    private TraceBuilder nextTrace(Uops counted) {
        TraceBuilder t = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        counted.uops += TraceCorpus.uopCount(t);
        return t;
    }

    @Benchmark
    public byte[] layout(Uops counted) {
        TraceBuilder t = nextTrace(counted);
        return TraceLayout.plan(jit.stencils(), t.body, t.stubs).emitToArray(0x7000_0000_0000L, 0x7100_0000_0000L);
    }

    @Benchmark
    public long compile(Uops counted) {
        TraceBuilder t = nextTrace(counted);
        try (NativeTrace code = jit.compile(t.body, t.stubs).orElseThrow()) {
            return code.codeAddress();
        }
    }
}
