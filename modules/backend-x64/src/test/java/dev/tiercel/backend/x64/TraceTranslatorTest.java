package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.TraceStep;
import dev.tiercel.tier2.nativecode.TraceTranslator;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tier-2 trace to TraceStep translation, on traces laid out as the optimizer lays them out. */
class TraceTranslatorTest {
    private final TraceTranslator translator = new TraceTranslator(X64JitBackend.stencils());

    /** A sum loop shaped as the optimizer lays traces out (body, then stubs); translated, never run. */
    private static Trace sumLoop(PyObject... consts) {
        List<TraceUop> u = new ArrayList<>();
        u.add(new TraceUop(Uop._START_EXECUTOR, 0, 21, 21, null));                      // 0
        u.add(guard(Uop._ITER_CHECK_RANGE, 14));                                    // 1
        u.add(guard(Uop._GUARD_NOT_EXHAUSTED_RANGE, 14));                           // 2
        u.add(new TraceUop(Uop._ITER_NEXT_RANGE, 7, 14, 14, null));                     // 3
        u.add(new TraceUop(Uop._STORE_FAST, 2, 16, 16, null));                          // 4
        u.add(new TraceUop(Uop._LOAD_FAST, 1, 17, 17, null));                           // 5
        u.add(new TraceUop(Uop._LOAD_CONST, 0, 17, 17, null));                          // 6
        u.add(guard(Uop._GUARD_NOS_INT, 18));                                       // 7
        u.add(new TraceUop(Uop._BINARY_OP_ADD_INT, 13, 18, 18, null));                  // 8
        u.add(new TraceUop(Uop._COMPARE_OP_INT, (Ops.LE << 5) | 16 | 10, 19, 19, null)); // 9
        u.add(new TraceUop(Uop._STORE_FAST, 1, 20, 20, null));                          // 10
        u.add(new TraceUop(Uop._JUMP_TO_TOP, 0, 21, 21, null));                         // 11
        u.add(stub(Uop._EXIT_TRACE, 14, 0));                                            // 12
        u.add(stub(Uop._EXIT_TRACE, 14, 1));                                            // 13
        u.add(stub(Uop._EXIT_TRACE, 18, 2));                                            // 14
        u.get(1).jumpTarget = 12;
        u.get(2).jumpTarget = 13;
        u.get(7).jumpTarget = 14;
        PyCode code = new PyCode(1, 0, 0, 4, 0, new short[24], consts, new String[0], new String[] {"n", "x", "i"},
                new byte[3], "t.py", "total", "total", 1, new byte[0], new byte[0]);
        return new Trace(code, 21, u.toArray(new TraceUop[0]), 3);
    }

    private static TraceUop guard(Uop uop, int target) {
        return new TraceUop(uop, 0, target, target, null);
    }

    private static TraceUop stub(Uop uop, int target, int exitIndex) {
        TraceUop s = new TraceUop(uop, 0, target, target, null);
        s.exitIndex = exitIndex;
        return s;
    }

