package dev.tiercel.tier1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quickening: hot generic instructions are rewritten to CPython 3.13's specialized forms and back on misses. */
class SpecializationTest {

    private static PyCode load(String name) throws Exception {
        Path p = Path.of(SpecializationTest.class.getResource("/programs/" + name + ".marshal").toURI());
        return (PyCode) Marshal.load(Files.readAllBytes(p));
    }

    private static String run(PyCode code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuntimeConfig cfg = new RuntimeConfig(List.of("x"), List.of(), Map.of(), false, false, false, Map.of());
        PythonRuntime rt = PythonRuntime.create(cfg, RunMarshal.tiers(), out, new ByteArrayOutputStream());
        assertThat(rt.runCode(code)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PyCode function(PyCode module, String name) {
        for (PyObject c : module.consts) {
            if (c instanceof PyCode pc && pc.name.equals(name)) {
                return pc;
            }
        }
        throw new AssertionError(name);
    }

    private static Set<String> opnames(PyCode code) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < code.adaptive.length; ) {
            int op = code.adaptive[i] & 0xff;
            out.add(Opcodes.name(op));
            i += 1 + Opcodes.cacheEntries(op);
        }
        return out;
    }

    @Test
    void intLoopSpecializes() throws Exception {
        PyCode module = load("sum_fn");
        assertThat(run(module)).isEqualTo("499500\n19999900000\n");
        Set<String> ops = opnames(function(module, "total"));
        assertThat(ops).contains("BINARY_OP_ADD_INT", "FOR_ITER_RANGE");
        assertThat(opnames(function(module, "total"))).doesNotContain("BINARY_OP");
        assertThat(function(module, "total").code).isNotEqualTo(function(module, "total").adaptive);
    }

