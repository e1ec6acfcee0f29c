package dev.tiercel.tier2.nativecode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stencils of one architecture: the trace entry, the spills and fills (which move cached stack items to
 * memory and back, one per cache depth), and the uops' stencils by CPython's uop name, one per cache depth each
 * supports.
 */
public final class StencilSet {
    /** Cache depths are 0 up to this. */
    public static final int MAX_CACHE = 4;

    private final String architecture;
    private final Stencil entry;
    private final Stencil[] spills = new Stencil[MAX_CACHE + 1];
    private final Stencil[] fills = new Stencil[MAX_CACHE + 1];
    private final Map<String, Stencil[]> uops;

    /**
     * @param internal spills (named "spill": depth D in, 0 out) and fills (named "fill": 0 in, depth D out)
     */
    public StencilSet(String architecture, Stencil entry, List<Stencil> internal, List<Stencil> uops) {
        this.architecture = architecture;
        this.entry = entry;
        for (Stencil s : internal) {
            if (s.name().equals("spill") && s.cacheOut() == 0 && s.cacheIn() >= 1 && s.cacheIn() <= MAX_CACHE) {
                this.spills[s.cacheIn()] = s;
            } else if (s.name().equals("fill") && s.cacheIn() == 0 && s.cacheOut() >= 1 && s.cacheOut() <= MAX_CACHE) {
                this.fills[s.cacheOut()] = s;
            } else {
                throw new IllegalArgumentException("neither a spill nor a fill: " + s);
            }
        }
        Map<String, Stencil[]> byName = new LinkedHashMap<>();
        for (Stencil s : uops) {
            if (s.cacheIn() < 0 || s.cacheIn() > MAX_CACHE) {
                throw new IllegalArgumentException("cache depth out of range: " + s);
            }
            Stencil[] variants = byName.computeIfAbsent(s.name(), n -> new Stencil[MAX_CACHE + 1]);
            if (variants[s.cacheIn()] != null) {
                throw new IllegalArgumentException("two stencils for " + s.name() + " at cache depth " + s.cacheIn());
            }
            variants[s.cacheIn()] = s;
        }
        this.uops = Collections.unmodifiableMap(byName);
    }

    /** A set without top-of-stack caching: every stencil at depth 0. */
    public StencilSet(String architecture, Stencil entry, List<Stencil> uops) {
        this(architecture, entry, List.of(), uops);
    }

    public String architecture() {
        return architecture;
    }

    /** The code every trace starts with: it loads the stack pointer from the register file. */
    public Stencil entry() {
        return entry;
    }

    /** The stencil that writes {@code depth} cached items back to memory; null if there is none. */
    public Stencil spill(int depth) {
        return depth >= 1 && depth <= MAX_CACHE ? spills[depth] : null;
    }

    /** The stencil that loads {@code depth} items from memory into the cache; null if there is none. */
    public Stencil fill(int depth) {
        return depth >= 1 && depth <= MAX_CACHE ? fills[depth] : null;
    }

    public boolean supports(String uop) {
        return uops.containsKey(uop);
    }

    /** The uop's stencil for cache depth {@code depth}, or null. */
    public Stencil variant(String uop, int depth) {
        Stencil[] variants = uops.get(uop);
        return variants == null || depth < 0 || depth > MAX_CACHE ? null : variants[depth];
    }

    public Optional<Stencil> find(String uop) {
        return Optional.ofNullable(uops.containsKey(uop) ? get(uop) : null);
    }

    /** The uop's stencil at the lowest cache depth it has. */
    public Stencil get(String uop) {
        Stencil[] variants = uops.get(uop);
        if (variants != null) {
            for (Stencil s : variants) {
                if (s != null) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException(architecture + " has no stencil for " + uop);
    }

    /** Uop names in the order the generator wrote them. */
    public List<String> uopNames() {
        return List.copyOf(uops.keySet());
    }

    /** Every uop stencil, all variants. */
    public List<Stencil> stencils() {
        List<Stencil> all = new ArrayList<>();
        for (Stencil[] variants : uops.values()) {
            for (Stencil s : variants) {
                if (s != null) {
                    all.add(s);
                }
            }
        }
        return all;
    }
}
