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
    BRANCH26(4),
    /** AArch64 B.cond/CBZ/CBNZ: (value - place) / 4 into imm19 (bits 5-23), within +-1 MiB (R_AARCH64_CONDBR19). */
    BRANCH19(4),
    /** AArch64 TBZ/TBNZ: (value - place) / 4 into imm14 (bits 5-18), within +-32 KiB (R_AARCH64_TSTBR14). */
    BRANCH14(4),
    /**
     * AArch64 ADRP: the 4 KiB page of the value minus the place's page, / 4096, into immlo (bits 29-30) and immhi
     * (bits 5-23), within +-4 GiB (R_AARCH64_ADR_PREL_PG_HI21).
     */
    ADRP_PAGE21(4),
    /** AArch64 ADD (immediate): the low 12 bits of the value into imm12 (bits 10-21) (R_AARCH64_ADD_ABS_LO12_NC). */
    ADD_LO12(4);

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
     * @throws PatchRangeException if the value does not fit (the trace is declined)
     */
    public void apply(byte[] code, int offset, long base, long value) {
        switch (this) {
            case ABS64 -> putLittleEndian(code, offset, value, 8);
            case ABS32 -> {
                if (value < 0 || value > 0xFFFF_FFFFL) {
                    throw new PatchRangeException("value " + value + " does not fit an unsigned 32-bit hole");
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
            case BRANCH26 -> putInstruction(code, offset, 0x03FF_FFFF, branch(value - (base + offset), 26) & 0x03FF_FFFF);
            case BRANCH19 -> putInstruction(code, offset, 0x00FF_FFE0, (branch(value - (base + offset), 19) & 0x7FFFF) << 5);
            case BRANCH14 -> putInstruction(code, offset, 0x0007_FFE0, (branch(value - (base + offset), 14) & 0x3FFF) << 5);
            case ADRP_PAGE21 -> {
                long pages = (value >> 12) - ((base + offset) >> 12);
                if (pages < -(1L << 20) || pages >= (1L << 20)) {
                    throw new PatchRangeException("page distance " + pages + " does not fit ADRP's 21 bits");
                }
                putInstruction(code, offset, 0x60FF_FFE0, (pages & 3) << 29 | ((pages >> 2) & 0x7FFFF) << 5);
            }
            case ADD_LO12 -> putInstruction(code, offset, 0x003F_FC00, (value & 0xFFF) << 10);
        }
    }

    /** The word displacement {@code delta / 4}, checked to be aligned and to fit a signed {@code bits}-bit field. */
    private static long branch(long delta, int bits) {
        if ((delta & 3) != 0 || delta < -(1L << (bits + 1)) || delta >= (1L << (bits + 1))) {
            throw new PatchRangeException("branch displacement " + delta + " does not fit imm" + bits);
        }
        return delta >> 2;
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
            throw new PatchRangeException("value " + value + " does not fit " + what);
        }
        return (int) value;
    }
}
