package dev.tiercel.tier2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceExecutor;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code globals} pass folds globals and builtins into constants watched through their dicts' keys, and the
 * executor is invalidated exactly when one of those keys changes.
 */
class GlobalWatchTest {
    private static final String[] NAMES = {"SCALE", "len", "counter", "missing"};

    /** A code object per frame: how often a name invalidated executors is counted per code object. */
    private static PyCode code() {
        return new PyCode(0, 0, 0, 8, 0, new short[16], new PyObject[0], NAMES, new String[0], new byte[0], "t.py",
                "t", "t", 1, new byte[0], new byte[0]);
    }
    private static final PyObject LEN = PyStr.of("the builtin len");

    @BeforeAll
    static void builtins() {
        if (Py.builtinsDict() == null) {
            Py.install(null, new PyDict());
        }
        Py.builtinsDict().putStr("len", LEN);
    }

    private static TraceUop u(Uop uop, int oparg, int target) {
        return new TraceUop(uop, oparg, target, target, null);
    }

    private static PyFrame frame() {
        PyDict g = new PyDict();
        g.putStr("SCALE", PyInt.of(2));
        g.putStr("counter", PyInt.of(0));
        return new PyFrame(code(), g, null, null);
    }

    /** SCALE (global), then a call, then len (builtin) and counter, which the trace stores itself. */
    private static List<TraceUop> loop() {
        return List.of(u(Uop._START_EXECUTOR, 0, 0), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 1),
                u(Uop._LOAD_GLOBAL, 0 << 1, 1), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 2),
                u(Uop._CALL_NON_PY, 0, 2), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 3),
                u(Uop._LOAD_GLOBAL, 1 << 1 | 1, 3), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 4),
                u(Uop._LOAD_GLOBAL, 2 << 1, 4), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 5),
                u(Uop._STORE_GLOBAL, 2, 5), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 6),
                u(Uop._LOAD_GLOBAL, 3 << 1, 6), u(Uop._CHECK_VALIDITY_AND_SET_IP, 0, 7), u(Uop._JUMP_TO_TOP, 0, 7));
    }

    @Test
    void foldsEveryUnstoredBoundNameAndChecksTheValidityAfterTheCall() {
        PyFrame f = frame();
        List<Passes.Watch> watches = new ArrayList<>();
        List<TraceUop> out = Passes.run(loop(), f, Set.of(), watches);
        assertThat(out.stream().map(t -> t.uop).toList()).containsExactly(Uop._START_EXECUTOR, Uop._CHECK_GLOBALS,
                Uop._LOAD_CONST_INLINE_BORROW, Uop._SET_IP, Uop._CALL_NON_PY, Uop._CHECK_VALIDITY,
                Uop._LOAD_CONST_INLINE_BORROW, Uop._PUSH_NULL, Uop._LOAD_GLOBAL, Uop._STORE_GLOBAL,
                Uop._LOAD_GLOBAL, Uop._JUMP_TO_TOP);
        assertThat(out.get(1).operand).isSameAs(f.globals);
        assertThat(out.get(2).operand).isSameAs(f.globals.getStr("SCALE"));
        assertThat(out.get(6).operand).isSameAs(LEN);
        assertThat(watches).containsExactly(new Passes.Watch(f.globals, "SCALE", PyInt.of(2)),
                new Passes.Watch(f.globals, "len", null), new Passes.Watch(Py.builtinsDict(), "len", LEN));
    }

    @Test
    void withoutFoldedGlobalsThereIsNoCheck() {
        PyFrame f = frame();
        List<Passes.Watch> watches = new ArrayList<>();
        List<TraceUop> in = List.of(u(Uop._START_EXECUTOR, 0, 0), u(Uop._LOAD_GLOBAL, 3 << 1, 1),
                u(Uop._JUMP_TO_TOP, 0, 2));
        assertThat(Passes.globalsToConstants(in, f, watches)).containsExactlyElementsOf(in);
        assertThat(watches).isEmpty();
    }

    private static TraceExecutor executor(PyFrame f, List<Passes.Watch> watches) {
        List<TraceUop> body = Passes.run(loop(), f, Set.of(), watches);
        Trace t = new Trace(f.code, 0, body.toArray(new TraceUop[0]), 0);
        TraceExecutor ex = new TraceExecutor(t, null, 0, null, 16);
        UopTraceOptimizer.watch(ex, watches);
        return ex;
    }

    @Test
    void rebindingAFoldedGlobalInvalidatesOthersDoNot() {
        PyFrame f = frame();
        TraceExecutor ex = executor(f, new ArrayList<>());
        f.globals.putStr("counter", PyInt.of(1)); // stored by the trace itself: not watched
        f.globals.putStr("other", PyInt.of(1));
        f.globals.putStr("SCALE", f.globals.getStr("SCALE")); // the same object: nothing changed
        assertThat(ex.valid).isTrue();
        f.globals.putStr("SCALE", PyInt.of(3));
        assertThat(ex.valid).isFalse();
        assertThat(ex.changedName).isEqualTo("global `SCALE`");
        assertThat(f.globals.watcherCount()).as("the fired registration is dropped").isEqualTo(1);
    }

    @Test
    void shadowingOrRebindingAFoldedBuiltinInvalidates() {
        PyFrame f = frame();
        TraceExecutor shadowed = executor(f, new ArrayList<>());
        f.globals.putStr("len", PyInt.of(42));
        assertThat(shadowed.valid).isFalse();
        f.globals.remove(PyStr.of("len"));
        TraceExecutor rebound = executor(f, new ArrayList<>());
        Py.builtinsDict().putStr("len", PyStr.of("another len"));
        Py.builtinsDict().putStr("len", LEN);
        assertThat(rebound.valid).isFalse();
        assertThat(rebound.changedName).isEqualTo("builtin `len`");
    }

    @Test
    void deletingOrClearingInvalidates() {
        PyFrame f = frame();
        TraceExecutor deleted = executor(f, new ArrayList<>());
        f.globals.remove(PyStr.of("SCALE"));
        assertThat(deleted.valid).isFalse();
        PyFrame g = frame();
        TraceExecutor cleared = executor(g, new ArrayList<>());
        g.globals.clear();
        assertThat(cleared.valid).isFalse();
    }

    @Test
    void aKeyChangedBeforeTheExecutorWatchedItInvalidatesAtOnce() {
        PyFrame f = frame();
        List<Passes.Watch> watches = new ArrayList<>();
        List<TraceUop> body = Passes.run(loop(), f, Set.of(), watches);
        f.globals.putStr("SCALE", PyInt.of(5)); // changed between folding and registration (another thread)
        TraceExecutor ex = new TraceExecutor(new Trace(f.code, 0, body.toArray(new TraceUop[0]), 0), null, 0, null, 16);
        UopTraceOptimizer.watch(ex, watches);
        assertThat(ex.valid).isFalse();
    }

    @Test
    void theGlobalsCheckComparesTheFramesDict() {
        PyFrame f = frame();
        List<TraceUop> body = Passes.run(loop(), f, Set.of(), new ArrayList<>());
        TraceUop check = body.get(1);
        assertThat(check.uop.body.run(new dev.tiercel.tier2.trace.TraceState(f, null), check)).isEqualTo(Uop.NEXT);
        PyFrame other = new PyFrame(f.code, new PyDict(), null, null);
        assertThat(check.uop.body.run(new dev.tiercel.tier2.trace.TraceState(other, null), check))
                .isEqualTo(Uop.EXIT);
    }

    @Test
    void aNameThatKeepsInvalidatingIsNoLongerFolded() {
        PyFrame f = frame();
        for (int i = 0; i < 3; i++) {
            TraceExecutor ex = executor(f, new ArrayList<>());
            f.globals.putStr("SCALE", PyInt.of(10 + i));
            assertThat(ex.valid).isFalse();
        }
        List<Passes.Watch> watches = new ArrayList<>();
        List<TraceUop> out = Passes.run(loop(), f, Set.of(), watches);
        assertThat(out.get(1).uop).isEqualTo(Uop._LOAD_GLOBAL);
        assertThat(watches).extracting(Passes.Watch::key).containsExactly("len", "len");
        PyFrame fresh = frame(); // another code object still folds it
        assertThat(Passes.run(loop(), fresh, Set.of(), new ArrayList<>()).get(2).uop)
                .isEqualTo(Uop._LOAD_CONST_INLINE_BORROW);
    }
}
