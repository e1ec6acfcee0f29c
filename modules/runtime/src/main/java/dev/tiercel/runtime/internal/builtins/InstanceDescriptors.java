package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.PyDescriptors.GetSet;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Map;
import java.util.Set;

/**
 * The {@code __dict__} and {@code __weakref__} descriptors a class statement adds to the namespace of the first
 * class along an MRO whose instances get a dict or weak-reference support, as CPython's {@code type_new} does.
 */
final class InstanceDescriptors {
    private InstanceDescriptors() {}

    /** Builtin bases whose instances already have a {@code __dict__}. */
    private static final Set<PyType> NATIVE_DICT = Set.of(PyTypes.TYPE, PyTypes.FUNCTION, PyTypes.MODULE);
    /**
     * Builtin bases whose instances already take weak references, or cannot (variable-size objects in CPython:
     * their subclasses get no {@code __weakref__}).
     */
    private static final Set<PyType> NATIVE_WEAK = Set.of(PyTypes.TYPE, PyTypes.FUNCTION, PyTypes.SET,
            PyTypes.FROZENSET, PyTypes.INT, PyTypes.BYTES, PyTypes.TUPLE);

    static void add(PyType t, boolean dict, boolean weak) {
        boolean baseDict = false, baseWeak = false;
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyType c = mro[i];
            baseDict |= c.dict.containsKey("__dict__") || NATIVE_DICT.contains(c)
                    || (c.instancesHaveDict && !c.heap);
            baseWeak |= c.dict.containsKey("__weakref__") || NATIVE_WEAK.contains(c);
        }
        if (dict && !baseDict) {
            t.dict.put("__dict__", new GetSet("__dict__", InstanceDescriptors::getDict,
                    InstanceDescriptors::setDict, t));
        }
        if (weak && !baseWeak) {
            t.dict.put("__weakref__", new GetSet("__weakref__", o -> PyNone.INSTANCE, null, t));
        }
    }

    private static PyObject getDict(PyObject o) {
        Map<String, PyObject> d = o.instanceDict();
        if (d == null) {
            throw PyErr.attributeError("'" + o.type().name() + "' object has no attribute '__dict__'");
        }
        return DictBuiltins.fromMap(d);
    }

    private static void setDict(PyObject o, PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name() + "'");
        }
        if (o instanceof PyInstance pi) {
            pi.replaceDict(d);
            return;
        }
        Map<String, PyObject> own = o.instanceDict();
        PyDict copy = d.copy();
        own.clear();
        own.putAll(new dev.tiercel.runtime.object.AttrMap(copy));
    }
}
