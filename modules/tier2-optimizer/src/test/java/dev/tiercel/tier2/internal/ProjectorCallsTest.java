package dev.tiercel.tier2.internal;

import static dev.tiercel.runtime.code.Opcodes.CALL;
import static dev.tiercel.runtime.code.Opcodes.JUMP_BACKWARD;
import static dev.tiercel.runtime.code.Opcodes.LOAD_ATTR;
import static dev.tiercel.runtime.code.Opcodes.LOAD_FAST;
import static dev.tiercel.runtime.code.Opcodes.POP_TOP;
import static dev.tiercel.runtime.code.Opcodes.LOAD_GLOBAL;
import static dev.tiercel.runtime.code.Opcodes.RESUME;
import static dev.tiercel.runtime.code.Opcodes.RETURN_CONST;
import static dev.tiercel.runtime.code.Opcodes.RETURN_VALUE;
import static dev.tiercel.runtime.code.Opcodes.STORE_FAST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.tier2.trace.InlinedCall;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Projection through calls of Python functions: a known callee is inlined between {@code _PUSH_FRAME} and
 * {@code _POP_FRAME} and the trace goes on in the caller; recursion and the depth bound stop inlining; the types pass
 * keeps each frame's locals apart.
 */
class ProjectorCallsTest {
    private final PyDict globals = new PyDict();

    /** Code units for {@code (opcode, oparg)} pairs, each followed by its zeroed inline caches. */
    private static short[] asm(int... opArg) {
        List<Short> units = new ArrayList<>();
        for (int i = 0; i < opArg.length; i += 2) {
            units.add((short) (opArg[i] | opArg[i + 1] << 8));
            for (int c = Opcodes.cacheEntries(opArg[i]); c > 0; c--) {
                units.add((short) 0);
            }
        }
        short[] a = new short[units.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = units.get(i);
        }
        return a;
    }

    private static PyCode code(String name, int argcount, String[] names, String[] locals, PyObject[] consts,
            short[] units) {
        return new PyCode(argcount, 0, 0, 8, PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS, units, consts, names, locals,
                new byte[locals.length], "t.py", name, name, 1, new byte[0], new byte[0]);
    }

    /** {@code def NAME(x): return CALLEE(x)}, or {@code return x} when {@code callee} is null. */
    private PyFunction define(String name, String callee) {
        short[] body = callee == null ? asm(RESUME, 0, LOAD_FAST, 0, RETURN_VALUE, 0)
                : asm(RESUME, 0, LOAD_GLOBAL, 1, LOAD_FAST, 0, CALL, 1, RETURN_VALUE, 0);
        PyFunction f = new PyFunction(code(name, 1, new String[] {callee == null ? "unused" : callee},
                new String[] {"x"}, new PyObject[0], body), globals);
        globals.putStr(name, f);
        return f;
    }

    /** The frame of {@code while True: y = NAME(x)} with {@code x} = 7, about to project from its back edge. */
    private PyFrame loopCalling(String name) {
        short[] units = asm(LOAD_GLOBAL, 1, LOAD_FAST, 0, CALL, 1, STORE_FAST, 1, JUMP_BACKWARD, 0);
        units[LOOP_BACK] = (short) (JUMP_BACKWARD | (LOOP_BACK + 2) << 8); // back to index 0
        PyCode loop = code("loop", 0, new String[] {name}, new String[] {"x", "y"}, new PyObject[0], units);
        PyFrame frame = new PyFrame(loop, globals, null, null);
        frame.localsplus[0] = PyInt.of(7);
        return frame;
    }

    /** The index of {@link #loopCalling}'s back edge. */
    private static final int LOOP_BACK = asm(LOAD_GLOBAL, 1, LOAD_FAST, 0, CALL, 1, STORE_FAST, 1).length;

    /** {@code while True: y = NAME(x)} projected from its back edge, with {@code x} = 7. */
    private List<TraceUop> projectLoopCalling(String name) {
        return new Projector(loopCalling(name)).project(LOOP_BACK);
    }

    private static List<Uop> uops(List<TraceUop> trace) {
        return trace.stream().map(t -> t.uop).filter(u -> u != Uop._CHECK_VALIDITY_AND_SET_IP).toList();
    }

