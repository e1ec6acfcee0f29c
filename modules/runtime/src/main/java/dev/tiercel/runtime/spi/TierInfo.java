package dev.tiercel.runtime.spi;

/** What every tier service says about itself for {@code -X tiers}. */
public interface TierInfo {
    /** A short name, e.g. {@code "tier1"} or {@code "x86-64 copy-and-patch"}. */
    String name();

    /**
     * Empty when the service does its whole job; otherwise what it cannot do yet, in a few words. A tier with a
     * limitation is listed by {@code -X tiers} but never made active.
     */
    default String limitation() {
        return "";
    }

    /** The JPMS module the service came from. */
    default String moduleName() {
        Module m = getClass().getModule();
        return m.isNamed() ? m.getName() : "(unnamed)";
    }
}
