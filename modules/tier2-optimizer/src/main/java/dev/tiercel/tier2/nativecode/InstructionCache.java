package dev.tiercel.tier2.nativecode;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Makes freshly written code visible to instruction fetch, after the code is written and before it first runs.
 *
 * <p>x86-64 keeps instruction and data caches coherent for code written by the same process: nothing to do.
 * AArch64 does not: the written bytes must be cleaned from the data cache to the point of unification
 * ({@code dc cvau}), the stale instruction-cache lines invalidated ({@code ic ivau}), each followed by
 * {@code dsb ish}, and the executing core must pass an {@code isb}. That sequence (reading the cache line sizes
 * from {@code CTR_EL0}) is GCC's {@code __clear_cache(begin, end)}, which {@code libgcc_s.so.1} exports on
 * aarch64-linux-gnu (symbol version GCC_3.0; it tail-calls libgcc's {@code __aarch64_sync_cache_range}); it is
 * called through FFM. A trace's code is never executed before it is sealed, and each trace has its own fresh
 * pages, so no core can hold a stale copy in its pipeline; the {@code isb} on the sealing thread plus the
 * branch-and-link of the FFM downcall cover the thread that enters first, and other threads only see the trace
 * after it is published through a Java happens-before edge (a volatile/lock), after the invalidation completed.
 */
public final class InstructionCache {
    private static final boolean NEEDED = needed(System.getProperty("os.arch", ""));
    private static volatile MethodHandle clearCache;

    private InstructionCache() {
    }

    /** True on architectures whose instruction fetch does not see data writes without maintenance. */
    static boolean needed(String osArch) {
        String a = osArch.toLowerCase(Locale.ROOT);
        return a.equals("aarch64") || a.equals("arm64");
    }

    /** Synchronizes [address, address + length) for execution; a no-op on x86-64. */
    public static void synchronize(long address, long length) throws NativeMemoryException {
        if (!NEEDED || length == 0) {
            return;
        }
        try {
            MethodHandle h = handle();
            h.invokeExact(MemorySegment.ofAddress(address), MemorySegment.ofAddress(address + length));
        } catch (NativeMemoryException e) {
            throw e;
        } catch (Throwable t) {
            throw new NativeMemoryException("__clear_cache failed: " + t);
        }
    }

    private static MethodHandle handle() throws NativeMemoryException {
        MethodHandle h = clearCache;
        if (h == null) {
            Linker linker = Linker.nativeLinker();
            MemorySegment symbol = linker.defaultLookup().find("__clear_cache")
                    .or(() -> {
                        try {
                            return SymbolLookup.libraryLookup("libgcc_s.so.1", Arena.global()).find("__clear_cache");
                        } catch (IllegalArgumentException notFound) {
                            return java.util.Optional.empty();
                        }
                    })
                    .orElseThrow(() -> new NativeMemoryException(
                            "no __clear_cache (libgcc_s.so.1): cannot make AArch64 code visible to instruction fetch"));
            h = linker.downcallHandle(symbol, FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
            clearCache = h;
        }
        return h;
    }
}
