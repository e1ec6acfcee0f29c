package dev.tiercel.tier1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
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
}
