package dev.tiercel.runtime.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Consumer;

/**
 * Whether tier 2 runs in this process, decided once from the module path and {@code PYTHON_JIT} (else the image's
 * default), and changed at run time by the {@code tiercel} module. Tier 1 registers a listener so that its back-edge
 * check stays a plain field read. Answers {@code sys._jit}: the JIT is "available" only when a backend that compiles
 * traces to machine code is usable, as in CPython, where a build whose tier 2 is the uop interpreter has no JIT.
 */
public final class JitState {
    private JitState() {}

    private static volatile boolean initialized;
    private static TraceOptimizer optimizer;
    private static TraceBackend backend;
    private static volatile boolean enabled;
    private static volatile int threshold = 16;
    /** Executors running on the stack (one interpreter thread). */
    private static int running;
    private static final List<Consumer<Boolean>> listeners = new ArrayList<>();

    private static void init() {
        if (!initialized) {
            discover();
        }
    }

    private static synchronized void discover() {
        if (initialized) {
            return;
        }
        try {
            String jit = System.getenv("PYTHON_JIT");
            boolean requested = jit != null ? !jit.equals("0")
                    : !"off".equals(System.getProperty("tiercel.jit.default", "on"));
            Tiers tiers = Tiers.discover(true);
            if (tiers.optimizer().isPresent() && tiers.optimizer().get().limitation().isEmpty()) {
                TraceOptimizer o = tiers.optimizer().get();
                o.attachBackends(tiers.backends());
                optimizer = o;
                backend = o.activeBackend();
                threshold = Math.max(1, Math.min(4095, o.backedgeThreshold()));
                enabled = requested && backend != null;
            }
        } catch (RuntimeException | ServiceConfigurationError e) {
            enabled = false;
        }
        initialized = true;
    }

    /** The optimizer on the module path, if any (also when tier 2 is off). */
    public static Optional<TraceOptimizer> optimizer() {
        init();
        return Optional.ofNullable(optimizer);
    }

    /** Whether tier 2 can run here: an optimizer and a usable backend are on the module path. */
    public static boolean tier2Available() {
        init();
        return optimizer != null && backend != null;
    }

    /** Whether hot loops are handed to tier 2 now. */
    public static boolean tier2Enabled() {
        init();
        return enabled;
    }

    /** Switches tier 2 on or off; off also invalidates every executor. */
    public static synchronized void setTier2Enabled(boolean on) {
        init();
        if (on && !tier2Available()) {
            throw new IllegalStateException("tier 2 is not available in this image");
        }
        enabled = on;
        if (!on && optimizer != null) {
            optimizer.invalidateAll();
        }
        for (Consumer<Boolean> l : listeners) {
            l.accept(on);
        }
    }

    /** Tier 1 is told of every change of {@link #tier2Enabled()}. */
    public static synchronized void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    /** Back edges before a loop is traced. */
    public static int backedgeThreshold() {
        init();
        return threshold;
    }

    public static void setBackedgeThreshold(int n) {
        init();
        threshold = Math.max(1, Math.min(4095, n));
    }

    /** Whether a JIT (a backend compiling traces to machine code) is usable: {@code sys._jit.is_available()}. */
    public static boolean jitAvailable() {
        return tier2Available() && backend.isNative();
    }

    /** {@code sys._jit.is_enabled()}. */
    public static boolean jitEnabled() {
        return jitAvailable() && tier2Enabled();
    }

    /** {@code sys._jit.is_active()}: JIT-compiled code is running on this thread's stack. */
    public static boolean jitActive() {
        return jitEnabled() && running > 0;
    }

    /** An executor starts running (tier 1 calls this around each executor entry). */
    public static void executorEntered() {
        running++;
    }

    public static void executorLeft() {
        running--;
    }
}
