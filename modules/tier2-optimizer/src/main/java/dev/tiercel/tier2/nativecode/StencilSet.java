package dev.tiercel.tier2.nativecode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stencils of one architecture: the trace entry and one stencil per supported uop, by CPython's uop name. */
public final class StencilSet {
    private final String architecture;
    private final Stencil entry;
    private final Map<String, Stencil> uops;

    public StencilSet(String architecture, Stencil entry, List<Stencil> uops) {
        this.architecture = architecture;
        this.entry = entry;
        Map<String, Stencil> byName = new LinkedHashMap<>();
        for (Stencil s : uops) {
            if (byName.put(s.name(), s) != null) {
                throw new IllegalArgumentException("two stencils for " + s.name());
            }
        }
        this.uops = Collections.unmodifiableMap(byName);
    }

    public String architecture() {
        return architecture;
    }

    /** The code every trace starts with: it loads the stack pointer from the register file. */
    public Stencil entry() {
        return entry;
    }

    public boolean supports(String uop) {
        return uops.containsKey(uop);
    }

    public Optional<Stencil> find(String uop) {
        return Optional.ofNullable(uops.get(uop));
    }

    public Stencil get(String uop) {
        Stencil s = uops.get(uop);
        if (s == null) {
            throw new IllegalArgumentException(architecture + " has no stencil for " + uop);
        }
        return s;
    }

    /** Uop names in the order the generator wrote them. */
    public List<String> uopNames() {
        return List.copyOf(uops.keySet());
    }

    public List<Stencil> stencils() {
        return List.copyOf(uops.values());
    }
}