    @Test
    void aKnownCalleeIsInlinedAndTheTraceContinuesInTheCaller() {
        globals.putStr("__name__", PyStr.of("t"));
        define("ident", null);
        List<TraceUop> t = projectLoopCalling("ident");
        assertThat(uops(t)).containsExactly(Uop._START_EXECUTOR, Uop._TIER2_RESUME_CHECK, Uop._LOAD_GLOBAL,
                Uop._LOAD_FAST, Uop._CHECK_PEP_523, Uop._CHECK_FUNCTION_EXACT_ARGS, Uop._CHECK_STACK_SPACE,
                Uop._INIT_CALL_PY_EXACT_ARGS, Uop._SAVE_RETURN_OFFSET, Uop._PUSH_FRAME, Uop._LOAD_FAST,
                Uop._POP_FRAME, Uop._STORE_FAST, Uop._JUMP_TO_TOP);
        TraceUop save = t.stream().filter(u -> u.uop == Uop._SAVE_RETURN_OFFSET).findFirst().orElseThrow();
        assertThat(save.oparg).as("the call's length in code units").isEqualTo(1 + Opcodes.cacheEntries(CALL));
        TraceUop push = t.stream().filter(u -> u.uop == Uop._PUSH_FRAME).findFirst().orElseThrow();
        TraceUop pop = t.stream().filter(u -> u.uop == Uop._POP_FRAME).findFirst().orElseThrow();
        assertThat(pop.operand).as("the return belongs to the call that pushed its frame").isSameAs(push.operand);
        assertThat(((InlinedCall) push.operand).code.name).isEqualTo("ident");
        assertThat(pop.target).as("the callee's RETURN_VALUE, an index in the callee's code").isEqualTo(2);
    }

    @Test
    void inliningStopsAtTheDepthBound() {
        globals.putStr("__name__", PyStr.of("t"));
        int n = Projector.MAX_CALL_DEPTH + 2;
        for (int i = 0; i < n; i++) {
            define("f" + i, i + 1 < n ? "f" + (i + 1) : null);
        }
        List<TraceUop> t = projectLoopCalling("f0");
        long pushes = t.stream().filter(u -> u.uop == Uop._PUSH_FRAME).count();
        assertThat(pushes).isEqualTo(Projector.MAX_CALL_DEPTH);
        assertThat(t.get(t.size() - 1).uop).as("the deepest call is left to tier 1").isEqualTo(Uop._EXIT_TRACE);
        assertThat(t.stream().filter(u -> u.uop == Uop._POP_FRAME).count()).isZero();
    }

    @Test
    void aRecursiveCallIsNotInlined() {
        globals.putStr("__name__", PyStr.of("t"));
        define("rec", "rec");
        PyFrame frame = loopCalling("rec");
        int back = LOOP_BACK;
        Projector p = new Projector(frame);
        List<TraceUop> t = p.project(back);
        assertThat(t.stream().filter(u -> u.uop == Uop._PUSH_FRAME).count()).as("only the loop's own call").isOne();
        assertThat(t.get(t.size() - 1).target).as("projection ends at rec's own CALL, in rec's code").isEqualTo(7);
        assertThat(p.stopReason).contains("`rec()`", "not inlined", "inside the inlined call of `rec()`");
        assertThat(p.stopAt).as("reported at the loop's call").isEqualTo(6);
    }

    @Test
    void aCallUsingADefaultIsNotInlined() {
        globals.putStr("__name__", PyStr.of("t"));
        // def two(x, y=1): return x -- called with one argument after LOAD_GLOBAL's NULL: not exact arguments
        PyFunction f = new PyFunction(code("two", 2, new String[0], new String[] {"x", "y"}, new PyObject[0],
                asm(RESUME, 0, LOAD_FAST, 0, RETURN_VALUE, 0)), globals);
        globals.putStr("two", f);
        List<TraceUop> t = projectLoopCalling("two");
        assertThat(t.stream().map(u -> u.uop)).doesNotContain(Uop._PUSH_FRAME);
    }

    @Test
    void returnConstPushesTheConstantAndPopsTheFrame() {
        globals.putStr("__name__", PyStr.of("t"));
        PyFunction f = new PyFunction(code("none", 1, new String[0], new String[] {"x"},
                new PyObject[] {PyNone.INSTANCE}, asm(RESUME, 0, RETURN_CONST, 0)), globals);
        globals.putStr("none", f);
        List<Uop> u = uops(projectLoopCalling("none"));
        int push = u.indexOf(Uop._PUSH_FRAME);
        assertThat(u.subList(push, push + 3)).containsExactly(Uop._PUSH_FRAME, Uop._LOAD_CONST, Uop._POP_FRAME);
    }

    @Test
    void theTypesPassKeepsEachFramesLocalsApart() {
        globals.putStr("__name__", PyStr.of("t"));
        define("ident", null);
        PyFrame frame = loopCalling("ident");
        int back = LOOP_BACK;
        List<TraceUop> t = Passes.types(new Projector(frame).project(back), frame, true);
        assertThat(t.stream().map(u -> u.uop)).doesNotContain(Uop._CHECK_PEP_523);
        // the stack levels: the callee starts empty, the caller gets the result back where the call was
        int push = 0;
        while (t.get(push).uop != Uop._PUSH_FRAME) {
            push++;
        }
        assertThat(t.get(push).stackLevel).isEqualTo(1);
        assertThat(t.get(push + 1).stackLevel).as("the callee's own stack").isZero();
        TraceUop pop = t.stream().filter(u -> u.uop == Uop._POP_FRAME).findFirst().orElseThrow();
        assertThat(pop.stackLevel).isEqualTo(1);
        TraceUop store = t.stream().filter(u -> u.uop == Uop._STORE_FAST).findFirst().orElseThrow();
        assertThat(store.stackLevel).as("the result, on the caller's stack").isEqualTo(1);
    }

