package dev.tiercel.tier2.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.Opcodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is derived from the one uop definition: translation, stack effects, stats names, semantics. */
class UopTest {
    private static List<Uop> uops(String instruction) {
        return Uop.expansion(instruction).stream().map(Uop.Part::uop).toList();
    }

    @Test
    void specializedInstructionsExpandToGuardsThenActions() {
        assertThat(uops("BINARY_OP_ADD_INT")).containsExactly(Uop._GUARD_BOTH_INT, Uop._BINARY_OP_ADD_INT);
        assertThat(uops("FOR_ITER_RANGE")).containsExactly(Uop._ITER_CHECK_RANGE, Uop._GUARD_NOT_EXHAUSTED_RANGE,
                Uop._ITER_NEXT_RANGE);
        assertThat(uops("COMPARE_OP_FLOAT")).containsExactly(Uop._GUARD_BOTH_FLOAT, Uop._COMPARE_OP_FLOAT);
    }

    @Test
    void plainInstructionsExpandByName() {
        assertThat(uops("LOAD_FAST")).containsExactly(Uop._LOAD_FAST);
        assertThat(uops("STORE_NAME")).containsExactly(Uop._STORE_NAME);
        assertThat(Uop.expansion(Opcodes.LOAD_CONST).get(0).uop()).isEqualTo(Uop._LOAD_CONST);
        assertThat(Uop.expansion("YIELD_VALUE")).isNull();
        assertThat(Uop.expansion("EXIT_TRACE")).as("stubs are no instruction").isNull();
    }

    @Test
    void superinstructionsSplitTheirOparg() {
        List<Uop.Part> p = Uop.expansion("LOAD_FAST_LOAD_FAST");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).oparg().applyAsInt(0x12)).isEqualTo(1);
        assertThat(p.get(1).oparg().applyAsInt(0x12)).isEqualTo(2);
    }

    @Test
    void stackEffectsComeFromTheDeclaredNotation() {
        assertThat(Uop._BINARY_OP_ADD_INT.pops(0)).isEqualTo(2);
        assertThat(Uop._BINARY_OP_ADD_INT.pushes(0)).isEqualTo(1);
        assertThat(Uop._CALL_NON_PY.pops(3)).isEqualTo(5);
        assertThat(Uop._LOAD_GLOBAL.pushes(3)).isEqualTo(2);
        assertThat(Uop._LOAD_GLOBAL.pushes(2)).isEqualTo(1);
        assertThat(Uop._COPY.pushes(2) - Uop._COPY.pops(2)).isEqualTo(1);
        assertThat(Uop._GUARD_IS_TRUE_POP.pops(0)).isEqualTo(1);
    }

    @Test
    void everyUopHasFlagsStatsNameAndSemantics() {
        for (Uop u : Uop.values()) {
            assertThat(u.statsName()).isEqualTo("uops[" + u.name() + "].execution_count");
            assertThat(u.semanticsMethod()).isNotBlank();
        }
        assertThat(Uop._GUARD_BOTH_INT.isGuard()).isTrue();
        assertThat(Uop._BINARY_OP.has(Uop.ESCAPES)).isTrue();
        assertThat(Uop._LOAD_FAST.isGuard()).isFalse();
    }
}
