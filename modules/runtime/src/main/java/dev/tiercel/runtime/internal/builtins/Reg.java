package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors.GetSet;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import java.util.function.Function;

/** Helpers to install Java methods into builtin types. */
final class Reg {
    private Reg() {}

    /**
     * A method taking {@code self} plus between min and max positional arguments, no keywords: CPython's
     * {@code METH_NOARGS} when it takes none, {@code METH_O} when exactly one, else {@code METH_FASTCALL}.
     */
    static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Body body) {
        int flags = min == max && max <= 1 ? (max == 0 ? PyBuiltinFunction.METH_NOARGS : PyBuiltinFunction.METH_O)
                : PyBuiltinFunction.METH_FASTCALL;
        t.dict.put(name, new PyBuiltinFunction(name, (a, k) -> {
            Args.check(t.name() + "." + name, a, k, min + 1, max + 1);
            return body.call(a, k);
        }, true, t.name(), flags, flags == PyBuiltinFunction.METH_FASTCALL ? null : body, null));
    }

    /** A method that checks its own arguments (keywords allowed). */
    static void methodKw(PyType t, String name, PyBuiltinFunction.Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, body, true, t.name()));
    }

    static void getter(PyType t, String name, Function<PyObject, PyObject> get) {
        t.dict.put(name, new GetSet(name, get, null));
    }
}
