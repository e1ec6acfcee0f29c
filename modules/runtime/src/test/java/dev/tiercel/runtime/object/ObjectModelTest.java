package dev.tiercel.runtime.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.runtime.internal.builtins.BuiltinsModule;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObjectModelTest {

    @BeforeAll
    static void setUp() {
        BuiltinsModule.installTypes();
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    @Test
    void smallIntsAreCachedAndArithmeticOverflowsToBigInteger() {
        assertThat(PyInt.of(7)).isSameAs(PyInt.of(7));
        PyObject r = Ops.binaryOp(i(Long.MAX_VALUE), i(1), Ops.NB_ADD);
        assertThat(((PyInt) r).toBigInteger()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(Ops.repr(Ops.binaryOp(i(2), i(100), Ops.NB_POWER))).isEqualTo("1267650600228229401496703205376");
        assertThat(Ops.repr(Ops.binaryOp(i(-7), i(2), Ops.NB_FLOOR_DIVIDE))).isEqualTo("-4");
        assertThat(Ops.repr(Ops.binaryOp(i(-7), i(2), Ops.NB_REMAINDER))).isEqualTo("1");
        assertThat(Ops.repr(Ops.binaryOp(i(7), i(2), Ops.NB_TRUE_DIVIDE))).isEqualTo("3.5");
    }

    @Test
    void hashesFollowCPython() {
        assertThat(Ops.hash(i(-1))).isEqualTo(-2);
        assertThat(Ops.hash(i(12345))).isEqualTo(12345);
        assertThat(Ops.hash(PyBool.TRUE)).isEqualTo(1);
        assertThat(Ops.hash(PyTuple.of(i(1), i(2)))).isEqualTo(-3550055125485641917L);
        assertThat(Ops.hash(PyInt.of(BigInteger.TWO.pow(61)))).isEqualTo(1);
    }

    @Test
    void setIterationOrderMatchesCPythonTableLayout() {
        PySet s = new PySet(false);
        for (long v : new long[] {-1, -5, 8, 1000000}) {
            s.add(i(v));
        }
        assertThat(Ops.repr(s)).isEqualTo("{8, -5, -1, 1000000}");
        PySet t = new PySet(false);
        for (long v = 0; v < 20; v++) {
            t.add(i(v * 7 % 13));
        }
        assertThat(Ops.repr(t)).isEqualTo("{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}");
    }

    @Test
    void dictKeepsInsertionOrderAndUsesPythonEquality() {
        PyDict d = new PyDict();
        d.put(PyStr.of("b"), i(1));
        d.put(PyStr.of("a"), i(2));
        d.put(i(1), i(3));
        d.put(PyFloat.of(1.0), i(4));
        d.put(PyBool.TRUE, i(5));
        assertThat(Ops.repr(d)).isEqualTo("{'b': 1, 'a': 2, 1: 5}");
        d.remove(PyStr.of("b"));
        d.put(PyStr.of("b"), i(6));
        assertThat(Ops.repr(d)).isEqualTo("{'a': 2, 1: 5, 'b': 6}");
        for (int k = 0; k < 1000; k++) {
            d.put(i(k + 10), i(k));
        }
        assertThat(d.size()).isEqualTo(1003);
        assertThat(Ops.repr(d.get(i(500)))).isEqualTo("490");
    }

    @Test
    void stringsAreIndexedByCodePoint() {
        PyStr s = PyStr.of("a😀b");
        assertThat(s.length()).isEqualTo(3);
        assertThat(Ops.repr(Ops.getitem(s, i(1)))).isEqualTo("'😀'");
        assertThat(Ops.repr(PyStr.of("it's"))).isEqualTo("\"it's\"");
        assertThat(Ops.repr(PyStr.of("a\tb\u0001"))).isEqualTo("'a\\tb\\x01'");
    }

    @Test
    void repetitionTooLargeRaisesMemoryError() {
        assertThatThrownBy(() -> Ops.binaryOp(PyList.of(i(0)), PyInt.of(1_000_000_000_000L), Ops.NB_MULTIPLY))
                .isInstanceOfSatisfying(PyException.class,
                        e -> assertThat(e.value.isInstance(PyExc.MemoryError)).isTrue());
    }

    @Test
    void formatMiniLanguage() {
        assertThat(Ops.format(PyFloat.of(3.14159), ".2f")).isEqualTo("3.14");
        assertThat(Ops.format(i(1234567), ",")).isEqualTo("1,234,567");
        assertThat(Ops.format(i(42), "08b")).isEqualTo("00101010");
        assertThat(Ops.format(PyFloat.of(1e10), "g")).isEqualTo("1e+10");
        assertThat(Ops.format(PyStr.of("ab"), "*^6")).isEqualTo("**ab**");
        assertThat(Ops.format(PyFloat.of(0.000012345), ".3")).isEqualTo("1.23e-05");
    }

    @Test
    void exceptionHierarchyAndMro() {
        assertThat(PyExc.ZeroDivisionError.isSubtypeOf(PyExc.ArithmeticError)).isTrue();
        assertThat(PyExc.ModuleNotFoundError.isSubtypeOf(PyExc.ImportError)).isTrue();
        assertThat(PyExc.ExceptionGroup.mro()).extracting(PyType::name)
                .containsExactly("ExceptionGroup", "BaseExceptionGroup", "Exception", "BaseException", "object");
        assertThat(PyExc.ALL).hasSizeGreaterThan(60);
    }
}
