package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.ExceptionGroups;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyExceptionGroup;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;

/** The methods and attributes of {@code BaseExceptionGroup}. */
final class ExceptionGroupBuiltins {
    private ExceptionGroupBuiltins() {}

    static void install() {
        PyType t = PyExc.BaseExceptionGroup;
        t.factory = ExceptionGroups::make;
        PyExc.ExceptionGroup.factory = ExceptionGroups::make;
        Reg.getter(t, "message", x -> ((PyExceptionGroup) x).message);
        Reg.getter(t, "exceptions", x -> ((PyExceptionGroup) x).exceptions);
        Reg.method(t, "__str__", 0, 0, (a, k) -> PyStr.of(ExceptionGroups.str((PyExceptionGroup) a[0])));
        Reg.method(t, "derive", 1, 1, (a, k) -> ExceptionGroups.make(PyExc.BaseExceptionGroup,
                new PyObject[] {((PyExceptionGroup) a[0]).message, a[1]}, null));
        Reg.method(t, "split", 1, 1, (a, k) -> {
            ExceptionGroups.Split s = ExceptionGroups.split((PyBaseException) a[0],
                    ExceptionGroups.condition(a[1]), true);
            return PyTuple.of(orNone(s.match()), orNone(s.rest()));
        });
        Reg.method(t, "subgroup", 1, 1, (a, k) -> orNone(ExceptionGroups.split((PyBaseException) a[0],
                ExceptionGroups.condition(a[1]), false).match()));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }
}
