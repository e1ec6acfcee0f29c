package dev.tiercel.runtime.spi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The tier services found on the module path, and which of them are active. Discovery is by
 * {@link ServiceLoader} only: an absent module is simply not found.
 *
 * @param frontend           the compiler, if present
 * @param interpreter        the tier-1 interpreter, if present
 * @param optimizer          the tier-2 trace optimizer, if present
 * @param backends           every trace backend found, in descending priority, available or not
 * @param builtinModules     the builtin modules written in Java
 * @param tier2Requested     whether tier 2 is asked for (PYTHON_JIT, else the image's default)
 * @param tier2Enabled       whether tier 2 is requested and has an optimizer and a backend that can run
 */
public record Tiers(Optional<Frontend> frontend, Optional<Interpreter> interpreter,
        Optional<TraceOptimizer> optimizer, List<TraceBackend> backends,
        List<BuiltinModuleProvider> builtinModules, boolean tier2Requested, boolean tier2Enabled) {

    /** Finds every service visible from the runtime module's layer. */
    public static Tiers discover(boolean tier2Requested) {
        ModuleLayer layer = Tiers.class.getModule().getLayer();
        List<TraceBackend> backends = load(TraceBackend.class, layer).stream()
                .sorted(Comparator.comparingInt(TraceBackend::priority).reversed())
                .toList();
        Optional<TraceOptimizer> optimizer = load(TraceOptimizer.class, layer).stream().findFirst();
        boolean tier2 = tier2Requested && optimizer.filter(o -> o.limitation().isEmpty()).isPresent()
                && backends.stream().anyMatch(Tiers::usable);
        return new Tiers(load(Frontend.class, layer).stream().findFirst(),
                load(Interpreter.class, layer).stream().findFirst(),
                optimizer, backends, load(BuiltinModuleProvider.class, layer), tier2Requested, tier2);
    }

    private static <S> List<S> load(Class<S> service, ModuleLayer layer) {
        ServiceLoader<S> loader = layer != null ? ServiceLoader.load(layer, service) : ServiceLoader.load(service);
        return loader.stream().map(ServiceLoader.Provider::get).toList();
    }

    private static boolean usable(TraceBackend b) {
        return b.isAvailable() && b.limitation().isEmpty();
    }

    /** The backend tier 2 would use first, if tier 2 is on. */
    public Optional<TraceBackend> activeBackend() {
        return tier2Enabled ? backends.stream().filter(Tiers::usable).findFirst() : Optional.empty();
    }

    /** The text of {@code -X tiers}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        line(sb, "frontend", frontend);
        line(sb, "tier 1", interpreter);
        line(sb, "tier 2 optimizer", optimizer);
        if (backends.isEmpty()) {
            sb.append("backend: none found\n");
        }
        for (TraceBackend b : backends) {
            sb.append("backend: ").append(b.name()).append(" (").append(b.moduleName()).append(", priority ")
                    .append(b.priority()).append("): ");
            sb.append(b.isAvailable() ? "available on this machine" : "not available: " + b.unavailableReason());
            sb.append(b.limitation().isEmpty() ? "" : "; " + b.limitation()).append('\n');
        }
        sb.append("tier 2 requested: ").append(tier2Requested ? "yes" : "no")
                .append(" (PYTHON_JIT, else the image's default)\n");
        sb.append("builtin modules: ").append(builtinModules.size()).append('\n');
        sb.append("active: ").append(activeDescription()).append('\n');
        return sb.toString();
    }

    private String activeDescription() {
        if (interpreter.isEmpty()) {
            return "nothing (no tier-1 interpreter on the module path)";
        }
        if (optimizer.isEmpty()) {
            return "tier 1 only (no tier-2 optimizer on the module path)";
        }
        if (!optimizer.get().limitation().isEmpty()) {
            return "tier 1 only (the tier-2 optimizer " + optimizer.get().limitation() + ")";
        }
        if (backends.stream().noneMatch(Tiers::usable)) {
            return "tier 1 only (no usable trace backend)";
        }
        Optional<TraceBackend> active = activeBackend();
        if (active.isEmpty()) {
            return "tier 1 only (tier 2 is off; PYTHON_JIT=1 turns it on)";
        }
        return "tier 1 + tier 2 with " + active.get().name();
    }

    private static void line(StringBuilder sb, String what, Optional<? extends TierInfo> tier) {
        sb.append(what).append(": ");
        sb.append(tier.map(t -> t.name() + " (" + t.moduleName() + ")"
                + (t.limitation().isEmpty() ? "" : "; " + t.limitation())).orElse("not found")).append('\n');
    }
}
