package dev.tiercel.tier2.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.PySeqIterator;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The specialized uops: what each computes, and that each guard, when it fails, returns EXIT with the stack exactly
 * as it was (the trace then leaves through its stub at the instruction's start, where tier 1 redoes it generically).
 */
class SpecializedTest {
    private static final PyCode CODE = new PyCode(0, 0, 0, 8, 0, new short[4], new PyObject[0],
            new String[] {"x", "m"}, new String[] {"a"}, new byte[1], "t.py", "t", "t", 1, new byte[0], new byte[0]);

    private static TraceState state(PyObject... stack) {
        PyFrame f = new PyFrame(CODE, new PyDict(), null, null);
        System.arraycopy(stack, 0, f.stack, 0, stack.length);
        f.sp = stack.length;
        return new TraceState(f, null);
    }

    private static TraceUop uop(Uop u, int oparg, Object operand) {
        return new TraceUop(u, oparg, 0, 0, operand);
    }

    /** Runs {@code u} on a stack that must make its guard fail: EXIT, and the stack untouched. */
    private static void failsUntouched(Uop u, int oparg, Object operand, PyObject... stack) {
        TraceState st = state(stack);
        PyObject[] before = st.s.clone();
        assertThat(u.body.run(st, uop(u, oparg, operand))).as(u.name()).isEqualTo(Uop.EXIT);
        assertThat(st.sp).as(u.name() + " depth").isEqualTo(stack.length);
        assertThat(Arrays.equals(st.s, before)).as(u.name() + " stack").isTrue();
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyList list(long... v) {
        PyObject[] items = new PyObject[v.length];
        for (int k = 0; k < v.length; k++) {
            items[k] = i(v[k]);
        }
        return PyList.of(items);
    }

    @Test
    void listAndTupleSubscriptsIncludingNegativeIndexes() {
        TraceState st = state(list(10, 20, 30), i(-1));
        assertThat(Uop._BINARY_SUBSCR_LIST_INT.body.run(st, uop(Uop._BINARY_SUBSCR_LIST_INT, 0, null)))
                .isEqualTo(Uop.NEXT);
        assertThat(st.sp).isEqualTo(1);
        assertThat(((PyInt) st.s[0]).value).isEqualTo(30);
        assertThat(st.s[1]).isNull();
        failsUntouched(Uop._BINARY_SUBSCR_LIST_INT, 0, null, list(1, 2), i(2));
        failsUntouched(Uop._BINARY_SUBSCR_LIST_INT, 0, null, PyTuple.of(i(1)), i(0));
        failsUntouched(Uop._BINARY_SUBSCR_LIST_INT, 0, null, list(1), PyBool.TRUE);
        failsUntouched(Uop._BINARY_SUBSCR_TUPLE_INT, 0, null, list(1), i(0));
        failsUntouched(Uop._BINARY_SUBSCR_DICT, 0, null, list(1), i(0));
        failsUntouched(Uop._STORE_SUBSCR_LIST_INT, 0, null, i(9), list(1, 2), i(-3));
        failsUntouched(Uop._STORE_SUBSCR_LIST_INT, 0, null, i(9), PyTuple.of(i(1)), i(0));
        failsUntouched(Uop._STORE_SUBSCR_DICT, 0, null, i(9), list(1), i(0));
    }

    @Test
    void storeIntoAListInRange() {
        PyList l = list(1, 2, 3);
        TraceState st = state(i(9), l, i(-1));
        assertThat(Uop._STORE_SUBSCR_LIST_INT.body.run(st, uop(Uop._STORE_SUBSCR_LIST_INT, 0, null)))
                .isEqualTo(Uop.NEXT);
        assertThat(st.sp).isZero();
        assertThat(((PyInt) l.items[2]).value).isEqualTo(9);
    }

    @Test
    void strTruthAndContainmentGuards() {
        failsUntouched(Uop._GUARD_BOTH_UNICODE, 0, null, PyStr.of("a"), i(1));
        failsUntouched(Uop._TO_BOOL_STR, 0, null, i(1));
        failsUntouched(Uop._TO_BOOL_LIST, 0, null, PyTuple.of(i(1)));
        failsUntouched(Uop._CONTAINS_OP_SET, 0, null, i(1), list(1));
        failsUntouched(Uop._CONTAINS_OP_DICT, 0, null, i(1), new PySet(false));
        TraceState st = state(PyStr.of("ab"), PyStr.of("a"));
        assertThat(Uop._BINARY_OP_ADD_UNICODE.body.run(st, uop(Uop._BINARY_OP_ADD_UNICODE, 0, null)))
                .isEqualTo(Uop.NEXT);
        assertThat(((PyStr) st.s[0]).value).isEqualTo("aba");
    }

    @Test
    void iterationAndUnpackingGuards() {
        failsUntouched(Uop._ITER_CHECK_LIST, 0, null, new PyRangeIterator(0, 3, 1));
        PySeqIterator done = new PySeqIterator(list());
        failsUntouched(Uop._GUARD_NOT_EXHAUSTED_LIST, 0, null, done);
        failsUntouched(Uop._UNPACK_SEQUENCE_TWO_TUPLE, 2, null, PyTuple.of(i(1), i(2), i(3)));
        failsUntouched(Uop._UNPACK_SEQUENCE_TUPLE, 3, null, list(1, 2, 3));
        failsUntouched(Uop._UNPACK_SEQUENCE_LIST, 2, null, PyTuple.of(i(1), i(2)));
        TraceState st = state(PyTuple.of(i(1), i(2)));
        assertThat(Uop._UNPACK_SEQUENCE_TWO_TUPLE.body.run(st, uop(Uop._UNPACK_SEQUENCE_TWO_TUPLE, 2, null)))
                .isEqualTo(Uop.NEXT);
        assertThat(((PyInt) st.s[1]).value).as("first item on top").isEqualTo(1);
    }

    @Test
    void attributeGuards() {
        PyType p = new PyType("P", new PyType[] {PyTypes.OBJECT}, true);
        p.instancesHaveDict = true;
        PyInstance o = new PyInstance(p);
        Specialized.TypeVersion v = new Specialized.TypeVersion(p, PyType.epoch);
        TraceState ok = state(o);
        assertThat(Uop._GUARD_TYPE_VERSION.body.run(ok, uop(Uop._GUARD_TYPE_VERSION, 0, v))).isEqualTo(Uop.NEXT);
        failsUntouched(Uop._GUARD_TYPE_VERSION, 0, v, i(1));
        failsUntouched(Uop._GUARD_TYPE_VERSION, 0, new Specialized.TypeVersion(p, PyType.epoch - 1), o);
        failsUntouched(Uop._CHECK_MANAGED_OBJECT_HAS_VALUES, 0, null, i(1));
        failsUntouched(Uop._LOAD_ATTR_INSTANCE_VALUE, 0, null, o); // names[0] = "x" is not set
        o.instanceDict().put("m", i(5));
        failsUntouched(Uop._GUARD_DORV_VALUES_INST_ATTR_FROM_DICT, 1 << 1 | 1, null, o); // "m" shadows a method
        PyModule mod = new PyModule("mod");
        mod.dict().putStr("x", i(1));
        Specialized.ModuleVersion mv = new Specialized.ModuleVersion(mod, mod.dict().version);
        failsUntouched(Uop._CHECK_ATTR_MODULE, 0, mv, new PyModule("other"));
        mod.dict().putStr("y", i(2));
        failsUntouched(Uop._CHECK_ATTR_MODULE, 0, mv, mod);
    }

    @Test
    void builtinCallGuards() {
        PyObject len = PyStr.of("not len");
        failsUntouched(Uop._CALL_LEN, 1, len, PyStr.of("other"), null, list(1));
        PyObject append = PyTypes.LIST.lookup("append");
        failsUntouched(Uop._CALL_LIST_APPEND, 1, append, append, PyTuple.of(i(1)), i(2));
        PyList l = list();
        TraceState st = state(append, l, PyFloat.of(1.5));
        assertThat(Uop._CALL_LIST_APPEND.body.run(st, uop(Uop._CALL_LIST_APPEND, 1, append))).isEqualTo(Uop.NEXT);
        assertThat(l.size).isEqualTo(1);
        assertThat(st.sp).isEqualTo(1);
        assertThat(st.s[0]).isSameAs(PyNone.INSTANCE);
    }
}
