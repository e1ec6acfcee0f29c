package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotBoxing;
import dev.tiercel.tier2.nativecode.SlotTag;
import java.lang.foreign.Arena;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Entry and exit glue: objects in, native loop, objects out; values without an unboxed form are refused. */
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64", disabledReason = "runs x86-64 code")
class SlotBoxingTest {

    @Test
    void roundTripsEveryUnboxedKind() {
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, 6, 0, 0);
            PyObject[] values = {PyInt.of(-7), PyInt.of(Long.MIN_VALUE), PyFloat.of(-0.0), PyBool.TRUE,
                PyNone.INSTANCE, null};
            for (int i = 0; i < values.length; i++) {
                assertThat(SlotBoxing.canUnbox(values[i])).isTrue();
                assertThat(SlotBoxing.unbox(rf, i, values[i])).isTrue();
            }
            assertThat(((PyInt) SlotBoxing.box(rf, 0)).value).isEqualTo(-7);
            assertThat(((PyInt) SlotBoxing.box(rf, 1)).value).isEqualTo(Long.MIN_VALUE);
            assertThat(Double.doubleToRawLongBits(((PyFloat) SlotBoxing.box(rf, 2)).value))
                    .isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(SlotBoxing.box(rf, 3)).isSameAs(PyBool.TRUE);
            assertThat(SlotBoxing.box(rf, 4)).isSameAs(PyNone.INSTANCE);
            assertThat(SlotBoxing.box(rf, 5)).isNull();
        }
    }

    @Test
    void refusesValuesWithoutAnUnboxedForm() {
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, 1, 1, 1);
            rf.setInt(0, 5);
            PyObject big = PyInt.of(BigInteger.ONE.shiftLeft(70));
            assertThat(SlotBoxing.canUnbox(big)).isFalse();
            assertThat(SlotBoxing.unbox(rf, 0, big)).isFalse();
            assertThat(SlotBoxing.unbox(rf, 0, PyStr.of("x"))).isFalse();
            assertThat(rf.bits(0)).isEqualTo(5);
            rf.set(1, SlotTag.RANGE_ITER, rf.newRangeIterator(0, 1, 1));
            assertThatThrownBy(() -> SlotBoxing.box(rf, 1)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void boxedLocalsThroughTheNativeSumLoop() {
        NativeTraceTest.SumLoop loop = new NativeTraceTest.SumLoop();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            RegisterFile rf = NativeTraceTest.loopState(arena, 0, 0, 1, 100);
            assertThat(SlotBoxing.unbox(rf, NativeTraceTest.X, PyInt.of(1000))).isTrue();
            assertThat(SlotBoxing.unbox(rf, NativeTraceTest.I, null)).isTrue();
            long exit = trace.enter(rf);
            assertThat(exit).isEqualTo(loop.exhausted);
            long expected = 1000;
            for (int i = 0; i < 100; i++) {
                expected += i;
            }
            assertThat(((PyInt) SlotBoxing.box(rf, NativeTraceTest.X)).value).isEqualTo(expected);
            assertThat(((PyInt) SlotBoxing.box(rf, NativeTraceTest.I)).value).isEqualTo(99);
        }
    }
}
