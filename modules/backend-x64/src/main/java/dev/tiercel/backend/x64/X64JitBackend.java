package dev.tiercel.backend.x64;

import dev.tiercel.tier2.trace.TraceCompiler;
import java.util.Locale;
import java.util.Set;

/** The x86-64 copy-and-patch JIT. Available only on an x86-64 CPU; has no stencils yet, and says so. */
public final class X64JitBackend implements TraceCompiler {
    private static final Set<String> HOST_ARCHES = Set.of("amd64", "x86_64");

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

    @Override
    public String limitation() {
        return "has no stencils yet";
    }
}
