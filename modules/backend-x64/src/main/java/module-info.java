/** Tier-2 backend: x86-64 copy-and-patch JIT. */
module dev.tiercel.backend.x64 {
    requires dev.tiercel.tier2;

    provides dev.tiercel.runtime.spi.TraceBackend with dev.tiercel.backend.x64.X64JitBackend;
}
