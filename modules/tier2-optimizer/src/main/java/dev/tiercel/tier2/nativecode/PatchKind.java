package dev.tiercel.tier2.nativecode;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * How a hole's value is written into the code: the relocation types the stencils use. Values are little-endian
 * (x86-64 and AArch64 Linux both are). Every patch checks that the value fits.
 */
public enum PatchKind {
    /** 64-bit absolute value (ELF R_X86_64_64). */
    ABS64(8),
    /** 32-bit absolute value, zero-extended by the instruction (R_X86_64_32). */
    ABS32(4),
    /** 32-bit absolute value, sign-extended by the instruction (R_X86_64_32S). */
    ABS32S(4),
    /** 32-bit displacement from the patched place (R_X86_64_PC32, R_X86_64_PLT32). */
    REL32(4);

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final int width;

    PatchKind(int width) {
        this.width = width;
    }

    /** Bytes written. */
    public int width() {
        return width;
    }

    /**
     * Writes {@code value} (already including the hole's addend) at {@code offset} of {@code code}, whose first
     * byte will live at address {@code base}.
     *
     * @throws IllegalArgumentException if the value does not fit
     */
    public void apply(MemorySegment code, long offset, long base, long value) {
        switch (this) {
            case ABS64 -> code.set(LONG, offset, value);
            case ABS32 -> {
                if (value < 0 || value > 0xFFFF_FFFFL) {
                    throw new IllegalArgumentException("value " + value + " does not fit an unsigned 32-bit hole");
                }
                code.set(INT, offset, (int) value);
            }
            case ABS32S -> code.set(INT, offset, narrow(value, "a signed 32-bit hole"));
            case REL32 -> code.set(INT, offset, narrow(value - (base + offset), "a 32-bit displacement"));
        }
    }

    private static int narrow(long value, String what) {
        if (value != (int) value) {
            throw new IllegalArgumentException("value " + value + " does not fit " + what);
        }
        return (int) value;
    }
}