    @Test
    void translatesTheSumLoop() throws Exception {
        TraceTranslator.Translation t = translator.translate(sumLoop(PyInt.of(1000)));
        List<String> names = t.body().stream().map(TraceStep::uop).toList();
        assertThat(names).containsExactly("_NOP", "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE",
                "_ITER_NEXT_RANGE", "_STORE_FAST", "_LOAD_FAST", "_LOAD_CONST_INLINE", "_GUARD_NOS_INT",
                "_BINARY_OP_ADD_INT", "_COMPARE_OP_INT", "_STORE_FAST", "_JUMP_TO_TOP");
        // the constant: tag INT, bits 1000; the comparison: 3.13's mask for <= (less | equal)
        assertThat(t.body().get(6).oparg()).isEqualTo(SlotTag.INT.code());
        assertThat(t.body().get(6).operand()).isEqualTo(1000);
        assertThat(t.body().get(9).oparg()).isEqualTo(2 | 8);
        // exits: 0 the breaker, 1-3 the stubs, 4 the add's overflow (redo BINARY_OP at its instruction)
        assertThat(t.body().get(11).jumpTarget()).isEqualTo(1);
        assertThat(t.body().get(11).exit()).isEqualTo(TraceTranslator.BREAKER_EXIT);
        assertThat(t.body().get(1).exit()).isEqualTo(1);
        assertThat(t.body().get(2).exit()).isEqualTo(2);
        assertThat(t.body().get(7).exit()).isEqualTo(3);
        assertThat(t.body().get(8).exit()).isEqualTo(4);
        assertThat(t.exits()).hasSize(5);
        assertThat(t.exits().get(0)).isNull();
        assertThat(t.exits().get(3).exitIndex).isEqualTo(2);
        assertThat(t.exits().get(4).uop).isEqualTo(Uop._DEOPT);
        assertThat(t.exits().get(4).resume).isEqualTo(18);
        assertThat(t.stubs()).extracting(TraceStep::oparg).containsExactly(0L, 1L, 2L, 3L, 4L);
        // reads x (local 1), writes i and x; reaches the one stack item below it (the range iterator)
        assertThat(t.loads().stream().toArray()).containsExactly(1);
        assertThat(t.stores().stream().toArray()).containsExactly(1, 2);
        assertThat(t.stackReach()).isEqualTo(1);
    }

