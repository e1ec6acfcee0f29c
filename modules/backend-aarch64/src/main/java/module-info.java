/** Tier-2 backend: AArch64 copy-and-patch JIT. */
module dev.tiercel.backend.aarch64 {
    requires dev.tiercel.tier2;

    provides dev.tiercel.runtime.spi.TraceBackend with dev.tiercel.backend.aarch64.AArch64JitBackend;
}
