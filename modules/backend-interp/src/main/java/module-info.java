/** Tier-2 backend: tier-2 uop interpreter. */
module dev.tiercel.backend.interp {
    requires dev.tiercel.tier2;

    provides dev.tiercel.runtime.spi.TraceBackend with dev.tiercel.backend.interp.UopInterpreterBackend;
}
