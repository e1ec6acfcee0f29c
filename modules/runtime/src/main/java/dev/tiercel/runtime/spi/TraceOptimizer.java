package dev.tiercel.runtime.spi;

import java.util.List;

/**
 * Tier 2: turns hot loops into optimized traces of micro-ops run by executors. Tier 1 hands it hot
 * {@code JUMP_BACKWARD}s; the optimizer offers each finished trace to the available {@link TraceBackend}s in
 * priority order.
 */
public interface TraceOptimizer extends TierInfo {

    /** The backends found on the module path, sorted by descending priority; called once at start-up. */
    void attachBackends(List<TraceBackend> backends);

    /** The backend that takes traces first, or null when none is usable. */
    TraceBackend activeBackend();
}
