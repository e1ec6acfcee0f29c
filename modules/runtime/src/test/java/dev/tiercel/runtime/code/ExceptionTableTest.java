package dev.tiercel.runtime.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vectors taken from CPython 3.13's compile() of {@code parse} in shared/examples/exceptions.py. */
class ExceptionTableTest {
    static final byte[] CPYTHON_TABLE = LineTableTest.bytes(new int[] {139,14,32,2,160,15,50,5,175,2,53,2,177,1,50,5,178,3,53,2,181,2,55,5});

    @Test
    void decodesAsDisDoes() {
        ExceptionTable t = ExceptionTable.decode(CPYTHON_TABLE);
        // dis reports byte offsets; entries here are in code units (bytes / 2).
        assertThat(t.entries()).containsExactly(
                new ExceptionTable.Entry(11, 25, 32, 1, false),
                new ExceptionTable.Entry(32, 47, 50, 2, true),
                new ExceptionTable.Entry(47, 49, 53, 1, false),
                new ExceptionTable.Entry(49, 50, 50, 2, true),
                new ExceptionTable.Entry(50, 53, 53, 1, false),
                new ExceptionTable.Entry(53, 55, 55, 2, true));
    }

    @Test
    void encodeRoundTripsToCPythonBytes() {
        assertThat(ExceptionTable.decode(CPYTHON_TABLE).encode()).isEqualTo(CPYTHON_TABLE);
    }

    @Test
    void lookupFindsCoveringEntry() {
        ExceptionTable t = ExceptionTable.decode(CPYTHON_TABLE);
        assertThat(t.lookup(10)).isNull();
        assertThat(t.lookup(11).target()).isEqualTo(32);
        assertThat(t.lookup(24).target()).isEqualTo(32);
        assertThat(t.lookup(48).target()).isEqualTo(53);
        assertThat(t.lookup(55)).isNull();
        assertThat(ExceptionTable.lookup(CPYTHON_TABLE, 49).depth()).isEqualTo(2);
        assertThat(ExceptionTable.lookup(CPYTHON_TABLE, 5)).isNull();
    }

    @Test
    void largeValuesUseSeveralGroups() {
        byte[] b = new ExceptionTable.Encoder().add(70000, 70100, 1 << 25, 300, true).toByteArray();
        assertThat(ExceptionTable.decode(b).entries())
                .containsExactly(new ExceptionTable.Entry(70000, 70100, 1 << 25, 300, true));
    }
}
