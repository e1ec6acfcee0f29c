package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;
import java.util.Map;

/** A function defined in Python: a code object with its globals, defaults and closure. */
public final class PyFunction extends PyObject {
    /** Assignable, as {@code __code__} is in Python; the tiers' guards compare it on every call they specialize. */
    public PyCode code;
    public final PyDict globals;
    public String name;
    public String qualname;
    public PyObject module;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public PyTuple closure;
    public PyObject annotations;
    public PyObject doc = PyNone.INSTANCE;
    /** {@code __type_params__}: the type parameters of {@code def f[T](...)}, else empty. */
    public PyTuple typeParams = PyTuple.EMPTY;
    private Map<String, PyObject> dict;

    public PyFunction(PyCode code, PyDict globals) {
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.INSTANCE : m;
        // CPython 3.13: a function's first constant is its docstring (None when it has none).
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr
                && (code.flags & PyCode.CO_OPTIMIZED) != 0) {
            this.doc = code.consts[0];
        }
    }

    /**
     * {@code SET_FUNCTION_ATTRIBUTE flag}: stores {@code value} as the attribute the flag names (1 defaults,
     * 2 keyword defaults, 4 annotations, 8 closure), for tier 1 and tier 2 alike.
     */
    public void setAttribute(int flag, PyObject value) {
        switch (flag) {
            case 1 -> defaults = (PyTuple) value;
            case 2 -> kwdefaults = (PyDict) value;
            case 4 -> annotations = value;
            case 8 -> closure = (PyTuple) value;
            default -> { }
        }
    }

    /** True when a call with exactly {@code n} positional arguments can fill the locals directly. */
    public boolean isSimple(int n) {
        return n == code.argcount && (code.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0
                && code.kwonlyargcount == 0;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null) {
            dict = new AttrMap(new PyDict());
        }
        return dict;
    }

    @Override
    public PyType type() {
        return PyTypes.FUNCTION;
    }
}
