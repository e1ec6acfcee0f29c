package dev.tiercel.backend.interp;

import dev.tiercel.tier2.trace.TraceCompiler;

/** The uop interpreter: the backend that never declines a trace. Not written yet; it says so. */
public final class UopInterpreterBackend implements TraceCompiler {
    @Override
    public String name() {
        return "tier-2 uop interpreter";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean isNative() {
        return false;
    }

    @Override
    public String limitation() {
        return "runs no traces yet";
    }
}
