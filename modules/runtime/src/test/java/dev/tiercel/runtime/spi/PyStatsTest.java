package dev.tiercel.runtime.spi;

import static dev.tiercel.runtime.code.Opcodes.BINARY_OP;
import static dev.tiercel.runtime.code.Opcodes.BINARY_OP_ADD_INT;
import static dev.tiercel.runtime.code.Opcodes.EXTENDED_ARG;
import static dev.tiercel.runtime.code.Opcodes.LOAD_FAST;
import static dev.tiercel.runtime.code.Opcodes.RETURN_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tier-1 counters and the report in CPython 3.13's key names and order. */
class PyStatsTest {

    @BeforeEach
    void clear() {
        PyStats.clear();
    }

    @Test
    void countsExecutionsAndPairsWithinOneLoopRun() {
        int outer = PyStats.evalEntered(false);
        PyStats.dispatched(LOAD_FAST);
        PyStats.dispatched(LOAD_FAST);
        PyStats.dispatched(BINARY_OP);
        int inner = PyStats.evalEntered(true);
        PyStats.dispatched(RETURN_VALUE);
        PyStats.evalReturned(inner);
        PyStats.dispatched(RETURN_VALUE);
        PyStats.evalReturned(outer);
        Map<String, Long> v = PyStats.report(Optional.empty()).values();
        assertThat(v).containsEntry("opcode[LOAD_FAST].execution_count", 2L)
                .containsEntry("opcode[CACHE].pair_count[LOAD_FAST]", 1L)
                .containsEntry("opcode[LOAD_FAST].pair_count[LOAD_FAST]", 1L)
                .containsEntry("opcode[LOAD_FAST].pair_count[BINARY_OP]", 1L)
                // the nested run starts from CACHE; the outer run resumes after BINARY_OP
                .containsEntry("opcode[CACHE].pair_count[RETURN_VALUE]", 1L)
                .containsEntry("opcode[BINARY_OP].pair_count[RETURN_VALUE]", 1L)
                .containsEntry("Calls to PyEval_EvalDefault", 2L)
                .containsEntry("Calls via PyEval_EvalFrame[0]", 2L)
                .containsEntry("Calls via PyEval_EvalFrame[2]", 1L)
                .containsEntry("Frames pushed", 1L);
    }

    @Test
    void hitIsEverySpecializedExecutionThatDidNotMiss() {
        for (int i = 0; i < 5; i++) {
            PyStats.dispatched(BINARY_OP_ADD_INT);
        }
        PyStats.miss(BINARY_OP_ADD_INT);
        PyStats.specializationSuccess(BINARY_OP);
        PyStats.specializationFailure(BINARY_OP, 21);
        PyStats.specializationFailure(BINARY_OP, -1);
        PyStats.deferred(BINARY_OP);
        Map<String, Long> v = PyStats.report(Optional.empty()).values();
        assertThat(v).containsEntry("opcode[BINARY_OP].specialization.hit", 4L)
                .containsEntry("opcode[BINARY_OP].specialization.miss", 1L)
                .containsEntry("opcode[BINARY_OP].specialization.deopt", 1L)
                .containsEntry("opcode[BINARY_OP_ADD_INT].specialization.miss", 1L)
                .containsEntry("opcode[BINARY_OP].specialization.success", 1L)
                .containsEntry("opcode[BINARY_OP].specialization.failure", 2L)
                .containsEntry("opcode[BINARY_OP].specialization.failure_kinds[21]", 1L)
                .containsEntry("opcode[BINARY_OP].specialization.deferred", 1L)
                .doesNotContainKey("opcode[BINARY_OP].execution_count");
    }

    @Test
    void linesFollowCPythonsOrderAndShapes() {
        PyStats.dispatched(EXTENDED_ARG);
        PyStats.dispatched(BINARY_OP);
        PyStats.specializationSuccess(BINARY_OP);
        List<String> lines = PyStats.report(Optional.empty()).text().lines().toList();
        assertThat(lines.subList(0, 2)).containsExactly("opcode[BINARY_SLICE].specializable : 1",
                "opcode[STORE_SLICE].specializable : 1");
        int spec = lines.indexOf("opcode[BINARY_OP].specializable : 1");
        assertThat(lines.subList(spec, spec + 3)).containsExactly("opcode[BINARY_OP].specializable : 1",
                "    opcode[BINARY_OP].specialization.success : 1", "    opcode[BINARY_OP].execution_count : 1");
        assertThat(lines).contains("opcode[EXTENDED_ARG].pair_count[BINARY_OP] : 1", "Frames pushed: 0",
                "Calls via PyEval_EvalFrame[0] : 0", "GC[0] collections: " + gcLine(lines));
        assertThat(lines).noneMatch(l -> l.contains("JUMP_BACKWARD].specializable"));
        assertThat(lines.stream().filter(l -> l.endsWith(".specializable : 1"))).hasSize(20);
    }

    private static String gcLine(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("GC[0] collections: ")).findFirst().orElseThrow()
                .substring("GC[0] collections: ".length());
    }

    @Test
    void jvmCollectorsMapToGenerations() {
        assertThat(PyStats.generation("Copy")).isZero();
        assertThat(PyStats.generation("G1 Young Generation")).isZero();
        assertThat(PyStats.generation("MarkSweepCompact")).isEqualTo(2);
        assertThat(PyStats.generation("G1 Old Generation")).isEqualTo(2);
        assertThat(PyStats.generation("G1 Concurrent GC")).isEqualTo(-1);
    }

    @Test
    void fileGoesToANewFolderWithCPythonsName(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("py_stats");
        Path f = PyStats.writeFile(new StatsWriter().plain("Frames pushed", 1), dir);
        assertThat(f.getParent()).isEqualTo(dir);
        assertThat(f.getFileName().toString()).matches("[0-9a-f]{40}\\.txt");
        assertThat(Files.readString(f)).isEqualTo("Frames pushed: 1\n");
    }
}
