package dev.tiercel.tier2.nativecode;

/**
 * A hole's value does not fit its instruction (a branch target out of range, a constant too wide for its field).
 * {@link CopyAndPatch#compile} declines such a trace instead of failing.
 */
public final class PatchRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PatchRangeException(String message) {
        super(message);
    }
}
