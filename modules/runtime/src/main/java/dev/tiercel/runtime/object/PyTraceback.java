package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;

/** One traceback entry: the code and the instruction (code-unit index) where the exception passed. */
public final class PyTraceback extends PyObject {
    public final PyCode code;
    public final int instr;
    public final PyTraceback next;
    /** The frame the exception passed through ({@code tb_frame}), or null where none was recorded. */
    public final PyFrame frame;

    public PyTraceback(PyCode code, int instr, PyTraceback next) {
        this(code, instr, next, null);
    }

    public PyTraceback(PyCode code, int instr, PyTraceback next, PyFrame frame) {
        this.code = code;
        this.instr = instr;
        this.next = next;
        this.frame = frame;
        if (frame != null) {
            frame.exposed = true; // tb_frame must not become another call's frame when this one returns
        }
    }

    @Override
    public PyType type() {
        return PyTypes.TRACEBACK;
    }
}
