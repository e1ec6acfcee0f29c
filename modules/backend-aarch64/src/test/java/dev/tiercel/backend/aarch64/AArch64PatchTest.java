package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.tier2.nativecode.CopyAndPatch;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.HoleKind;
import dev.tiercel.tier2.nativecode.PatchKind;
import dev.tiercel.tier2.nativecode.PatchRangeException;
import dev.tiercel.tier2.nativecode.Stencil;
import dev.tiercel.tier2.nativecode.TraceLayout;
import dev.tiercel.tier2.nativecode.TraceStep;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AArch64 hole patching against encodings from the Arm ARM (checked with {@code llvm-mc -triple=aarch64
 * -show-encoding}), range checks, and declining a trace whose exit is out of a conditional branch's reach.
 */
class AArch64PatchTest {
    static final long BASE = 0x7000_0000L;

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void conditionalBranches() {
        byte[] bne = hex("01000054"); // b.ne .
        PatchKind.BRANCH19.apply(bne, 0, BASE, BASE + 0x40);
        assertThat(hex(bne)).isEqualTo("01020054"); // b.ne #0x40
        PatchKind.BRANCH19.apply(bne, 0, BASE, BASE - 4);
        assertThat(hex(bne)).isEqualTo("e1ffff54"); // b.ne #-4
        byte[] cbz = hex("080000b4"); // cbz x8, .
        PatchKind.BRANCH19.apply(cbz, 0, BASE, BASE + (1 << 20) - 4); // the farthest forward
        assertThat(hex(cbz)).isEqualTo("e8ff7fb4");
        assertThatThrownBy(() -> PatchKind.BRANCH19.apply(cbz, 0, BASE, BASE + (1 << 20)))
                .isInstanceOf(PatchRangeException.class);
        assertThatThrownBy(() -> PatchKind.BRANCH19.apply(cbz, 0, BASE, BASE - (1 << 20) - 4))
                .isInstanceOf(PatchRangeException.class);
        assertThatThrownBy(() -> PatchKind.BRANCH19.apply(cbz, 0, BASE, BASE + 2))
                .isInstanceOf(PatchRangeException.class);
        byte[] tbz = hex("00000036"); // tbz w0, #0, .
        PatchKind.BRANCH14.apply(tbz, 0, BASE, BASE + 8);
        assertThat(hex(tbz)).isEqualTo("40000036"); // tbz w0, #0, #8
        assertThatThrownBy(() -> PatchKind.BRANCH14.apply(tbz, 0, BASE, BASE + (1 << 15)))
                .isInstanceOf(PatchRangeException.class);
        byte[] b = hex("00000014");
        assertThatThrownBy(() -> PatchKind.BRANCH26.apply(b, 0, BASE, BASE + (1L << 27)))
                .isInstanceOf(PatchRangeException.class);
    }

    @Test
    void pageAddresses() {
        byte[] adrp = hex("08000090"); // adrp x8, .
        PatchKind.ADRP_PAGE21.apply(adrp, 0, BASE, BASE + 0x5123); // 5 pages ahead
        assertThat(hex(adrp)).isEqualTo("280000b0"); // adrp x8, #0x5000 (immlo = 1, immhi = 1)
        byte[] add = hex("08010091"); // add x8, x8, #0
        PatchKind.ADD_LO12.apply(add, 0, BASE, BASE + 0x5123);
        assertThat(hex(add)).isEqualTo("088d0491"); // add x8, x8, #0x123
        assertThatThrownBy(() -> PatchKind.ADRP_PAGE21.apply(adrp, 0, BASE, BASE + (1L << 32)))
                .isInstanceOf(PatchRangeException.class);
    }

    /** A guard's b.ne to its exit stub more than 1 MiB away: the trace is declined, not miscompiled. */
    @Test
    void anExitOutOfReachDeclinesTheTrace() {
        var set = AArch64JitBackend.stencils();
        Stencil check = set.variant("_CHECK_VALIDITY", 0);
        assertThat(check.holes()).anyMatch(h -> h.kind() == HoleKind.EXIT_TARGET && h.patch() == PatchKind.BRANCH19);
        List<TraceStep> body = new ArrayList<>();
        body.add(TraceStep.of("_CHECK_VALIDITY").withExit(0));
        for (int i = 0; i < 100_000; i++) {
            body.add(TraceStep.of("_SET_IP").withOperand(i)); // 20 bytes each: 2 MB of body
        }
        body.add(TraceStep.of("_EXIT_TRACE", 1));
        List<TraceStep> stubs = List.of(TraceStep.of("_DEOPT", 0));
        TraceLayout layout = TraceLayout.plan(set, body, stubs);
        assertThat(layout.size()).isGreaterThan(1 << 20);
        assertThatThrownBy(() -> layout.emitToArray(BASE, BASE)).isInstanceOf(PatchRangeException.class);
        // the same through the backend's path (maps, patches, fails the range check, unmaps): declined
        ExecutableArena arena = new ExecutableArena();
        assertThat(new CopyAndPatch(set, arena).compile(body, stubs)).isEmpty();
        assertThat(arena.mappedRanges()).isEmpty();
        // and a short trace compiles (it is never run on this x86-64 host)
        var small = new CopyAndPatch(set, arena).compile(List.of(body.get(0), body.get(1), body.getLast()), stubs);
        assertThat(small).isPresent();
        small.get().close();
    }
}
