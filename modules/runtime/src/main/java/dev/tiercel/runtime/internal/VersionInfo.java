package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;

/** Makes a sys namespace object behave like CPython's version_info struct sequence (index, compare, repr). */
final class VersionInfo {
    private VersionInfo() {}

    private static final String[] FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};

    static PyTuple asTuple(PyObject o) {
        PyObject[] items = new PyObject[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            items[i] = o.instanceDict().get(FIELDS[i]);
        }
        return PyTuple.wrap(items);
    }

    static void install(PyObject vi) {
        PyType t = vi.type();
        t.dict.put("__getitem__", new PyBuiltinFunction("__getitem__",
                (a, k) -> Ops.getitem(asTuple(a[0]), a[1]), true, "version_info"));
        t.dict.put("__len__", new PyBuiltinFunction("__len__", (a, k) -> PyInt.of(FIELDS.length), true,
                "version_info"));
        t.dict.put("__iter__", new PyBuiltinFunction("__iter__", (a, k) -> Ops.iter(asTuple(a[0])), true,
                "version_info"));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            t.dict.put(cmp[i], new PyBuiltinFunction(cmp[i], (a, k) -> Ops.richCompare(asTuple(a[0]),
                    a[1] instanceof PyTuple ? a[1] : asTuple(a[1]), op), true, "version_info"));
        }
        t.dict.put("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> {
            StringBuilder sb = new StringBuilder("sys." + t.name() + "(");
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(FIELDS[i]).append('=').append(Ops.repr(a[0].instanceDict().get(FIELDS[i])));
            }
            return PyStr.of(sb.append(')').toString());
        }, true, "version_info"));
        t.dict.put("__hash__", new PyBuiltinFunction("__hash__", (a, k) -> PyInt.of(Ops.hash(asTuple(a[0]))), true,
                "version_info"));
    }
}
