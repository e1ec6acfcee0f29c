package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.spi.TraceBackend;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceCompiler;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * What every native backend does with a tier-2 trace, whatever its CPU: translate ({@link TraceTranslator}),
 * copy and patch its stencils into the arena, and wrap the code in the entry and exit glue. Returns null (the
 * uop interpreter takes the trace) when a uop has no stencil, a hole does not fit or the arena is full. The uop
 * interpreter's form of the same trace is made on demand for entries whose values have no unboxed form.
 */
public final class NativeTraceCompiler {
    /** Code memory cap in MiB: system property {@code tiercel.jit.arena-mb}, else the arena's default. */
    public static final String ARENA_PROPERTY = "tiercel.jit.arena-mb";

    private final StencilSet stencils;
    private final TraceTranslator translator;
    private final Supplier<ExecutableArena> newArena;
    private CopyAndPatch copyAndPatch;

    /**
     * The code arena (and with it the FFM linkage of the libc calls, about 100-200 ms of CPU in a fresh JVM) is made
     * when the first trace has been translated: a program whose traces are all declined never pays for it.
     */
    public NativeTraceCompiler(StencilSet stencils) {
        this(stencils, () -> new ExecutableArena(arenaCapacity()));
    }

    public NativeTraceCompiler(StencilSet stencils, ExecutableArena arena) {
        this(stencils, () -> arena);
    }

    private NativeTraceCompiler(StencilSet stencils, Supplier<ExecutableArena> newArena) {
        this.stencils = stencils;
        this.translator = new TraceTranslator(stencils);
        this.newArena = newArena;
        JitStats.reportAtExit();
    }

    private static long arenaCapacity() {
        String mb = System.getProperty(ARENA_PROPERTY);
        try {
            return mb == null ? ExecutableArena.DEFAULT_CAPACITY : Long.parseLong(mb.trim()) << 20;
        } catch (NumberFormatException e) {
            return ExecutableArena.DEFAULT_CAPACITY;
        }
    }

    /** Calls {@code o} (or nobody, for null) before every native entry, in every backend of this process. */
    public static void observeEntries(NativeCompiledTrace.EntryObserver o) {
        NativeCompiledTrace.observer = o;
    }

    /** Copy-and-patch over the arena, made on first need. */
    private synchronized CopyAndPatch copyAndPatch() {
        if (copyAndPatch == null) {
            ExecutableArena arena = newArena.get();
            JitStats.track(arena);
            copyAndPatch = new CopyAndPatch(stencils, arena);
        }
        return copyAndPatch;
    }

    /** Compiles {@code trace}, or returns null to decline it. */
    public CompiledTrace compile(Trace trace) {
        long start = System.nanoTime();
        TraceTranslator.Translation t;
        try {
            t = translator.translate(trace);
        } catch (TraceTranslator.Declined e) {
            JitStats.declined(e.key());
            return null;
        }
        TraceCompiler interpreter = interpreterBackend();
        if (interpreter == null) {
            JitStats.declined("no-uop-interpreter");
            return null;
        }
        CopyAndPatch copyAndPatch = copyAndPatch();
        Optional<NativeTrace> code = copyAndPatch.compile(t.body(), t.stubs());
        if (code.isEmpty()) {
            JitStats.declined("arena-full-or-out-of-range");
            return null;
        }
        JitStats.COMPILED.increment();
        JitStats.CODE_BYTES.add(code.get().codeSize());
        JitStats.COMPILE_NANOS.add(System.nanoTime() - start);
        if (JitDump.enabled()) {
            JitDump.dump(trace, copyAndPatch.stencils(), t, code.get());
        }
        return new NativeCompiledTrace(code.get(), t, trace.code().nlocalsplus(), trace.code().stacksize,
                () -> interpreter.compile(trace), TraceTranslator.requiredGlobals(trace));
    }

    private TraceCompiler interpreter;

    /** The non-native backend that runs entries whose values have no unboxed form (the uop interpreter). */
    private synchronized TraceCompiler interpreterBackend() {
        if (interpreter == null) {
            ModuleLayer layer = NativeTraceCompiler.class.getModule().getLayer();
            ServiceLoader<TraceBackend> found = layer != null ? ServiceLoader.load(layer, TraceBackend.class)
                    : ServiceLoader.load(TraceBackend.class);
            for (TraceBackend b : found) {
                if (b instanceof TraceCompiler tc && !b.isNative() && b.isAvailable() && b.limitation().isEmpty()) {
                    interpreter = tc;
                    break;
                }
            }
        }
        return interpreter;
    }
}
