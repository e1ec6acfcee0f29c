package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors.ClassMethod;
import dev.tiercel.runtime.object.PyDescriptors.GetSet;
import dev.tiercel.runtime.object.PyDescriptors.Member;
import dev.tiercel.runtime.object.PyDescriptors.Property;
import dev.tiercel.runtime.object.PyDescriptors.StaticMethod;
import dev.tiercel.runtime.object.PyDescriptors.Super;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Map;

/** Generic attribute access (CPython's {@code PyObject_GenericGetAttr}), for instances, types, modules and super. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static boolean isDataDescriptor(PyObject d) {
        return d instanceof Property || d instanceof Member || d instanceof GetSet
                || (d instanceof PyInstance && (d.type().lookup("__set__") != null
                    || d.type().lookup("__delete__") != null));
    }

    /** A {@code __getattribute__}/{@code __delattr__} defined by a class, not object's; null otherwise. */
    private static PyObject overridden(PyObject o, String hook) {
        PyType t = o.type();
        if (!t.heap || o instanceof PyType || o instanceof PyModule || o instanceof Super) {
            return null;
        }
        PyObject m = t.lookup(hook);
        return m == null || m == PyTypes.OBJECT.dict.get(hook) ? null : m;
    }

    /** Binds a class attribute found on {@code type} for access through {@code obj} (null for class access). */
    static PyObject bind(PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyFunction) {
            return obj == null ? descr : new PyMethod(descr, obj);
        }
        if (descr instanceof PyBuiltinFunction b && b.isMethod) {
            return obj == null ? descr : new PyMethod(descr, obj);
        }
        if (descr instanceof StaticMethod sm) {
            return sm.func;
        }
        if (descr instanceof ClassMethod cm) {
            return new PyMethod(cm.func, type);
        }
        if (descr instanceof Property p) {
            if (obj == null) {
                return descr;
            }
            if (p.fget == PyNone.INSTANCE) {
                throw PyErr.attributeError("property of '" + type.name() + "' object has no getter");
            }
            return Ops.call(p.fget, obj);
        }
        if (descr instanceof Member m) {
            if (obj == null) {
                return descr;
            }
            PyObject v = obj instanceof PyInstance pi ? pi.slots[m.index]
                    : obj.instanceDict() != null ? obj.instanceDict().get(m.name) : null;
            if (v == null) {
                throw PyErr.attributeError("'" + type.name() + "' object has no attribute '" + m.name + "'");
            }
            return v;
        }
        if (descr instanceof GetSet g) {
            return obj == null ? descr : g.getter.apply(obj);
        }
        if (descr instanceof PyInstance || descr.type().extension) {
            PyObject get = descr.type().lookup("__get__");
            if (get != null) {
                return Ops.callMethod(get, descr, obj == null ? PyNone.INSTANCE : obj, type);
            }
        }
        return descr;
    }

    public static PyObject getattr(PyObject o, String name) {
        PyObject hook = overridden(o, "__getattribute__");
        if (hook != null) {
            try {
                return Ops.callMethod(hook, o, PyStr.of(name));
            } catch (dev.tiercel.runtime.object.PyException e) {
                PyObject ga = e.value.isInstance(PyExc.AttributeError) ? o.type().lookup("__getattr__") : null;
                if (ga == null) {
                    throw e;
                }
                return Ops.callMethod(ga, o, PyStr.of(name));
            }
        }
        PyObject r;
        try {
            r = getattrOrNull(o, name);
        } catch (dev.tiercel.runtime.object.PyException e) {
            // a descriptor (a property's getter) raising AttributeError also falls back to __getattr__
            PyObject ga = e.value.isInstance(PyExc.AttributeError) && o instanceof PyInstance
                    ? o.type().lookup("__getattr__") : null;
            if (ga == null) {
                throw e;
            }
            return Ops.callMethod(ga, o, PyStr.of(name));
        }
        if (r != null) {
            return r;
        }
        if (o instanceof PyInstance) {
            PyObject ga = o.type().lookup("__getattr__");
            if (ga != null) {
                return Ops.callMethod(ga, o, PyStr.of(name));
            }
        }
        throw noAttribute(o, name);
    }

    /** {@code object.__getattribute__}: descriptors and the instance dict, no {@code __getattr__}. */
    public static PyObject genericGetattr(PyObject o, String name) {
        PyObject r = getattrOrNull(o, name);
        if (r == null) {
            throw noAttribute(o, name);
        }
        return r;
    }

    static RuntimeException noAttribute(PyObject o, String name) {
        String msg;
        if (o instanceof PyModule m) {
            msg = "module '" + m.name() + "' has no attribute '" + name + "'";
        } else if (o instanceof PyType t) {
            msg = "type object '" + t.name() + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + o.type().name() + "' object has no attribute '" + name + "'";
        }
        return PyErr.attributeError(msg);
    }

    private static PyObject getattrOrNull(PyObject o, String name) {
        if (o instanceof PyType t) {
            return typeGetattr(t, name);
        }
        if (o instanceof PyModule m) {
            PyObject v = m.dict().getStr(name);
            if (v != null) {
                return v;
            }
            if (name.equals("__dict__")) {
                return m.dict();
            }
            PyObject ga = m.dict().getStr("__getattr__");
            if (ga != null) {
                return Ops.call(ga, PyStr.of(name));
            }
            return null;
        }
        if (o instanceof Super s) {
            return superGetattr(s, name);
        }
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            return bind(descr, o, t);
        }
        Map<String, PyObject> d = o.instanceDict();
        if (d != null) {
            PyObject v = d.get(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return bind(descr, o, t);
        }
        if (name.equals("__class__")) {
            return t;
        }
        if (name.equals("__dict__") && d != null) {
            return DictBuiltins.fromMap(d);
        }
        return null;
    }

    private static PyObject typeGetattr(PyType t, String name) {
        PyType meta = t.type();
        PyObject metaDescr = meta.lookup(name);
        if (metaDescr != null && isDataDescriptor(metaDescr)) {
            return bind(metaDescr, t, meta);
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            if (v instanceof ClassMethod cm) {
                return new PyMethod(cm.func, t);
            }
            if (v instanceof StaticMethod sm) {
                return sm.func;
            }
            if (v instanceof PyInstance && v.type().lookup("__get__") != null) {
                return bind(v, null, t);
            }
            return v;
        }
        if (metaDescr != null) {
            return bind(metaDescr, t, meta);
        }
        return null;
    }

    private static PyObject superGetattr(Super s, String name) {
        PyObject v = superFind(s.thisType, s.objType, name);
        if (v != null) {
            return superBind(v, s.obj, s.objType);
        }
        if (name.equals("__class__")) {
            return s.type();
        }
        return null;
    }

    /** The first class-dict value for {@code name} after {@code thisType} in {@code objType}'s MRO, or null. */
    private static PyObject superFind(PyType thisType, PyType objType, String name) {
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static PyObject superBind(PyObject v, PyObject obj, PyType objType) {
        if (v instanceof ClassMethod cm) {
            return new PyMethod(cm.func, objType);
        }
        return bind(v, obj == objType ? null : obj, objType);
    }

    /** {@code super(thisType, obj)}'s object type, or null when obj is neither an instance nor a subclass. */
    private static PyType superObjType(PyType thisType, PyObject obj) {
        PyType t = obj instanceof PyType ot && ot.isSubtypeOf(thisType) ? ot : obj.type();
        return t.isSubtypeOf(thisType) ? t : null;
    }

    /**
     * {@code super(thisType, obj).name} without making the super object (LOAD_SUPER_ATTR_ATTR), or null when
     * the attribute is not found or {@code obj} does not fit (the generic path then raises CPython's error).
     */
    public static PyObject superAttr(PyType thisType, PyObject obj, String name) {
        PyType objType = superObjType(thisType, obj);
        PyObject v = objType == null ? null : superFind(thisType, objType, name);
        return v == null ? null : superBind(v, obj, objType);
    }

    /**
     * LOAD_SUPER_ATTR_METHOD: the plain function {@code super(thisType, obj).name} binds to the instance
     * {@code obj}, returned unbound so that the call passes obj; null when it is anything else.
     */
    public static PyObject superMethod(PyType thisType, PyObject obj, String name) {
        if (obj instanceof PyType) {
            return null;
        }
        PyType objType = superObjType(thisType, obj);
        PyObject v = objType == null ? null : superFind(thisType, objType, name);
        return v instanceof PyFunction ? v : null;
    }

    public static PyObject lookupMethod(PyObject o, String name) {
        if (o instanceof PyType || o instanceof PyModule || o instanceof Super
                || overridden(o, "__getattribute__") != null) {
            return null;
        }
        PyObject descr = o.type().lookup(name);
        if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction b && b.isMethod)) {
            Map<String, PyObject> d = o.instanceDict();
            if (d != null && d.containsKey(name)) {
                return null;
            }
            return descr;
        }
        return null;
    }

    /** A {@code __setattr__}/{@code __delattr__} a metaclass written in Python defines for its classes, or null. */
    private static PyObject metaHook(PyType t, String hook) {
        PyType meta = t.type();
        if (!meta.heap) {
            return null;
        }
        PyObject m = meta.lookup(hook);
        return m instanceof PyBuiltinFunction ? null : m;
    }

    public static void setattr(PyObject o, String name, PyObject v) {
        if (o instanceof PyType t) {
            PyObject hook = metaHook(t, "__setattr__");
            if (hook != null) {
                Ops.callMethod(hook, t, PyStr.of(name), v);
                return;
            }
            typeSetattr(t, name, v);
            return;
        }
        if (o instanceof PyModule m) {
            m.dict().putStr(name, v);
            return;
        }
        PyObject hook = overridden(o, "__setattr__");
        if (hook != null) {
            Ops.callMethod(hook, o, PyStr.of(name), v);
            return;
        }
        genericSetattr(o, name, v);
    }

    /** {@code type.__setattr__}: a metaclass's data descriptor, else the class namespace. */
    private static void typeSetattr(PyType t, String name, PyObject v) {
        {
            if (!t.heap) {
                throw PyErr.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
            }
            PyObject metaDescr = t.type().heap ? t.type().lookup(name) : null;
            if (metaDescr != null && isDataDescriptor(metaDescr)) {
                if (setThroughDescriptor(metaDescr, t, name, v)) {
                    return;
                }
            }
            t.define(name, v);
        }
    }

    /** Stores through a data descriptor; false when {@code descr} cannot store. */
    private static boolean setThroughDescriptor(PyObject descr, PyObject o, String name, PyObject v) {
        PyType t = o.type();
        if (descr instanceof Member m) {
            if (o instanceof PyInstance pi) {
                pi.slots[m.index] = v;
            } else if (o.instanceDict() != null) {
                o.instanceDict().put(m.name, v);
            }
            return true;
        }
        if (descr instanceof Property p) {
            if (p.fset == PyNone.INSTANCE) {
                throw PyErr.attributeError("property '" + name + "' of '" + t.name() + "' object has no setter");
            }
            Ops.call(p.fset, o, v);
            return true;
        }
        if (descr instanceof GetSet g && g.setter != null) { // without one, the instance's __dict__ takes the value
            g.setter.accept(o, v);
            return true;
        }
        if (descr instanceof PyInstance) {
            PyObject set = descr.type().lookup("__set__");
            if (set == null) {
                throw PyErr.attributeError("__set__");
            }
            Ops.callMethod(set, descr, o, v);
            return true;
        }
        return false;
    }

    /** {@code object.__setattr__}: data descriptors first, then the instance dict. */
    public static void genericSetattr(PyObject o, String name, PyObject v) {
        if (o instanceof PyType t) {
            typeSetattr(t, name, v); // type.__setattr__(cls, ...) goes to the class namespace
            return;
        }
        if (o instanceof PyModule) {
            setattr(o, name, v);
            return;
        }
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        // a class attribute that is not a data descriptor (a plain object) is shadowed by the instance's own
        if (descr != null && isDataDescriptor(descr) && setThroughDescriptor(descr, o, name, v)) {
            return;
        }
        Map<String, PyObject> d = o.instanceDict();
        if (d == null && descr != null && o instanceof PyInstance) {
            throw PyErr.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only");
        }
        if (d == null) {
            throw PyErr.attributeError("'" + t.name() + "' object has no attribute '" + name
                    + "' and no __dict__ for setting new attributes");
        }
        d.put(name, v);
    }

    public static void delattr(PyObject o, String name) {
        PyObject hook = o instanceof PyType t ? metaHook(t, "__delattr__") : overridden(o, "__delattr__");
        if (hook != null) {
            Ops.callMethod(hook, o, PyStr.of(name));
            return;
        }
        genericDelattr(o, name);
    }

    /** {@code object.__delattr__}: data descriptors (slots, properties, __delete__), then the instance dict. */
    public static void genericDelattr(PyObject o, String name) {
        if (o instanceof PyType t && t.heap) {
            if (t.dict.remove(name) == null) {
                throw PyErr.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
            }
            t.version++;
            PyType.epoch++;
            return;
        }
        PyObject descr = o.type().lookup(name);
        if (descr instanceof Member m && o instanceof PyInstance inst) {
            if (inst.slots[m.index] == null) {
                throw PyErr.attributeError(name);
            }
            inst.slots[m.index] = null;
            return;
        }
        if (descr instanceof Property p && !(o instanceof PyType)) {
            if (p.fdel == PyNone.INSTANCE) {
                throw PyErr.attributeError("property '" + name + "' of '" + o.type().name()
                        + "' object has no deleter");
            }
            Ops.call(p.fdel, o);
            return;
        }
        if (descr instanceof GetSet g && g.deleter != null && !(o instanceof PyType)) {
            g.deleter.accept(o);
            return;
        }
        if (descr instanceof PyInstance && !(o instanceof PyType) && descr.type().lookup("__delete__") != null) {
            Ops.callMethod(descr.type().lookup("__delete__"), descr, o);
            return;
        }
        Map<String, PyObject> d = o instanceof PyModule m ? null : o.instanceDict();
        if (o instanceof PyModule m) {
            if (m.dict().remove(PyStr.of(name)) == null) {
                throw PyErr.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
            }
            return;
        }
        if (d == null || d.remove(name) == null) {
            throw PyErr.attributeError("'" + o.type().name() + "' object has no attribute '" + name + "'");
        }
    }

    static RuntimeException attrError(String msg) {
        return PyErr.of(PyExc.AttributeError, msg);
    }
}
