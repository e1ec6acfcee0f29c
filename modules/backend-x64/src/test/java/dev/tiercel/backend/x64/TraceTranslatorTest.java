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
        t.uops()[8] = new TraceUop(Uop._BINARY_OP, 11, 18, 18, null); // true division: no stencil
        assertThatThrownBy(() -> translator.translate(t)).isInstanceOf(TraceTranslator.Declined.class)
                .hasMessageContaining("_BINARY_OP");
    }
}
