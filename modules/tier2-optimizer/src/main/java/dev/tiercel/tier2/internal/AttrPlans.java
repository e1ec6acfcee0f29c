package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.tier2.trace.Specialized.ModuleVersion;
import dev.tiercel.tier2.trace.Specialized.TypeVersion;
import dev.tiercel.tier2.trace.Uop;
import java.util.Map;

/**
 * Which specialized form an attribute access takes, decided as tier 1's specializer decides it, from the value the
 * owner has when projecting: instance dict values, slots, module attributes, methods found on the type. The form's
 * guards (type and class-namespace epoch, module dict version) make the trace exit when that no longer holds.
 */
final class AttrPlans {
    private AttrPlans() {}

    private static boolean plainGetattribute(PyType t) {
        return t.lookup("__getattribute__") == PyTypes.OBJECT.dict.get("__getattribute__");
    }

    /** The builtin type whose instances have Java class {@code c} and no attribute dict, or null. */
    private static PyType builtinType(Object c) {
        if (c == dev.tiercel.runtime.object.PyStr.class) {
            return PyTypes.STR;
        }
        if (c == dev.tiercel.runtime.object.PyList.class) {
            return PyTypes.LIST;
        }
        if (c == dev.tiercel.runtime.object.PyDict.class) {
            return PyTypes.DICT;
        }
        return c == dev.tiercel.runtime.object.PyTuple.class ? PyTypes.TUPLE : null;
    }

    /** The LOAD_ATTR form for {@code owner} (a predicted value), its uops' operands put in {@code operands}. */
    static String load(Object owner, String name, boolean method, Map<Uop, Object> operands) {
        PyType builtin = builtinType(owner);
        if (builtin != null && method) {
            // only the class is predicted (a str made in the loop, say): its methods are the builtin type's
            PyObject descr = builtin.lookup(name);
            if (descr instanceof PyBuiltinFunction b && b.isMethod && plainGetattribute(builtin)) {
                operands.put(Uop._GUARD_TYPE_VERSION, new TypeVersion(builtin, PyType.epoch));
                operands.put(Uop._LOAD_ATTR_METHOD_NO_DICT, descr);
                return "LOAD_ATTR_METHOD_NO_DICT";
            }
            return "LOAD_ATTR";
        }
        if (owner instanceof PyModule m) {
            int i = m.dict().indexOfStr(name);
            if (i < 0) {
                return "LOAD_ATTR";
            }
            operands.put(Uop._CHECK_ATTR_MODULE, new ModuleVersion(m, m.dict().version));
            operands.put(Uop._LOAD_ATTR_MODULE, i);
            return "LOAD_ATTR_MODULE";
        }
        if (!(owner instanceof PyObject o) || o instanceof PyType || o instanceof PyInstance && o.getClass() != PyInstance.class) {
            return "LOAD_ATTR";
        }
        PyType t = o.type();
        if (!plainGetattribute(t)) {
            return "LOAD_ATTR";
        }
        PyObject descr = t.lookup(name);
        Map<String, PyObject> dict = o.instanceDict();
        TypeVersion version = new TypeVersion(t, PyType.epoch);
        if (method) {
            if (Ops.lookupMethod(o, name) != descr || descr == null) {
                return "LOAD_ATTR";
            }
            boolean fn = descr instanceof PyFunction || descr instanceof PyBuiltinFunction b && b.isMethod;
            if (!fn) {
                return "LOAD_ATTR";
            }
            operands.put(Uop._GUARD_TYPE_VERSION, version);
            if (dict != null) {
                if (!(o instanceof PyInstance)) {
                    return "LOAD_ATTR";
                }
                operands.put(Uop._LOAD_ATTR_METHOD_WITH_VALUES, descr);
                return "LOAD_ATTR_METHOD_WITH_VALUES";
            }
            if (o instanceof PyInstance ? t.instancesHaveDict : t.heap) {
                return "LOAD_ATTR"; // a dict may appear later: the dict-less form would not see it
            }
            operands.put(Uop._LOAD_ATTR_METHOD_NO_DICT, descr);
            return "LOAD_ATTR_METHOD_NO_DICT";
        }
        if (!(o instanceof PyInstance inst)) {
            return "LOAD_ATTR";
        }
        if (descr instanceof PyDescriptors.Member mem && inst.slots != null) {
            operands.put(Uop._GUARD_TYPE_VERSION, version);
            operands.put(Uop._LOAD_ATTR_SLOT, mem.index);
            return "LOAD_ATTR_SLOT";
        }
        if (descr == null && dict != null && dict.containsKey(name) && t.lookup("__getattr__") == null) {
            operands.put(Uop._GUARD_TYPE_VERSION, version);
            return "LOAD_ATTR_INSTANCE_VALUE";
        }
        return "LOAD_ATTR";
    }

    /** The STORE_ATTR form for {@code owner}. */
    static String store(Object owner, String name, Map<Uop, Object> operands) {
        if (!(owner instanceof PyInstance inst) || inst.getClass() != PyInstance.class) {
            return "STORE_ATTR";
        }
        PyType t = inst.type();
        if (t.lookup("__setattr__") != PyTypes.OBJECT.dict.get("__setattr__")) {
            return "STORE_ATTR";
        }
        PyObject descr = t.lookup(name);
        TypeVersion version = new TypeVersion(t, PyType.epoch);
        if (descr instanceof PyDescriptors.Member mem && inst.slots != null) {
            operands.put(Uop._GUARD_TYPE_VERSION, version);
            operands.put(Uop._STORE_ATTR_SLOT, mem.index);
            return "STORE_ATTR_SLOT";
        }
        if (descr == null && inst.instanceDict() != null) {
            operands.put(Uop._GUARD_TYPE_VERSION, version);
            return "STORE_ATTR_INSTANCE_VALUE";
        }
        return "STORE_ATTR";
    }

    /**
     * What the access pushes, predicted: {@code [attr, second]} where second is {@code self} for the method forms and
     * null otherwise. Reads only what runs no Python code.
     */
    static Object[] sample(Object owner, String name, String form) {
        switch (form) {
            case "LOAD_ATTR_MODULE" -> {
                return new Object[] {((PyModule) owner).dict().getStr(name), null};
            }
            case "LOAD_ATTR_INSTANCE_VALUE" -> {
                return new Object[] {((PyObject) owner).instanceDict().get(name), null};
            }
            case "LOAD_ATTR_SLOT" -> {
                PyObject o = (PyObject) owner;
                PyDescriptors.Member mem = (PyDescriptors.Member) o.type().lookup(name);
                return new Object[] {((PyInstance) o).slots[mem.index], null};
            }
            case "LOAD_ATTR_METHOD_WITH_VALUES", "LOAD_ATTR_METHOD_NO_DICT" -> {
                PyType t = owner instanceof PyObject o ? o.type() : builtinType(owner);
                return new Object[] {t.lookup(name), owner};
            }
            default -> {
                if (owner instanceof PyObject o && !(o instanceof PyType) && !(o instanceof PyModule)) {
                    PyObject m = Ops.lookupMethod(o, name);
                    if (m != null) {
                        return new Object[] {m, o};
                    }
                }
                return new Object[] {null, null};
            }
        }
    }
}
