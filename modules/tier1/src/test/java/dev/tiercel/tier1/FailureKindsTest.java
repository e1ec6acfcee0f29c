package dev.tiercel.tier1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import org.junit.jupiter.api.Test;

/** The failure reasons tier 1 names carry CPython 3.13's {@code SPEC_FAIL_*} numbers. */
class FailureKindsTest {
    private static final PyInt ONE = PyInt.of(1);
    private static final PyFloat HALF = PyFloat.of(0.5);
    private static final PyStr S = PyStr.of("s");

    @Test
    void binaryOpByOperatorAndTypes() {
        assertThat(FailureKinds.binaryOp(Ops.NB_ADD, ONE, S)).isEqualTo(9);
        assertThat(FailureKinds.binaryOp(Ops.NB_ADD, new PyList(), new PyList())).isEqualTo(10);
        assertThat(FailureKinds.binaryOp(Ops.NB_AND, ONE, ONE)).isEqualTo(12);
        assertThat(FailureKinds.binaryOp(Ops.NB_FLOOR_DIVIDE, ONE, ONE)).isEqualTo(14);
        assertThat(FailureKinds.binaryOp(Ops.NB_MULTIPLY, S, ONE)).isEqualTo(17);
        assertThat(FailureKinds.binaryOp(Ops.NB_REMAINDER, ONE, ONE)).isEqualTo(21);
        assertThat(FailureKinds.binaryOp(Ops.NB_INPLACE_ADD + Ops.NB_REMAINDER, ONE, ONE)).isEqualTo(21);
        assertThat(FailureKinds.binaryOp(Ops.NB_TRUE_DIVIDE, HALF, HALF)).isEqualTo(26);
        assertThat(FailureKinds.binaryOp(Ops.NB_TRUE_DIVIDE, ONE, HALF)).isEqualTo(25);
    }

    @Test
    void compareOpMixedTypesThenLeftType() {
        assertThat(FailureKinds.compareOp(HALF, ONE)).isEqualTo(21);
        assertThat(FailureKinds.compareOp(ONE, HALF)).isEqualTo(22);
        assertThat(FailureKinds.compareOp(ONE, S)).isEqualTo(12);
        assertThat(FailureKinds.compareOp(PyTuple.of(), PyTuple.of())).isEqualTo(16);
        assertThat(FailureKinds.compareOp(new PyList(), new PyList())).isEqualTo(17);
        assertThat(FailureKinds.compareOp(PyBool.TRUE, PyBool.FALSE)).isEqualTo(19);
        assertThat(FailureKinds.compareOp(PyNone.INSTANCE, PyNone.INSTANCE)).isEqualTo(FailureKinds.OTHER);
    }

    @Test
    void containersAndValues() {
        assertThat(FailureKinds.toBool(new PyDict())).isEqualTo(11);
        assertThat(FailureKinds.toBool(HALF)).isEqualTo(12);
        assertThat(FailureKinds.toBool(PyTuple.of())).isEqualTo(18);
        assertThat(FailureKinds.containsOp(S)).isEqualTo(9);
        assertThat(FailureKinds.containsOp(new PyList())).isEqualTo(11);
        PySlice all = new PySlice(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
        assertThat(FailureKinds.binarySubscr(new PyList(), all)).isEqualTo(11);
        assertThat(FailureKinds.binarySubscr(S, all)).isEqualTo(14);
        assertThat(FailureKinds.storeSubscr(new PyList(), all)).isEqualTo(11);
        assertThat(FailureKinds.storeSubscr(new PyList(), S)).isEqualTo(FailureKinds.OTHER);
        assertThat(FailureKinds.storeSubscr(PyTuple.of(), ONE)).isEqualTo(FailureKinds.NONE);
        assertThat(FailureKinds.unpackSequence(PyTuple.of(ONE))).isEqualTo(FailureKinds.EXPECTED_ERROR);
        assertThat(FailureKinds.unpackSequence(S)).isEqualTo(FailureKinds.NONE);
        assertThat(FailureKinds.attribute(null)).isEqualTo(FailureKinds.NONE);
    }
}