    @Test
    void floatConstantsKeepTheirBits() throws Exception {
        TraceTranslator.Translation t = translator.translate(sumLoop(PyFloat.of(-0.0)));
        assertThat(t.body().get(6).oparg()).isEqualTo(SlotTag.FLOAT.code());
        assertThat(t.body().get(6).operand()).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void declinesWhatHasNoUnboxedFormOrNoStencil() {
        assertThatThrownBy(() -> translator.translate(sumLoop(PyStr.of("s"))))
                .isInstanceOf(TraceTranslator.Declined.class).hasMessageContaining("constant");
        assertThatThrownBy(() -> translator.translate(sumLoop(PyInt.of(java.math.BigInteger.TEN.pow(30)))))
                .isInstanceOf(TraceTranslator.Declined.class);
        Trace t = sumLoop(PyInt.of(1));
        t.uops()[8] = new TraceUop(Uop._BINARY_OP, 8, 18, 18, null); // **: no native form
        assertThatThrownBy(() -> translator.translate(t)).isInstanceOf(TraceTranslator.Declined.class)
                .hasMessageContaining("binary operator 8");
    }

    @Test
    void theGenericBinaryOpTakesItsOperatorsStencilAndExitsToRedoTheInstruction() throws Exception {
        Trace t = sumLoop(PyInt.of(1));
        t.uops()[8] = new TraceUop(Uop._BINARY_OP, 13 + 6, 18, 18, null); // %=: the in-place form shares %'s
        TraceTranslator.Translation tr = translator.translate(t);
        TraceStep step = tr.body().get(tr.stepOfUop()[8]);
        assertThat(step.uop()).isEqualTo("_BINARY_OP_REMAINDER_NUMERIC");
        TraceUop redo = tr.exits().get(step.exit());
        assertThat(redo.uop).isEqualTo(Uop._DEOPT);
        assertThat(redo.target).isEqualTo(18); // tier 1 redoes BINARY_OP with the operands still on the stack
    }

    /**
     * {@code for i in range(n): <middle>} over locals n, x, i, y (0-3), shaped as the optimizer lays traces out, with
     * {@code consts[0]} = 0.5: exits 0-1 the range guards, 2 the middle's guards.
     */
    private static Trace rangeLoop(TraceUop... middle) {
        List<TraceUop> u = new ArrayList<>();
        u.add(new TraceUop(Uop._START_EXECUTOR, 0, 21, 21, null));
        u.add(new TraceUop(Uop._ITER_CHECK_RANGE, 0, 14, 14, null));
        u.add(new TraceUop(Uop._GUARD_NOT_EXHAUSTED_RANGE, 0, 14, 14, null));
        u.add(new TraceUop(Uop._ITER_NEXT_RANGE, 7, 14, 14, null));
        u.add(new TraceUop(Uop._STORE_FAST, 2, 16, 16, null));
        u.addAll(List.of(middle));
        u.add(new TraceUop(Uop._JUMP_TO_TOP, 0, 21, 21, null));
        int stubs = u.size();
        u.add(stub(Uop._EXIT_TRACE, 14, 0));
        u.add(stub(Uop._EXIT_TRACE, 14, 1));
        u.add(stub(Uop._DEOPT, 18, 2));
        u.get(1).jumpTarget = stubs;
        u.get(2).jumpTarget = stubs + 1;
        for (TraceUop m : middle) {
            if (m.uop.name().startsWith("_GUARD")) {
                m.jumpTarget = stubs + 2;
            }
        }
        PyCode code = new PyCode(1, 0, 0, 4, 0, new short[24], new PyObject[] {PyFloat.of(0.5)}, new String[0],
                new String[] {"n", "x", "i", "y"}, new byte[4], "t.py", "total", "total", 1, new byte[0], new byte[0]);
        return new Trace(code, 21, u.toArray(new TraceUop[0]), 4);
    }

    private static TraceUop op(Uop uop, int oparg) {
        return new TraceUop(uop, oparg, 17, 17, null);
    }

    @Test
    void aFloatLocalUpdatedByAConstantIsCarriedInARegister() throws Exception {
        // x += 0.5: the guard of x's copy goes, and with nothing left between that could exit no copy is pushed
        TraceTranslator.Translation t = translator.translate(rangeLoop(op(Uop._LOAD_FAST, 1),
                op(Uop._LOAD_CONST, 0), op(Uop._GUARD_NOS_FLOAT, 0), op(Uop._BINARY_OP_ADD_FLOAT, 13),
                op(Uop._STORE_FAST, 1)));
        assertThat(t.body()).extracting(TraceStep::uop).containsExactly("_NOP", "_XACC_LOAD", "_ITER_CHECK_RANGE",
                "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST", "_LOAD_CONST_INLINE",
                "_XACC_ADD_TOS", "_JUMP_TO_TOP");
        assertThat(t.body().get(1).oparg()).as("x").isEqualTo(1);
        assertThat(t.body().getLast().jumpTarget()).as("the loop top, after the load").isEqualTo(2);
        // the load's own exit resumes at the loop's first instruction, with nothing written back
        TraceStep loadExit = t.stubs().get(t.body().get(1).exit());
        assertThat(loadExit.uop()).isEqualTo("_DEOPT");
        assertThat(t.exits().get(t.body().get(1).exit()).target).isEqualTo(14);
        // every other exit writes x back to its slot (local 1: 64 + 16 bytes into the register file)
        assertThat(t.stubs().stream().filter(st -> st != loadExit)).isNotEmpty()
                .allSatisfy(st -> {
                    assertThat(st.uop()).endsWith("_XACC");
                    assertThat(st.operand()).isEqualTo(64 + 16);
                });
        assertThat(t.loads().get(1)).isTrue();
        assertThat(t.stores().get(1)).isTrue();
    }

    @Test
    void aGuardedValueKeepsTheCopyOnTheStackForItsExit() throws Exception {
        // x = x * y with y's type unknown: the guard of y can exit, and must see [.., x, y] as CPython does
        TraceTranslator.Translation t = translator.translate(rangeLoop(op(Uop._LOAD_FAST, 1), op(Uop._LOAD_FAST, 3),
                op(Uop._GUARD_BOTH_FLOAT, 0), op(Uop._BINARY_OP_MULTIPLY_FLOAT, 5), op(Uop._STORE_FAST, 1)));
        assertThat(t.body()).extracting(TraceStep::uop).containsSubsequence("_XACC_LOAD", "_STORE_FAST",
                "_XACC_PUSH", "_LOAD_FAST", "_GUARD_TOS_FLOAT", "_XACC_MULTIPLY", "_JUMP_TO_TOP");
        assertThat(t.body()).extracting(TraceStep::uop).doesNotContain("_GUARD_BOTH_FLOAT", "_BINARY_OP_MULTIPLY_FLOAT");
    }

    @Test
    void aLocalWrittenOtherwiseStaysInItsSlot() throws Exception {
        // x += 0.5; x = y: the second store is not an update of x by itself
        TraceTranslator.Translation t = translator.translate(rangeLoop(op(Uop._LOAD_FAST, 1), op(Uop._LOAD_CONST, 0),
                op(Uop._BINARY_OP_ADD_FLOAT, 13), op(Uop._STORE_FAST, 1), op(Uop._LOAD_FAST, 3),
                op(Uop._STORE_FAST, 1)));
        assertThat(t.body()).extracting(TraceStep::uop).noneMatch(n -> n.startsWith("_XACC"));
        assertThat(t.stubs()).extracting(TraceStep::uop).noneMatch(n -> n.endsWith("_XACC"));
        // and an int update is not a float accumulator
        TraceTranslator.Translation ints = translator.translate(rangeLoop(op(Uop._LOAD_FAST, 1),
                op(Uop._LOAD_FAST, 3), op(Uop._BINARY_OP_ADD_INT, 13), op(Uop._STORE_FAST, 1)));
        assertThat(ints.body()).extracting(TraceStep::uop).noneMatch(n -> n.startsWith("_XACC"));
    }

    @Test
    void anIntLocalUpdatedInTheLoopIsCarriedInARegisterWithItsCopyPushed() throws Exception {
        // x += i: x's guard goes; the addition can overflow and must then exit with [.., x, i] as CPython has them,
        // so the copy is pushed even with no guard between
        TraceTranslator.Translation t = translator.translate(rangeLoop(op(Uop._LOAD_FAST, 1), op(Uop._LOAD_FAST, 2),
                op(Uop._GUARD_NOS_INT, 0), op(Uop._BINARY_OP_ADD_INT, 13), op(Uop._STORE_FAST, 1)));
        assertThat(t.body()).extracting(TraceStep::uop).containsExactly("_NOP", "_IACC_LOAD", "_ITER_CHECK_RANGE",
                "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST", "_IACC_PUSH", "_LOAD_FAST",
                "_IACC_ADD", "_JUMP_TO_TOP");
        TraceStep update = t.body().get(8);
        assertThat(update.exit()).as("the overflow exit").isNotNegative();
        assertThat(t.exits().get(update.exit()).target).as("tier 1 redoes the BINARY_OP").isEqualTo(17);
        TraceStep loadExit = t.stubs().get(t.body().get(1).exit());
        assertThat(loadExit.uop()).isEqualTo("_DEOPT");
        assertThat(t.stubs().stream().filter(st -> st != loadExit)).isNotEmpty()
                .allSatisfy(st -> {
                    assertThat(st.uop()).endsWith("_IACC");
                    assertThat(st.operand()).isEqualTo(64 + 16);
                });
        // a guard of both operands keeps the guard of the value
        TraceTranslator.Translation both = translator.translate(rangeLoop(op(Uop._LOAD_FAST, 1),
                op(Uop._LOAD_FAST, 3), op(Uop._GUARD_BOTH_INT, 0), op(Uop._BINARY_OP_MULTIPLY_INT, 5),
                op(Uop._STORE_FAST, 1)));
        assertThat(both.body()).extracting(TraceStep::uop).containsSubsequence("_IACC_LOAD", "_IACC_PUSH",
                "_LOAD_FAST", "_GUARD_TOS_INT", "_IACC_MULTIPLY", "_JUMP_TO_TOP");
        assertThat(both.body()).extracting(TraceStep::uop).doesNotContain("_GUARD_BOTH_INT",
                "_BINARY_OP_MULTIPLY_INT");
    }
}
