package dev.tiercel.tier2.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import org.junit.jupiter.api.Test;

/** The inlined-call uops on real frames: guards, the frame made and linked, depth accounting, return and reuse. */
class FrameSemanticsTest {
    private static PyCode code(String name, int argcount, int nlocals) {
        String[] locals = new String[nlocals];
        for (int i = 0; i < nlocals; i++) {
            locals[i] = "v" + i;
        }
        return new PyCode(argcount, 0, 0, 4, PyCode.CO_OPTIMIZED, new short[12], new PyObject[0], new String[0],
                locals, new byte[nlocals], "t.py", name, name, 1, new byte[0], new byte[0]);
    }

    private static int run(Uop u, TraceState st, int oparg, int target, Object operand) {
        return u.body.run(st, new TraceUop(u, oparg, target, target, operand));
    }

    @Test
    void aCallPushesALinkedCountedFrameAndItsReturnComesBack() {
        PyDict g = new PyDict();
        g.putStr("__name__", PyStr.of("t"));
        PyCode calleeCode = code("callee", 2, 3);
        PyFunction fn = new PyFunction(calleeCode, g);
        PyFrame caller = new PyFrame(code("caller", 0, 1), g, null, null);
        caller.stack[0] = PyInt.of(99); // a value below the call stays
        caller.stack[1] = fn;
        caller.stack[2] = null;
        caller.stack[3] = PyInt.of(1);
        caller.stack[4] = PyInt.of(2);
        caller.sp = 5;
        TraceState st = new TraceState(caller, null);
        InlinedCall call = new InlinedCall(calleeCode, false);
        int depth = Py.depth();
        PyFrame current = Py.current;
        try {
            assertThat(run(Uop._CHECK_FUNCTION_EXACT_ARGS, st, 2, 6, calleeCode)).isEqualTo(Uop.NEXT);
            assertThat(run(Uop._CHECK_FUNCTION_EXACT_ARGS, st, 2, 6, code("other", 2, 2))).isEqualTo(Uop.EXIT);
            assertThat(run(Uop._CHECK_STACK_SPACE, st, 2, 6, null)).isEqualTo(Uop.NEXT);
            run(Uop._INIT_CALL_PY_EXACT_ARGS, st, 2, 6, call);
            assertThat(st.sp).isEqualTo(2);
            PyFrame nf = (PyFrame) st.s[1];
            assertThat(nf.func).isSameAs(fn);
            assertThat(nf.localsplus).containsExactly(PyInt.of(1), PyInt.of(2), null);
            run(Uop._SAVE_RETURN_OFFSET, st, 4, 6, null);
            run(Uop._PUSH_FRAME, st, 2, 6, call);
            assertThat(st.f).isSameAs(nf);
            assertThat(st.sp).isZero();
            assertThat(Py.current).isSameAs(nf);
            assertThat(Py.depth()).isEqualTo(depth + 1);
            assertThat(nf.back).isSameAs(caller);
            assertThat(caller.sp).isEqualTo(1);
            assertThat(caller.ip).as("where tier 1 continues the caller").isEqualTo(10);
            assertThat(caller.lasti).as("the call, for tracebacks").isEqualTo(6);

            st.s[st.sp++] = PyInt.of(3);
            run(Uop._POP_FRAME, st, 0, 4, call);
            assertThat(st.f).isSameAs(caller);
            assertThat(st.sp).isEqualTo(2);
            assertThat(st.s[0]).isEqualTo(PyInt.of(99));
            assertThat(st.s[1]).isEqualTo(PyInt.of(3));
            assertThat(Py.current).isSameAs(caller);
            assertThat(Py.depth()).isEqualTo(depth);
            assertThat(call.spare).as("kept for the next call").isSameAs(nf);
            assertThat(nf.back).isNull();
        } finally {
            Py.resetDepth(depth);
            Py.current = current;
        }
    }

    @Test
    void aBoundMethodIsSplitIntoItsFunctionAndSelf() {
        PyDict g = new PyDict();
        g.putStr("__name__", PyStr.of("t"));
        PyFunction fn = new PyFunction(code("m", 2, 2), g);
        PyFrame f = new PyFrame(code("caller", 0, 1), g, null, null);
        PyObject self = PyInt.of(5);
        f.stack[0] = new PyMethod(fn, self);
        f.stack[1] = null;
        f.stack[2] = PyInt.of(1);
        f.sp = 3;
        TraceState st = new TraceState(f, null);
        assertThat(run(Uop._CHECK_CALL_BOUND_METHOD_EXACT_ARGS, st, 1, 0, null)).isEqualTo(Uop.NEXT);
        run(Uop._INIT_CALL_BOUND_METHOD_EXACT_ARGS, st, 1, 0, null);
        assertThat(st.s[0]).isSameAs(fn);
        assertThat(st.s[1]).isSameAs(self);
        assertThat(run(Uop._CHECK_FUNCTION_EXACT_ARGS, st, 1, 0, fn.code)).as("self counts as an argument")
                .isEqualTo(Uop.NEXT);
        assertThat(run(Uop._CHECK_CALL_BOUND_METHOD_EXACT_ARGS, st, 1, 0, null)).isEqualTo(Uop.EXIT);
    }

    @Test
    void theStackSpaceGuardFailsAtTheRecursionLimit() {
        int depth = Py.depth();
        PyFrame f = new PyFrame(code("caller", 0, 1), new PyDict(), null, null);
        TraceState st = new TraceState(f, null);
        try {
            Py.resetDepth(Py.recursionLimit() - 1);
            assertThat(run(Uop._CHECK_STACK_SPACE, st, 0, 0, null)).isEqualTo(Uop.NEXT);
            Py.resetDepth(Py.recursionLimit());
            assertThat(run(Uop._CHECK_STACK_SPACE, st, 0, 0, null)).isEqualTo(Uop.EXIT);
        } finally {
            Py.resetDepth(depth);
        }
    }
}
