package dev.tiercel.tier2.nativecode;

/**
 * Which value a {@link Hole} takes. A stencil names each as an extern symbol {@code _JIT_<NAME>} in its C template.
 */
public enum HoleKind {
    /** The uop's oparg (at most 32 bits, unsigned). */
    OPARG(false),
    /** The uop's 64-bit operand. */
    OPERAND(false),
    /**
     * The byte offset of local slot number oparg in the register file ({@code 64 + 16 * oparg}): a constant the
     * stencil can use directly as an address displacement.
     */
    LOCAL(false),
    /** The address of the executor's native data block; its first word is the validity flag. */
    EXECUTOR(false),
    /** The address of the next piece of code: the next stencil of the trace. */
    CONTINUE(true),
    /** The address of the uop's jump target inside the trace (e.g. the top of the loop). */
    JUMP_TARGET(true),
    /** The address of the uop's exit stub. */
    EXIT_TARGET(true);

    private final boolean codeAddress;

    HoleKind(boolean codeAddress) {
        this.codeAddress = codeAddress;
    }

    /** True when the value is the address of code in the same trace. */
    public boolean isCodeAddress() {
        return codeAddress;
    }

    /** The extern symbol that stands for this hole in the C templates. */
    public String symbol() {
        return "_JIT_" + name();
    }

    /** The kind a template symbol stands for. */
    public static HoleKind ofSymbol(String symbol) {
        for (HoleKind k : values()) {
            if (k.symbol().equals(symbol)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a hole symbol: " + symbol);
    }
}