    /** The uops of a trace after the globals pass, and the watches it made. */
    private List<TraceUop> foldGlobals(List<TraceUop> t, PyFrame frame) {
        return Passes.globalsToConstants(t, frame, new ArrayList<>());
    }

    @Test
    void anInlinedCalleesGlobalsAreFoldedBehindACheckOfItsOwn() {
        globals.putStr("__name__", PyStr.of("t"));
        define("ident", null);
        PyFunction outer = define("outer", "ident"); // def outer(x): return ident(x)
        PyFrame frame = loopCalling("outer");
        int back = LOOP_BACK;
        List<TraceUop> t = foldGlobals(new Projector(frame).project(back), frame);
        List<Uop> u = uops(t);
        assertThat(u).doesNotContain(Uop._LOAD_GLOBAL);
        int firstPush = u.indexOf(Uop._PUSH_FRAME);
        assertThat(u.subList(0, firstPush)).containsSubsequence(Uop._CHECK_GLOBALS, Uop._LOAD_CONST_INLINE_BORROW);
        assertThat(u.subList(firstPush, u.size()))
                .as("outer's LOAD_GLOBAL ident: another function with outer's code may have other globals")
                .containsSubsequence(Uop._CHECK_GLOBALS, Uop._LOAD_CONST_INLINE_BORROW, Uop._PUSH_FRAME);
        TraceUop folded = t.stream().filter(x -> x.uop == Uop._LOAD_CONST_INLINE_BORROW).skip(1).findFirst()
                .orElseThrow();
        assertThat(folded.operand).isSameAs(globals.getStr("ident"));
        assertThat(outer.code.name).isEqualTo("outer");
    }

    @Test
    void aCalleeWithOtherGlobalsKeepsItsLoadGlobal() {
        globals.putStr("__name__", PyStr.of("t"));
        PyDict other = new PyDict();
        other.putStr("__name__", PyStr.of("other"));
        PyFunction ident = new PyFunction(code("ident", 1, new String[] {"unused"}, new String[] {"x"},
                new PyObject[0], asm(RESUME, 0, LOAD_FAST, 0, RETURN_VALUE, 0)), other);
        other.putStr("ident", ident);
        PyFunction outer = new PyFunction(code("outer", 1, new String[] {"ident"}, new String[] {"x"},
                new PyObject[0], asm(RESUME, 0, LOAD_GLOBAL, 1, LOAD_FAST, 0, CALL, 1, RETURN_VALUE, 0)), other);
        globals.putStr("outer", outer);
        PyFrame frame = loopCalling("outer");
        int back = LOOP_BACK;
        List<TraceUop> t = foldGlobals(new Projector(frame).project(back), frame);
        List<Uop> u = uops(t);
        assertThat(u.subList(u.indexOf(Uop._PUSH_FRAME), u.size())).contains(Uop._LOAD_GLOBAL)
                .doesNotContain(Uop._CHECK_GLOBALS);
    }

    @Test
    void aCallsUnknownResultStoredInALocalIsPredictedFromTheLocalsLastInstance() {
        globals.putStr("__name__", PyStr.of("t"));
        globals.putStr("same", PyBuiltinFunction.o("same", "t", v -> v)); // a call tier 2 does not see into
        PyType point = new PyType("Point", new PyType[] {PyTypes.OBJECT}, true);
        point.instancesHaveDict = true;
        PyInstance p = new PyInstance(point);
        p.instanceDict().put("x", PyInt.of(1));
        // while True: p = same(p); p.x
        short[] units = asm(LOAD_GLOBAL, 1, LOAD_FAST, 0, CALL, 1, STORE_FAST, 0, LOAD_FAST, 0, LOAD_ATTR, 1 << 1,
                POP_TOP, 0, JUMP_BACKWARD, 0);
        int back = units.length - 2;
        units[back] = (short) (JUMP_BACKWARD | (back + 2) << 8);
        PyCode loop = code("loop", 0, new String[] {"same", "x"}, new String[] {"p"}, new PyObject[0], units);
        PyFrame frame = new PyFrame(loop, globals, null, null);
        frame.localsplus[0] = p;
        List<Uop> u = uops(new Projector(frame).project(back));
        assertThat(u).containsSubsequence(Uop._CALL_NON_PY, Uop._STORE_FAST, Uop._LOAD_FAST,
                Uop._GUARD_TYPE_VERSION, Uop._LOAD_ATTR_INSTANCE_VALUE, Uop._JUMP_TO_TOP);
    }
}
