package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.code.Disassembler;
import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _dis}: what the {@code dis} module (Python, in the shipped library) needs from the runtime. The listing and
 * the instruction rows come from {@link Disassembler} and the opcode names from {@link Opcodes}, so {@code dis}
 * keeps no table of its own; with {@code adaptive} true they show the instructions as tier 1 has specialized them.
 */
final class DisModule {
    private DisModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_dis");
        m.dict().putStr("disassemble", new PyBuiltinFunction("disassemble", DisModule::disassemble, false, "_dis"));
        m.dict().putStr("instructions", new PyBuiltinFunction("instructions", DisModule::instructions, false,
                "_dis"));
        m.dict().putStr("opname", opnames());
        m.dict().putStr("opmap", opmap());
        return m;
    }

    /** {@code disassemble(code, adaptive)}: CPython's listing of a code object and its nested code objects. */
    private static PyObject disassemble(PyObject[] a, String[] k) {
        return PyStr.of(Disassembler.disassemble(code(a), adaptive(a)));
    }

    /** {@code instructions(code, adaptive)}: one tuple per instruction, in {@code dis.Instruction}'s field order. */
    private static PyObject instructions(PyObject[] a, String[] k) {
        List<PyObject> rows = new ArrayList<>();
        for (Disassembler.Row r : Disassembler.rows(code(a), adaptive(a))) {
            rows.add(PyTuple.of(PyStr.of(r.opname()), PyInt.of(r.opcode()),
                    r.arg() < 0 ? PyNone.INSTANCE : PyInt.of(r.arg()), r.argval(), PyStr.of(r.argrepr()),
                    PyInt.of(r.offset()), PyBool.of(r.startsLine()), orNone(r.line()), orNone(r.label())));
        }
        return PyList.of(rows.toArray(PyObject[]::new));
    }

    private static PyObject orNone(Integer v) {
        return v == null ? PyNone.INSTANCE : PyInt.of(v);
    }

    private static PyCode code(PyObject[] a) {
        if (a.length < 1 || !(a[0] instanceof PyCode c)) {
            throw PyErr.typeError("expected a code object");
        }
        return c;
    }

    private static boolean adaptive(PyObject[] a) {
        return a.length > 1 && Ops.isTrue(a[1]);
    }

    private static PyList opnames() {
        PyObject[] names = new PyObject[256];
        for (int op = 0; op < 256; op++) {
            names[op] = PyStr.of(isBase(op) ? Opcodes.name(op) : "<" + op + ">");
        }
        return PyList.of(names);
    }

    /** An instruction the compiler emits (specialized forms are tier 1's and, as in CPython, not listed). */
    private static boolean isBase(int op) {
        return Opcodes.name(op) != null && Opcodes.base(op) == op;
    }

    private static PyDict opmap() {
        PyDict d = new PyDict();
        for (int op = 0; op < 256; op++) {
            if (isBase(op)) {
                d.putStr(Opcodes.name(op), PyInt.of(op));
            }
        }
        return d;
    }
}
