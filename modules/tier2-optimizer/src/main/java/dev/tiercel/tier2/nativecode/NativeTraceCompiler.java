package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.spi.TraceBackend;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceCompiler;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What every native backend does with a tier-2 trace, whatever its CPU: translate ({@link TraceTranslator}),
 * copy and patch its stencils into the arena, and wrap the code in the entry and exit glue. Returns null (the
 * uop interpreter takes the trace) when a uop has no stencil, a hole does not fit or the arena is full. The uop
 * interpreter's form of the same trace is made on demand for entries whose values have no unboxed form.
 */
public final class NativeTraceCompiler {
    /** Code memory cap in MiB: system property {@code tiercel.jit.arena-mb}, else the arena's default. */
    public static final String ARENA_PROPERTY = "tiercel.jit.arena-mb";

    private final TraceTranslator translator;
    private final CopyAndPatch copyAndPatch;
    private final ExecutableArena arena;

    public NativeTraceCompiler(StencilSet stencils) {
        this(stencils, new ExecutableArena(arenaCapacity()));
    }

    public NativeTraceCompiler(StencilSet stencils, ExecutableArena arena) {
        this.translator = new TraceTranslator(stencils);
        this.arena = arena;
        this.copyAndPatch = new CopyAndPatch(stencils, arena);
        JitStats.track(arena);
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

    public ExecutableArena arena() {
        return arena;
    }

    public TraceTranslator translator() {
        return translator;
    }

    /** Compiles {@code trace}, or returns null to decline it. */
    public CompiledTrace compile(Trace trace) {
        long start = System.nanoTime();
        TraceTranslator.Translation t;
        try {
            t = translator.translate(trace);
        } catch (TraceTranslator.Declined e) {
            JitStats.DECLINED.increment();
            return null;
        }
        TraceCompiler interpreter = interpreterBackend();
        if (interpreter == null) {
            JitStats.DECLINED.increment();
            return null;
        }
        Optional<NativeTrace> code = copyAndPatch.compile(t.body(), t.stubs());
        if (code.isEmpty()) {
            JitStats.DECLINED.increment();
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
