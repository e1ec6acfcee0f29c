package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.code.Disassembler;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;

/**
 * The part of CPython's {@code dis} module that shows what runs: {@code dis.dis(x, *, file=None, adaptive=False)} for
 * functions, methods and code objects, in CPython's format ({@link Disassembler}); with {@code adaptive=True} it shows
 * the instructions as tier 1 has specialized them.
 */
final class DisModule {
    private DisModule() {}

    static PyModule create() {
        PyModule m = new PyModule("dis");
        m.dict().putStr("dis", new PyBuiltinFunction("dis", DisModule::dis, false, "dis"));
        return m;
    }

    private static PyObject dis(PyObject[] a, String[] k) {
        Args.allowKw("dis", k, "x", "file", "depth", "show_caches", "adaptive", "show_offsets");
        PyObject x = Args.npos(a, k) > 0 ? a[0] : Args.kw(a, k, "x");
        PyObject adaptive = Args.kw(a, k, "adaptive");
        PyObject file = Args.kw(a, k, "file");
        PyCode code = codeOf(x);
        String text = Disassembler.disassemble(code, adaptive != null && Ops.isTrue(adaptive));
        if (file == null || file == PyNone.INSTANCE) {
            file = Py.sys.dict().getStr("stdout");
        }
        Ops.call(Ops.getattr(file, "write"), PyStr.of(text));
        return PyNone.INSTANCE;
    }

    private static PyCode codeOf(PyObject x) {
        if (x instanceof PyMethod m) {
            x = m.func;
        }
        if (x instanceof PyFunction f) {
            return f.code;
        }
        if (x instanceof PyCode c) {
            return c;
        }
        throw PyErr.typeError("don't know how to disassemble " + (x == null ? "None" : x.type().name())
                + " objects");
    }
}
