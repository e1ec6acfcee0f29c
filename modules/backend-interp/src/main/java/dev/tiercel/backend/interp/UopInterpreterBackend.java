package dev.tiercel.backend.interp;

import dev.tiercel.runtime.spi.PyStats;

import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceCompiler;

/** The uop interpreter: the backend that never declines a trace. */
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
    public CompiledTrace compile(Trace trace) {
        if (UopInterpreter.LLTRACE >= 4) {
            return new UopInterpreter.Tracing(trace);
        }
        return PyStats.ENABLED ? new CountingUopInterpreter(trace) : new UopInterpreter(trace);
    }
}