    /**
     * The spare frames kept for reuse belong to a code, not to one function object: a code's functions are made anew
     * (closures, a module run again), and frames kept for a function that no longer runs once filled the pool, so
     * that every later call allocated a frame (fib in bench/steady.py: 1.7 GB a run).
     */
    @Test
    void spareFramesServeEveryFunctionOfTheirCode() throws Exception {
        PyCode module = load("sum_fn");
        run(module);
        PyCode total = function(module, "total");
        PyObject[] args = {PyInt.of(3)};
        PyFunction old = new PyFunction(total, new PyDict());
        java.util.List<dev.tiercel.runtime.object.PyFrame> held = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) { // more than the pool keeps
            held.add(Specializer.acquireFrame(old, args, 0, 1));
        }
        held.forEach(Specializer::releaseFrame);
        PyFunction fresh = new PyFunction(total, new PyDict());
        dev.tiercel.runtime.object.PyFrame reused = Specializer.acquireFrame(fresh, args, 0, 1);
        assertThat(held).contains(reused);
        assertThat(reused.func).isSameAs(fresh);
        assertThat(reused.globals).isSameAs(fresh.globals);
        assertThat(reused.localsplus[0]).isSameAs(args[0]);
    }

    @Test
    void typeChangeDespecializesAndStaysCorrect() throws Exception {
        PyCode module = load("type_change");
        assertThat(run(module)).isEqualTo(Files.readString(Path.of(SpecializationTest.class
                .getResource("/programs/type_change.out").toURI())));
        Set<String> ops = opnames(function(module, "mixed"));
        assertThat(ops).doesNotContain("BINARY_OP_ADD_INT");
    }

    @Test
    void attributeAndMethodAccessSpecialize() throws Exception {
        PyCode module = load("objects");
        run(module);
        PyCode vec = null;
        for (PyObject c : module.consts) {
            if (c instanceof PyCode pc && pc.name.equals("Vec")) {
                vec = pc;
            }
        }
        assertThat(vec).isNotNull();
        assertThat(opnames(function(vec, "add"))).contains("LOAD_ATTR_SLOT");
        assertThat(opnames(module)).contains("LOAD_ATTR_METHOD_WITH_VALUES");
    }

    /**
     * A base class's method reading and writing attributes of two subclasses' instances in turn stays specialized
     * after it has met the second class (CPython 3.13 would deopt at every change of class); a third class deopts.
     */
    @Test
    void instanceValueAccessServesASecondClass() throws Exception {
        PyCode module = load("polymorphic_attrs");
        assertThat(run(module)).isEqualTo(Files.readString(Path.of(SpecializationTest.class
                .getResource("/programs/polymorphic_attrs.out").toURI())));
        PyDict globals = ((PyModule) ((PyDict) Py.sys.dict().getStr("modules")).getStr("__main__")).dict();
        PyObject read = globals.getStr("probe_load");
        PyObject write = globals.getStr("probe_store");
        PyObject a = Ops.call(globals.getStr("A"), PyInt.of(1));
        PyObject b = Ops.call(globals.getStr("B"), PyInt.of(2));
        PyObject c = Ops.call(globals.getStr("C"), PyInt.of(3));
        for (int i = 0; i < 200; i++) { // warm up on A alone: specialized for A
            Ops.call(read, a);
            Ops.call(write, a, PyInt.of(i));
        }
        PyCode readCode = ((PyFunction) read).code;
        PyCode writeCode = ((PyFunction) write).code;
        assertThat(opnames(readCode)).contains("LOAD_ATTR_INSTANCE_VALUE");
        assertThat(opnames(writeCode)).contains("STORE_ATTR_INSTANCE_VALUE");
        for (int i = 0; i < 100; i++) {
            PyObject o = i % 2 == 0 ? a : b;
            assertThat(Ops.call(read, o)).isEqualTo(PyInt.of(i % 2 == 0 ? 1 : 2));
            Ops.call(write, o, PyInt.of(i));
            assertThat(Ops.getattr(o, "count")).isEqualTo(PyInt.of(i));
            assertThat(opnames(readCode)).contains("LOAD_ATTR_INSTANCE_VALUE").doesNotContain("LOAD_ATTR");
            assertThat(opnames(writeCode)).contains("STORE_ATTR_INSTANCE_VALUE").doesNotContain("STORE_ATTR");
        }
        assertThat(Ops.call(read, c)).isEqualTo(PyInt.of(3)); // a third class: back to the generic form
        assertThat(opnames(readCode)).contains("LOAD_ATTR").doesNotContain("LOAD_ATTR_INSTANCE_VALUE");
    }
    /**
     * A call site that runs two functions of the same arity in turn stays CALL_PY_EXACT_ARGS after it has met the
     * second (CPython 3.13 would miss at every change of function), and so does a method site of a base class that
     * finds the method of two subclasses; a third function or class misses.
     */
    @Test
    void callAndMethodSitesServeASecondTarget() throws Exception {
        PyCode module = load("polymorphic_methods");
        assertThat(run(module)).isEqualTo(Files.readString(Path.of(SpecializationTest.class
                .getResource("/programs/polymorphic_methods.out").toURI())));
        PyDict globals = ((PyModule) ((PyDict) Py.sys.dict().getStr("modules")).getStr("__main__")).dict();
        PyObject probeFn = globals.getStr("probe_fn");
        PyObject probeCall = globals.getStr("probe_call");
        PyObject triple = globals.getStr("triple");
        PyObject halve = globals.getStr("halve");
        PyObject worker = Ops.call(globals.getStr("Worker"), PyInt.of(1));
        PyObject device = Ops.call(globals.getStr("Device"), PyInt.of(2));
        for (int i = 0; i < 200; i++) { // warm up on one target each
            Ops.call(probeFn, triple, PyInt.of(i));
            Ops.call(probeCall, worker, PyInt.of(i));
        }
        PyCode fnCode = ((PyFunction) probeFn).code;
        PyCode callCode = ((PyFunction) probeCall).code;
        assertThat(opnames(fnCode)).contains("CALL_PY_EXACT_ARGS");
        assertThat(opnames(callCode)).contains("LOAD_ATTR_METHOD_WITH_VALUES", "CALL_PY_EXACT_ARGS");
        for (int i = 0; i < 100; i++) {
            boolean first = i % 2 == 0;
            assertThat(Ops.repr(Ops.call(probeFn, first ? triple : halve, PyInt.of(i))))
                    .isEqualTo(String.valueOf(first ? 3 * i : i / 2));
            assertThat(Ops.repr(Ops.call(probeCall, first ? worker : device, PyInt.of(i))))
                    .isEqualTo(first ? "('worker', 1, " + 2 * i + ")" : "('device', 2, " + (i + 1) + ")");
            assertThat(opnames(fnCode)).contains("CALL_PY_EXACT_ARGS").doesNotContain("CALL");
            assertThat(opnames(callCode)).contains("LOAD_ATTR_METHOD_WITH_VALUES", "CALL_PY_EXACT_ARGS")
                    .doesNotContain("LOAD_ATTR", "CALL");
        }
        PyObject third = Ops.call(globals.getStr("offset_by"), PyInt.of(10));
        assertThat(Ops.repr(Ops.call(probeFn, third, PyInt.of(1)))).isEqualTo("11");
        assertThat(opnames(fnCode)).contains("CALL").doesNotContain("CALL_PY_EXACT_ARGS");
        PyObject printer = Ops.call(globals.getStr("Printer"), PyInt.of(3));
        assertThat(Ops.repr(Ops.call(probeCall, printer, PyInt.of(5)))).isEqualTo("('printer', 3, -5)");
        assertThat(opnames(callCode)).contains("LOAD_ATTR").doesNotContain("LOAD_ATTR_METHOD_WITH_VALUES");
    }
}
