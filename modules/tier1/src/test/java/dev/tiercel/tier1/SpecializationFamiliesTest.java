package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each specializable family, one instruction at a time (functions of {@code spec_families.py}, compiled by CPython
 * 3.13, called from Java): operands of the right types rewrite the instruction to the expected specialized form and
 * it computes what the generic one does; operands of other types make it miss, return to the generic form and wait
 * {@link Specializer#COOLDOWN} executions before specializing again, for the new types.
 */
class SpecializationFamiliesTest {
    private static PyDict globals;

    @BeforeAll
    static void load() throws Exception {
        Path p = Path.of(SpecializationFamiliesTest.class.getResource("/programs/spec_families.marshal").toURI());
        PyCode code = (PyCode) Marshal.load(Files.readAllBytes(p));
        RuntimeConfig cfg = new RuntimeConfig(List.of("x"), List.of(), Map.of(), false, false, false, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PythonRuntime rt = PythonRuntime.create(cfg, RunMarshal.tiers(), out, new ByteArrayOutputStream());
        assertThat(rt.runCode(code)).isZero();
        assertThat(out.toString()).isEqualTo(Files.readString(p.resolveSibling("spec_families.out")));
        globals = ((PyModule) ((PyDict) Py.sys.dict().getStr("modules")).getStr("__main__")).dict();
    }

    private static PyObject call(String fn, PyObject... args) {
        return Ops.call(globals.getStr(fn), args);
    }

    /** A global of the program, or a builtin. */
    private static PyObject g(String name) {
        PyObject v = globals.getStr(name);
        return v != null ? v : Py.builtinsDict().getStr(name);
    }

    /** Puts the instruction back in its first state: generic, about to try (the program's own run used it). */
    private static void fresh(String fn, int family) {
        short[] code = ((PyFunction) g(fn)).code.adaptive;
        for (int ip = 0; ip < code.length; ip += 1 + Opcodes.cacheEntries(code[ip] & 0xff)) {
            if ((code[ip] & 0xff) == RESUME && (code[ip] >> 8 & 0xff) == 0) {
                Specializer.firstResume(code, ip, 0); // quickened, as at the function's first call
            }
        }
        code[at(fn, family)] = (short) (code[at(fn, family)] & 0xff00 | family);
        code[at(fn, family) + 1] = 0;
        Specializer.state(((PyFunction) g(fn)).code).backoff[at(fn, family)] = 0;
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    /** Code-unit index of the first instruction of {@code family} in function {@code fn}. */
    private static int at(String fn, int family) {
        short[] code = ((PyFunction) g(fn)).code.adaptive;
        for (int ip = 0; ip < code.length; ip += 1 + Opcodes.cacheEntries(code[ip] & 0xff)) {
            if (Opcodes.base(code[ip] & 0xff) == family) {
                return ip;
            }
        }
        throw new AssertionError(Opcodes.name(family) + " not in " + fn);
    }

    private static String form(String fn, int family) {
        return Opcodes.name(((PyFunction) g(fn)).code.adaptive[at(fn, family)] & 0xff);
    }

    private static int counter(String fn, int family) {
        return ((PyFunction) g(fn)).code.adaptive[at(fn, family) + 1];
    }

    /**
     * The instruction is specialized as {@code first}; {@code other} operands make it miss and go generic, and it
     * specializes again, as {@code second}, exactly when its cooldown has run out.
     */
    private static void specializesThenDespecializes(String fn, int family, String first, PyObject[] right,
            String second, PyObject[] other) {
        fresh(fn, family);
        PyObject generic = call(fn, right);
        assertThat(form(fn, family)).as(fn).isEqualTo(first);
        assertThat(Ops.repr(call(fn, right))).as("%s specialized computes the same", fn).isEqualTo(Ops.repr(generic));
        call(fn, other);
        assertThat(form(fn, family)).as("%s after a miss", fn).isEqualTo(Opcodes.name(family));
        assertThat(counter(fn, family)).isEqualTo(Specializer.COOLDOWN - 1);
        for (int k = 0; k < Specializer.COOLDOWN - 1; k++) {
            call(fn, other);
        }
        assertThat(form(fn, family)).as("%s waits its cooldown", fn).isEqualTo(Opcodes.name(family));
        call(fn, other);
        assertThat(form(fn, family)).as("%s specializes again", fn).isEqualTo(second);
    }

    private static PyObject[] args(PyObject... a) {
        return a;
    }

    @Test
    void binaryOp() {
        specializesThenDespecializes("add", BINARY_OP, "BINARY_OP_ADD_INT", args(i(2), i(3)), "BINARY_OP_ADD_FLOAT",
                args(PyFloat.of(0.5), PyFloat.of(-0.0)));
        assertThat(Ops.repr(call("add", PyFloat.of(0.5), PyFloat.of(0.25)))).isEqualTo("0.75");
        call("add", PyStr.of("a"), PyStr.of("b"));
        assertThat(form("add", BINARY_OP)).isEqualTo("BINARY_OP");
    }

    @Test
    void compareOp() {
        specializesThenDespecializes("less", COMPARE_OP, "COMPARE_OP_INT", args(i(2), i(3)), "COMPARE_OP_FLOAT",
                args(PyFloat.of(Double.NaN), PyFloat.of(1)));
    }

    @Test
    void toBool() {
        specializesThenDespecializes("truth", TO_BOOL, "TO_BOOL_INT", args(i(0)), "TO_BOOL_LIST",
                args(new PyList()));
        specializesThenDespecializes("truth", TO_BOOL, "TO_BOOL_ALWAYS_TRUE", args(call("Box")), "TO_BOOL_NONE",
                args(PyNone.INSTANCE));
    }

    @Test
    void loadAttr() {
        specializesThenDespecializes("getx", LOAD_ATTR, "LOAD_ATTR_INSTANCE_VALUE", args(call("P", i(1))),
                "LOAD_ATTR_SLOT", args(call("Q", i(2))));
        specializesThenDespecializes("getx", LOAD_ATTR, "LOAD_ATTR_PROPERTY", args(call("Prop")),
                "LOAD_ATTR_INSTANCE_VALUE", args(call("P", i(3))));
        specializesThenDespecializes("getx", LOAD_ATTR, "LOAD_ATTR_CLASS", args(g("K")),
                "LOAD_ATTR_INSTANCE_VALUE", args(call("P", i(3))));
        // a builtin type's method: the type alone decides (str, then bytes)
        specializesThenDespecializes("upper", LOAD_ATTR, "LOAD_ATTR_METHOD_NO_DICT", args(PyStr.of("ab")),
                "LOAD_ATTR_METHOD_NO_DICT", args(new dev.tiercel.runtime.object.PyBytes(new byte[] {'c', 'd'})));
        assertThat(Ops.repr(call("upper", new dev.tiercel.runtime.object.PyBytes(new byte[] {'e'})))).isEqualTo("b'E'");
    }

    /**
     * A Python method site serves the class it was specialized for and one more (beyond CPython 3.13, which misses on
     * every change of class); a third class misses, and after the cooldown the site specializes for it and admits
     * another second class.
     */
    @Test
    void methodSiteServesASecondClass() {
        fresh("method", LOAD_ATTR);
        PyObject p = call("P", i(1));
        PyObject q = call("Q", i(2));
        PyObject third = call("SuperUser");
        assertThat(call("method", p)).isEqualTo(i(1));
        assertThat(form("method", LOAD_ATTR)).isEqualTo("LOAD_ATTR_METHOD_WITH_VALUES");
        for (int k = 0; k < 3; k++) {
            assertThat(call("method", q)).isEqualTo(i(-2));
            assertThat(call("method", p)).isEqualTo(i(1));
            assertThat(form("method", LOAD_ATTR)).isEqualTo("LOAD_ATTR_METHOD_WITH_VALUES");
        }
        assertThat(call("method", third)).isEqualTo(i(2));
        assertThat(form("method", LOAD_ATTR)).isEqualTo("LOAD_ATTR");
        for (int k = 0; k < Specializer.COOLDOWN; k++) {
            assertThat(call("method", third)).isEqualTo(i(2));
        }
        assertThat(form("method", LOAD_ATTR)).isEqualTo("LOAD_ATTR_METHOD_WITH_VALUES");
        assertThat(call("method", p)).isEqualTo(i(1)); // the new second class
        assertThat(form("method", LOAD_ATTR)).isEqualTo("LOAD_ATTR_METHOD_WITH_VALUES");
        assertThat(call("method", q)).isEqualTo(i(-2)); // now a third
        assertThat(form("method", LOAD_ATTR)).isEqualTo("LOAD_ATTR");
    }

    @Test
    void storeAttr() {
        specializesThenDespecializes("setx", STORE_ATTR, "STORE_ATTR_INSTANCE_VALUE", args(call("P", i(1)), i(5)),
                "STORE_ATTR_SLOT", args(call("Q", i(2)), i(6)));
    }

    @Test
    void binarySubscr() {
        specializesThenDespecializes("item", BINARY_SUBSCR, "BINARY_SUBSCR_LIST_INT", args(PyList.of(i(7)), i(0)),
                "BINARY_SUBSCR_TUPLE_INT", args(PyTuple.of(i(8), i(9)), i(1)));
        specializesThenDespecializes("item", BINARY_SUBSCR, "BINARY_SUBSCR_STR_INT", args(PyStr.of("ab"), i(1)),
                "BINARY_SUBSCR_LIST_INT", args(PyList.of(i(7)), i(0)));
        fresh("item", BINARY_SUBSCR);
        call("item", PyStr.of("xyz"), i(0));
        assertThat(form("item", BINARY_SUBSCR)).isEqualTo("BINARY_SUBSCR_STR_INT");
        // outside ASCII (and past a surrogate pair) the character comes from the generic instruction
        assertThat(Ops.repr(call("item", PyStr.of("a\u00e9"), i(1)))).isEqualTo("'\u00e9'");
        assertThat(form("item", BINARY_SUBSCR)).isEqualTo("BINARY_SUBSCR");
        fresh("item", BINARY_SUBSCR);
        call("item", PyStr.of("xyz"), i(0));
        assertThat(Ops.repr(call("item", PyStr.of("\ud83d\ude00ab"), i(1)))).isEqualTo("'a'");
        assertThat(form("item", BINARY_SUBSCR)).isEqualTo("BINARY_SUBSCR");
        PyDict d = new PyDict();
        d.put(PyNone.INSTANCE, i(1));
        specializesThenDespecializes("item", BINARY_SUBSCR, "BINARY_SUBSCR_GETITEM", args(call("Box"), i(4)),
                "BINARY_SUBSCR_DICT", args(d, PyNone.INSTANCE));
    }

    @Test
    void storeSubscr() {
        PyList l = PyList.of(i(1), i(2));
        specializesThenDespecializes("setitem", STORE_SUBSCR, "STORE_SUBSCR_LIST_INT", args(l, i(1), i(5)),
                "STORE_SUBSCR_DICT", args(new PyDict(), i(1), i(5)));
        assertThat(Ops.repr(l)).isEqualTo("[1, 5]");
        assertThatThrownBy(() -> call("setitem", l, i(2), i(0))).isInstanceOf(PyException.class)
                .hasMessageContaining("list assignment index out of range");
    }

    @Test
    void containsOp() {
        PyDict d = new PyDict();
        d.put(i(1), PyNone.INSTANCE);
        PySet s = new PySet(false);
        s.add(i(1));
        specializesThenDespecializes("has", CONTAINS_OP, "CONTAINS_OP_DICT", args(i(1), d), "CONTAINS_OP_SET",
                args(i(1), s));
    }

    @Test
    void forIter() {
        specializesThenDespecializes("count", FOR_ITER, "FOR_ITER_RANGE", args(Ops.call(Py.builtinsDict()
                .getStr("range"), i(3))), "FOR_ITER_LIST", args(new PyList()));
        specializesThenDespecializes("count", FOR_ITER, "FOR_ITER_LIST", args(PyList.of(i(1), i(2))),
                "FOR_ITER_TUPLE", args(PyTuple.of()));
    }

    @Test
    void unpackSequence() {
        specializesThenDespecializes("pair", UNPACK_SEQUENCE, "UNPACK_SEQUENCE_TWO_TUPLE", args(PyTuple.of(i(1),
                i(2))), "UNPACK_SEQUENCE_LIST", args(PyList.of(i(3), i(4))));
    }

    @Test
    void loadGlobal() {
        fresh("glob", LOAD_GLOBAL);
        assertThat(Ops.repr(call("glob"))).isEqualTo("1");
        assertThat(form("glob", LOAD_GLOBAL)).isEqualTo("LOAD_GLOBAL_MODULE");
        globals.putStr("G", i(2)); // a new value in the same entry: the guard still holds
        assertThat(Ops.repr(call("glob"))).isEqualTo("2");
        assertThat(form("glob", LOAD_GLOBAL)).isEqualTo("LOAD_GLOBAL_MODULE");
        globals.putStr("H", i(3)); // a new key: the dict's layout version changes
        assertThat(Ops.repr(call("glob"))).isEqualTo("2");
        assertThat(form("glob", LOAD_GLOBAL)).isEqualTo("LOAD_GLOBAL");
        assertThat(counter("glob", LOAD_GLOBAL)).isEqualTo(Specializer.COOLDOWN - 1);
    }

    @Test
    void callPythonFunctionThenBuiltin() {
        specializesThenDespecializes("call1", CALL, "CALL_PY_EXACT_ARGS", args(g("pyf"), i(4)), "CALL_LEN",
                args(g("len"), PyStr.of("abc")));
        assertThat(Ops.repr(call("call1", g("len"), PyList.of(i(1))))).isEqualTo("1");
    }

    @Test
    void callFormsByCallee() {
        Object[][] cases = {
            {g("pyf2"), i(1), "CALL_PY_GENERAL", i(3)},
            {g("P"), i(5), "CALL_ALLOC_AND_ENTER_INIT", null},
            {g("Q"), i(5), "CALL_NON_PY_GENERAL", null},
            {g("abs"), i(-5), "CALL_BUILTIN_O", i(5)},
            {g("repr"), i(6), "CALL_BUILTIN_O", PyStr.of("6")},
            {g("sorted"), PyList.of(i(2), i(1)), "CALL_BUILTIN_FAST_WITH_KEYWORDS", PyList.of(i(1), i(2))},
            {g("str"), i(7), "CALL_STR_1", PyStr.of("7")},
            {g("tuple"), PyList.of(i(7)), "CALL_TUPLE_1", PyTuple.of(i(7))},
            {g("type"), i(7), "CALL_TYPE_1", dev.tiercel.runtime.object.PyTypes.INT},
            {g("list"), PyTuple.of(i(8)), "CALL_BUILTIN_CLASS", PyList.of(i(8))},
        };
        for (Object[] c : cases) {
            String fn = "call1";
            fresh(fn, CALL);
            PyObject callee = (PyObject) c[0];
            PyObject r = call(fn, callee, (PyObject) c[1]);
            assertThat(form(fn, CALL)).as("%s", Ops.repr(callee)).isEqualTo(c[2]);
            PyObject again = call(fn, callee, (PyObject) c[1]);
            assertThat(form(fn, CALL)).as("%s stays specialized", Ops.repr(callee)).isEqualTo(c[2]);
            if (c[3] != null) {
                assertThat(Ops.repr(r)).isEqualTo(Ops.repr((PyObject) c[3]));
                assertThat(Ops.repr(again)).isEqualTo(Ops.repr((PyObject) c[3]));
            } else {
                assertThat(Ops.repr(Ops.getattr(again, "x"))).isEqualTo(Ops.repr((PyObject) c[1]));
            }
        }
    }

    @Test
    void failedAttemptsBackOffExponentially() {
        fresh("add", BINARY_OP);
        call("add", PyStr.of("a"), PyStr.of("b")); // a success: the next failure waits 1, as after CPython's cooldown
        call("add", PyList.of(), PyList.of()); // a miss: generic again, waiting 52
        for (int k = 0; k < Specializer.COOLDOWN; k++) {
            call("add", PyList.of(), PyList.of());
        }
        int[] waits = {1, 3, 7, 15};
        for (int w = 0; w < waits.length; w++) {
            // the attempt just made failed (list + list has no specialized form)
            assertThat(form("add", BINARY_OP)).isEqualTo("BINARY_OP");
            assertThat(counter("add", BINARY_OP)).as("wait %d", waits[w]).isEqualTo(waits[w] - 1);
            for (int k = 0; k < waits[w]; k++) {
                call("add", PyList.of(), PyList.of());
            }
        }
        for (int k = 0; k < 31; k++) {
            call("add", i(1), i(1));
        }
        assertThat(form("add", BINARY_OP)).as("specializes once the wait is over").isEqualTo("BINARY_OP_ADD_INT");
    }

    @Test
    void failedCallAttemptsBackOffExponentially() {
        // a bound method of a built-in: CPython's SPEC_FAIL_CALL_BOUND_METHOD; the wait grows 3, 7, 15, ...
        PyObject append = Ops.getattr(new PyList(), "append");
        String fn = "call1";
        fresh(fn, CALL);
        call(fn, append, i(1));
        for (int wait : new int[] {3, 7, 15, 31}) {
            assertThat(form(fn, CALL)).isEqualTo("CALL");
            assertThat(counter(fn, CALL)).as("after a failed attempt").isEqualTo(wait - 1);
            for (int k = 1; k < wait; k++) {
                call(fn, append, i(1));
                assertThat(counter(fn, CALL)).isEqualTo(wait - 1 - k);
            }
            call(fn, append, i(1)); // the next attempt
        }
        assertThat(Ops.len(((dev.tiercel.runtime.object.PyMethod) append).self)).isGreaterThan(50);
    }

    @Test
    void sendToGenerator() {
        fresh("relay", SEND);
        assertThat(Ops.repr(call("drain", call("gen", i(3))))).isEqualTo("[0, 1, 2]");
        assertThat(form("relay", SEND)).isEqualTo("SEND_GEN");
        assertThat(Ops.repr(call("drain", PyList.of(i(4))))).isEqualTo("[4]");
        assertThat(form("relay", SEND)).isEqualTo("SEND");
        assertThat(counter("relay", SEND)).isLessThan(Specializer.COOLDOWN);
        for (int k = 0; k < Specializer.COOLDOWN; k++) {
            call("drain", call("gen", i(1)));
        }
        assertThat(form("relay", SEND)).isEqualTo("SEND_GEN");
    }

    @Test
    void forIterOverGenerator() {
        fresh("count", FOR_ITER);
        assertThat(Ops.repr(call("count", call("gen", i(3))))).isEqualTo("3");
        assertThat(form("count", FOR_ITER)).isEqualTo("FOR_ITER_GEN");
        assertThat(Ops.repr(call("count", call("gen", i(5))))).as("the generator's frame runs in the same loop")
                .isEqualTo("5");
        assertThat(Ops.repr(call("count", PyList.of(i(4))))).isEqualTo("1");
        assertThat(form("count", FOR_ITER)).isEqualTo("FOR_ITER");
        for (int k = 0; k < Specializer.COOLDOWN; k++) {
            call("count", call("gen", i(1)));
        }
        assertThat(form("count", FOR_ITER)).isEqualTo("FOR_ITER_GEN");
    }

    @Test
    void loadSuperAttr() {
        PyObject user = call("SuperUser");
        PyFunction get = (PyFunction) ((dev.tiercel.runtime.object.PyType) g("SuperUser")).lookup("get");
        PyFunction kindOf = (PyFunction) ((dev.tiercel.runtime.object.PyType) g("SuperUser")).lookup("kind_of");
        globals.put(PyStr.of("get_fn"), get);
        globals.put(PyStr.of("kind_fn"), kindOf);
        fresh("get_fn", LOAD_SUPER_ATTR);
        fresh("kind_fn", LOAD_SUPER_ATTR);
        assertThat(Ops.repr(Ops.call(get, user))).isEqualTo("2");
        assertThat(form("get_fn", LOAD_SUPER_ATTR)).isEqualTo("LOAD_SUPER_ATTR_METHOD");
        assertThat(Ops.repr(Ops.call(get, user))).as("specialized computes the same").isEqualTo("2");
        assertThat(Ops.repr(Ops.call(kindOf, user))).isEqualTo("'base'");
        assertThat(form("kind_fn", LOAD_SUPER_ATTR)).isEqualTo("LOAD_SUPER_ATTR_ATTR");
        assertThat(Ops.repr(Ops.call(kindOf, user))).isEqualTo("'base'");
        // a global `super` that is not the builtin: the specialized form misses and the instruction is generic again
        PyObject builtinSuper = g("super");
        globals.put(PyStr.of("super"), globals.getStr("super_get"));
        try {
            assertThatThrownBy(() -> Ops.call(get, user)).isInstanceOf(PyException.class);
            assertThat(form("get_fn", LOAD_SUPER_ATTR)).isEqualTo("LOAD_SUPER_ATTR");
        } finally {
            globals.remove(PyStr.of("super"));
        }
        assertThat(g("super")).isSameAs(builtinSuper);
    }
}
