package dev.tiercel.tier2.nativecode;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Enters native traces. Every trace has the C signature {@code int64_t trace(RegFile *rf, void *unused)} and
 * returns its exit number; one downcall handle, taking the code address as its first argument, serves all
 * traces, so compiling a trace creates no method handle.
 */
public final class NativeEntry {
    // The register file goes as a plain 64-bit address (the same register as a pointer on x86-64 and AArch64): a
    // segment argument would make every call acquire and release the register file's shared arena.
    private static final MethodHandle TRACE = Linker.nativeLinker()
            .downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS));

    private NativeEntry() {
    }

    /** Runs the code at {@code code} over {@code registers} until it exits; returns the exit number. */
    public static long enter(MemorySegment code, RegisterFile registers) {
        try {
            return (long) TRACE.invokeExact(code, registers.segment().address(), MemorySegment.NULL);
        } catch (Throwable t) {
            throw new IllegalStateException("native trace call failed", t);
        } finally {
            java.lang.ref.Reference.reachabilityFence(registers); // its memory lives as long as it does
        }
    }
}
