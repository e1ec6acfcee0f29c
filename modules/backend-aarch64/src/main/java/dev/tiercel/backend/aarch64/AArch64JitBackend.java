package dev.tiercel.backend.aarch64;

import dev.tiercel.tier2.nativecode.NativeTraceCompiler;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceCompiler;
import java.util.Locale;
import java.util.Set;

/**
 * The AArch64 copy-and-patch JIT. Available only on an AArch64 CPU. Its stencils are generated from the same
 * {@code stencils/uops.c} as x86-64's; everything else (layout, arena, entry, register file) is the shared
 * {@code dev.tiercel.tier2.nativecode} machinery, including the instruction-cache maintenance that AArch64 needs
 * before new code runs. Like x86-64's, it compiles the traces whose every uop has a stencil and declines the
 * others. Verified under qemu-aarch64 in its tests (no AArch64 host here).
 */
public final class AArch64JitBackend implements TraceCompiler {
    private static final Set<String> HOST_ARCHES = Set.of("aarch64", "arm64");

    private static final class Stencils {
        static final StencilSet SET = AArch64Stencils.create();
    }

    /** The AArch64 stencil set: the trace entry, spills and fills, and one stencil per uop and cache depth. */
    static StencilSet stencils() {
        return Stencils.SET;
    }

    @Override
    public String name() {
        return "AArch64 copy-and-patch JIT";
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
        return "needs an AArch64 CPU, this machine is " + System.getProperty("os.arch");
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
