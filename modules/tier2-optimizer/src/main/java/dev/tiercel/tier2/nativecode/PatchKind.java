package dev.tiercel.tier2.nativecode;

/**
 * How a hole's value is written into the code: the relocation types the stencils use, for x86-64 and AArch64.
 * Code is little-endian on both. Every patch checks that the value fits (the MOVW pieces take 16 bits each and
 * together the whole value).
 */
public enum PatchKind {
    /** 64-bit absolute value (ELF R_X86_64_64, R_AARCH64_ABS64). */
    ABS64(8),
    /** 32-bit absolute value, zero-extended by the instruction (R_X86_64_32). */
    ABS32(4),
    /** 32-bit absolute value, sign-extended by the instruction (R_X86_64_32S). */
    ABS32S(4),
    /** 32-bit displacement from the patched place (R_X86_64_PC32, R_X86_64_PLT32). */
    REL32(4),
    /** AArch64 MOVZ/MOVK: bits 0-15 of the value into the instruction's imm16 (R_AARCH64_MOVW_UABS_G0_NC). */
    MOVW_G0(4),
    /** AArch64 MOVK: bits 16-31 of the value (R_AARCH64_MOVW_UABS_G1_NC). */
    MOVW_G1(4),
    /** AArch64 MOVK: bits 32-47 of the value (R_AARCH64_MOVW_UABS_G2_NC). */
    MOVW_G2(4),
    /** AArch64 MOVK: bits 48-63 of the value (R_AARCH64_MOVW_UABS_G3). */
    MOVW_G3(4),
    /** AArch64 B/BL: (value - place) / 4 into imm26, within +-128 MiB (R_AARCH64_JUMP26, R_AARCH64_CALL26). */
    BRANCH26(4);

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
            case MOVW_G0, MOVW_G1, MOVW_G2, MOVW_G3 -> {
                int shift = 16 * (ordinal() - MOVW_G0.ordinal());
                long imm16 = (value >>> shift) & 0xFFFF;
                putInstruction(code, offset, 0x1FFFE0, imm16 << 5);
            }
            case BRANCH26 -> {
                long delta = value - (base + offset);
                if ((delta & 3) != 0 || delta < -(1L << 27) || delta >= (1L << 27)) {
                    throw new IllegalArgumentException("branch displacement " + delta + " does not fit imm26");
                }
                putInstruction(code, offset, 0x03FF_FFFF, (delta >> 2) & 0x03FF_FFFF);
            }
        }
    }

    /** Replaces the bits of {@code mask} in the little-endian 32-bit instruction at {@code offset}. */
    private static void putInstruction(byte[] code, int offset, long mask, long bits) {
        long word = 0;
        for (int i = 0; i < 4; i++) {
            word |= (code[offset + i] & 0xFFL) << (8 * i);
        }
        putLittleEndian(code, offset, (word & ~mask) | (bits & mask), 4);
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
