package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.tier2.nativecode.PatchKind;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Patch encodings against instruction encodings from the ISA manuals (the AArch64 ones cross-checked with
 * {@code llvm-mc --triple=aarch64 -show-encoding}).
 */
class PatchKindTest {
    static final long BASE = 0x7000_0000L;

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void x86Patches() {
        byte[] jmp = hex("e900000000");
        PatchKind.REL32.apply(jmp, 1, BASE, BASE + 0x105 - 4); // jmp to BASE+0x105, addend -4 as in the ELF
        assertThat(hex(jmp)).isEqualTo("e900010000");
        byte[] movabs = hex("48b80000000000000000");
        PatchKind.ABS64.apply(movabs, 2, BASE, 0x1122334455667788L);
        assertThat(hex(movabs)).isEqualTo("48b88877665544332211");
        byte[] movl = hex("b800000000");
        PatchKind.ABS32.apply(movl, 1, BASE, 0xFFFF_FFFEL);
        assertThat(hex(movl)).isEqualTo("b8feffffff");
        assertThatThrownBy(() -> PatchKind.ABS32.apply(movl, 1, BASE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatchKind.ABS32S.apply(movl, 1, BASE, 1L << 31))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatchKind.REL32.apply(jmp, 1, BASE, BASE + (1L << 32)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aarch64Patches() {
        byte[] movz = hex("090080d2"); // movz x9, #0
        PatchKind.MOVW_G0.apply(movz, 0, BASE, 0xABCD_0000_0000_1234L);
        assertThat(hex(movz)).isEqualTo("894682d2"); // movz x9, #0x1234
        byte[] movk = hex("0900e0f2"); // movk x9, #0, lsl #48
        PatchKind.MOVW_G3.apply(movk, 0, BASE, 0xABCD_0000_0000_1234L);
        assertThat(hex(movk)).isEqualTo("a979f5f2"); // movk x9, #0xabcd, lsl #48
        byte[] b = hex("1f2003d500000014"); // nop; b .
        PatchKind.BRANCH26.apply(b, 4, BASE, BASE + 4 + 8);
        assertThat(hex(b)).isEqualTo("1f2003d502000014"); // b #8
        PatchKind.BRANCH26.apply(b, 4, BASE, BASE);
        assertThat(hex(b)).isEqualTo("1f2003d5ffffff17"); // b #-4
        assertThatThrownBy(() -> PatchKind.BRANCH26.apply(b, 4, BASE, BASE + 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PatchKind.BRANCH26.apply(b, 4, BASE, BASE + (1L << 28)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
