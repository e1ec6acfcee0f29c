package dev.tiercel.tier2.nativecode;

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
    public void apply(byte[] code, int offset, long base, long value) {
        switch (this) {
            case ABS64 -> putLittleEndian(code, offset, value, 8);
            case ABS32 -> {
                if (value < 0 || value > 0xFFFF_FFFFL) {
                    throw new IllegalArgumentException("value " + value + " does not fit an unsigned 32-bit hole");
                }
                putLittleEndian(code, offset, value, 4);
            }
            case ABS32S -> putLittleEndian(code, offset, narrow(value, "a signed 32-bit hole"), 4);
            case REL32 -> putLittleEndian(code, offset, narrow(value - (base + offset), "a 32-bit displacement"), 4);
        }
    }

    private static void putLittleEndian(byte[] code, int offset, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            code[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static int narrow(long value, String what) {
        if (value != (int) value) {
            throw new IllegalArgumentException("value " + value + " does not fit " + what);
        }
        return (int) value;
    }
}
