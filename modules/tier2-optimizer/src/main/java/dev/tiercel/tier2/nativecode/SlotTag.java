package dev.tiercel.tier2.nativecode;

/** What a register-file slot holds; the numbers are the ones the stencils compare against (stencils/regfile.h). */
public enum SlotTag {
    /** Nothing (a local not yet bound). */
    UNDEF,
    /** An int that fits int64; the value is the int64. */
    INT,
    /** A float; the value is its IEEE-754 bits. */
    FLOAT,
    /** A bool; the value is 0 or 1. */
    BOOL,
    /** None; the value is 0. */
    NONE,
    /** A range iterator; the value is the byte offset of its (start, step, len) record in the register file. */
    RANGE_ITER;

    private static final SlotTag[] VALUES = values();

    public long code() {
        return ordinal();
    }

    public static SlotTag of(long code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("bad slot tag " + code);
        }
        return VALUES[(int) code];
    }
}
