package dev.tiercel.backend.x64;

import dev.tiercel.tier2.nativecode.NativeTraceCompiler;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceCompiler;
import java.util.Locale;
import java.util.Set;

/**
 * The x86-64 copy-and-patch JIT. Available only on an x86-64 CPU. Its stencils are generated from
 * {@code stencils/uops.c}; translation, layout, the arena and the entry and exit glue are the shared
 * {@code dev.tiercel.tier2.nativecode} machinery (docs/jit.md). It compiles the traces tier 2 offers whose every uop
 * has a stencil and declines the others, which the uop interpreter then runs.
 */
public final class X64JitBackend implements TraceCompiler {
    private static final Set<String> HOST_ARCHES = Set.of("amd64", "x86_64");

    private static final class Stencils {
        static final StencilSet SET = X64Stencils.create();
    }

    /** The x86-64 stencil set: the trace entry and one stencil per supported uop. */
    static StencilSet stencils() {
        return Stencils.SET;
    }

    @Override
    public String name() {
        return "x86-64 copy-and-patch JIT";
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean isAvailable() {
        return HOST_ARCHES.contains(System.getProperty("os.arch", "").toLowerCase(Locale.ROOT));
    }

    @Override
    public String unavailableReason() {
        return "needs an x86-64 CPU, this machine is " + System.getProperty("os.arch");
    }

    @Override
    public boolean isNative() {
        return true;
    }

    private NativeTraceCompiler compiler;

    /** The shared translator, copy-and-patch and glue over this CPU's stencils; made on the first trace. */
    private synchronized NativeTraceCompiler compiler() {
        if (compiler == null) {
            compiler = new NativeTraceCompiler(stencils());
        }
        return compiler;
    }

    @Override
    public CompiledTrace compile(Trace trace) {
        return compiler().compile(trace);
    }
}
