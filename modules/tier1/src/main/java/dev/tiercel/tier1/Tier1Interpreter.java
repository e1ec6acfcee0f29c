package dev.tiercel.tier1;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.spi.Interpreter;

/** The tier-1 interpreter service. */
public final class Tier1Interpreter implements Interpreter {
    @Override
    public String name() {
        return "tier 1 adaptive interpreter";
    }

    @Override
    public PyObject execute(PyCode code, PyDict globals, PyObject locals) {
        return run(new PyFrame(code, globals, locals, null));
    }

    @Override
    public PyObject run(PyFrame frame) {
        return Eval.run(frame);
    }
}
