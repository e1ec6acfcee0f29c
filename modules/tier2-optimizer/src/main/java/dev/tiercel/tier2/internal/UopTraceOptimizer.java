package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.spi.TraceBackend;
import dev.tiercel.runtime.spi.TraceOptimizer;
import java.util.List;

/** The tier-2 optimizer service. Trace projection is not written yet, so it reports that limitation. */
public final class UopTraceOptimizer implements TraceOptimizer {
    private List<TraceBackend> backends = List.of();

    @Override
    public String name() {
        return "uop trace optimizer";
    }

    @Override
    public String limitation() {
        return "has no trace projection yet";
    }

    @Override
    public void attachBackends(List<TraceBackend> found) {
        backends = List.copyOf(found);
    }

    @Override
    public TraceBackend activeBackend() {
        return backends.stream().filter(TraceBackend::isAvailable).findFirst().orElse(null);
    }
}
