package dev.tiercel.tier2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassesTest {
    private static TraceUop u(Uop uop, int target) {
        return new TraceUop(uop, 0, target, target, null);
    }

    @Test
    void setIpStaysOnlyBeforeEscapesAndValidityOnlyAfterThem() {
        List<TraceUop> in = List.of(u(Uop._START_EXECUTOR, 9), u(Uop._CHECK_VALIDITY_AND_SET_IP, 1),
                u(Uop._LOAD_FAST, 1), u(Uop._CHECK_VALIDITY_AND_SET_IP, 2), u(Uop._BINARY_OP, 2),
                u(Uop._CHECK_VALIDITY_AND_SET_IP, 3), u(Uop._STORE_FAST, 3), u(Uop._CHECK_VALIDITY_AND_SET_IP, 4),
                u(Uop._JUMP_TO_TOP, 4));
        List<Uop> out = Passes.removeSetIpAndValidity(in).stream().map(t -> t.uop).toList();
        assertThat(out).containsExactly(Uop._START_EXECUTOR, Uop._LOAD_FAST, Uop._SET_IP, Uop._BINARY_OP,
                Uop._CHECK_VALIDITY, Uop._STORE_FAST, Uop._JUMP_TO_TOP);
    }

    @Test
    void layoutGivesEveryGuardAStub() {
        TraceUop guard = u(Uop._GUARD_BOTH_INT, 5);
        TraceUop check = u(Uop._CHECK_VALIDITY, 6);
        List<TraceUop> body = List.of(u(Uop._START_EXECUTOR, 0), guard, check, u(Uop._JUMP_TO_TOP, 7));
        dev.tiercel.tier2.trace.TraceUop[] all = UopTraceOptimizer.layoutUops(body);
        assertThat(all[guard.jumpTarget].uop).isEqualTo(Uop._EXIT_TRACE);
        assertThat(all[guard.jumpTarget].exitIndex).isZero();
        assertThat(all[check.jumpTarget].uop).isEqualTo(Uop._DEOPT);
        assertThat(all[check.jumpTarget].target).isEqualTo(6);
    }
}
