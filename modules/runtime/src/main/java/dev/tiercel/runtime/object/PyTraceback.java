package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;

/** One traceback entry: the code and the instruction (code-unit index) where the exception passed. */
public final class PyTraceback extends PyObject {
    public final PyCode code;
    public final int instr;
    public final PyTraceback next;

    public PyTraceback(PyCode code, int instr, PyTraceback next) {
        this.code = code;
        this.instr = instr;
        this.next = next;
    }

    @Override
    public PyType type() {
        return PyTypes.TRACEBACK;
    }
}
