package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRange;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Map;

/** object, type, function, generator, range, slice, descriptors and exceptions: factories and attributes. */
public final class CoreTypes {
    private CoreTypes() {}

    /** {@code f.__code__ = c}: a code object with as many free variables as the function has closure cells. */
    private static void setCode(PyObject x, PyObject v) {
        PyFunction fn = (PyFunction) x;
        if (!(v instanceof dev.tiercel.runtime.code.PyCode c)) {
            throw PyErr.typeError("__code__ must be set to a code object");
        }
        int cells = fn.closure == null ? 0 : fn.closure.size();
        int free = c.freevars().length;
        if (free != cells) {
            throw PyErr.valueError(fn.name + "() requires a code object with " + cells + " free vars, not " + free);
        }
        fn.code = c;
    }

    /** The setter of a function attribute Python does not let a program assign. */
    private static void readonly(PyObject x, PyObject v) {
        throw PyErr.attributeError("readonly attribute");
    }

    private static void attribute(PyType t, String name, java.util.function.Function<PyObject, PyObject> get,
            java.util.function.BiConsumer<PyObject, PyObject> set, java.util.function.Consumer<PyObject> delete) {
        t.dict.put(name, new PyDescriptors.GetSet(name, get, set, delete, null));
    }

    /** A function's {@code __name__} or {@code __qualname__} being set ({@code null}: deleted). */
    private static String functionString(PyObject v, String attribute) {
        if (!(v instanceof PyStr str)) {
            throw PyErr.typeError(attribute + " must be set to a string object");
        }
        return str.toString();
    }

    /** {@code f.__annotations__}: made a dict on first read (the compiler leaves a flat tuple), {} when unset. */
    private static PyObject functionAnnotations(PyObject x) {
        PyFunction fn = (PyFunction) x;
        if (fn.annotations instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.put(t.get(i), t.get(i + 1));
            }
            fn.annotations = d;
        }
        if (fn.annotations == null) {
            fn.annotations = new PyDict();
        }
        return fn.annotations;
    }

    private static void mayNotDelete(String attribute) {
        throw PyErr.typeError(attribute + " may not be deleted");
    }

    /** An exception's {@code __cause__}/{@code __context__} being set: null for None. */
    private static PyBaseException exceptionOrNull(PyObject v, String what) {
        if (v == PyNone.INSTANCE) {
            return null;
        }
        if (!(v instanceof PyBaseException e)) {
            throw PyErr.typeError("exception " + what + " must be None or derive from BaseException");
        }
        return e;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    static void installObject() {
        PyType o = PyTypes.OBJECT;
        o.factory = TypeBuiltins::newObject;
        Reg.methodKw(o, "__init__", (a, k) -> PyNone.INSTANCE);
        Reg.methodKw(o, "__new__", (a, k) -> TypeBuiltins.newObject((PyType) a[0], new PyObject[0], null));
        Reg.method(o, "__repr__", 0, 0, (a, k) -> PyStr.of("<" + (a[0].type().module.equals("builtins") ? ""
                : a[0].type().module + ".") + a[0].type().qualname + " object at " + Ops.address(a[0]) + ">"));
        Reg.method(o, "__str__", 0, 0, (a, k) -> PyStr.of(Ops.repr(a[0])));
        o.dict.put("__subclasshook__", new PyDescriptors.ClassMethod(new dev.tiercel.runtime.object.PyBuiltinFunction(
                "__subclasshook__", (a, k) -> dev.tiercel.runtime.object.PyNotImplemented.INSTANCE, false, "object")));
        // Builtin types' own __repr__, so that int.__repr__(x) or dict.__repr__(d) work on subclass instances.
        for (PyType t : new PyType[] {PyTypes.INT, PyTypes.BOOL, PyTypes.FLOAT, PyTypes.STR, PyTypes.LIST,
                PyTypes.TUPLE, PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET, PyTypes.BYTES}) {
            Reg.method(t, "__repr__", 0, 0, (a, k) -> PyStr.of(Reprs.baseRepr(a[0])));
        }
        Reg.method(o, "__eq__", 1, 1, (a, k) -> a[0] == a[1] ? PyBool.TRUE
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(o, "__ne__", 1, 1, (a, k) -> {
            PyObject r = Ops.richCompare(a[0], a[1], Ops.EQ);
            return PyBool.of(!Ops.isTrue(r));
        });
        Reg.method(o, "__hash__", 0, 0, (a, k) -> PyInt.of(Ops.identityHash(a[0])));
        Reg.method(o, "__setattr__", 2, 2, (a, k) -> {
            ObjectBuiltins.genericSetattr(a[0], Ops.asString(a[1], "attribute name"), a[2]);
            return PyNone.INSTANCE;
        });
        Reg.method(PyTypes.ITERATOR, "__length_hint__", 0, 0, (a, k) -> {
            long n = a[0] instanceof dev.tiercel.runtime.object.PyIterator it ? it.lengthHint() : -1;
            return n < 0 ? dev.tiercel.runtime.object.PyNotImplemented.INSTANCE : PyInt.of(n);
        });
        Reg.method(o, "__getattribute__", 1, 1,
                (a, k) -> ObjectBuiltins.genericGetattr(a[0], Ops.asString(a[1], "attribute name")));
        Reg.method(o, "__delattr__", 1, 1, (a, k) -> {
            ObjectBuiltins.genericDelattr(a[0], Ops.asString(a[1], "attribute name"));
            return PyNone.INSTANCE;
        });
        Reg.method(o, "__format__", 1, 1, (a, k) -> PyStr.of(StrBuiltins.builtinFormat(a[0], Ops.asString(a[1], "format"))));
        dev.tiercel.runtime.object.PyBuiltinFunction newobj = new dev.tiercel.runtime.object.PyBuiltinFunction(
                "__newobj__", (a, k) -> {
                    PyType cls = (PyType) a[0];
                    PyObject userNew = cls.lookup("__new__");
                    if (userNew instanceof PyDescriptors.StaticMethod sm
                            && sm.func instanceof dev.tiercel.runtime.object.PyFunction) {
                        return Ops.call(sm.func, a, k);
                    }
                    if (cls.factory == o.factory) {
                        return new dev.tiercel.runtime.object.PyInstance(cls);
                    }
                    return cls.factory.make(cls, java.util.Arrays.copyOfRange(a, 1, a.length), null);
                }, false, "copyreg");
        PyBuiltinFunction.Body getstate = (a, k) -> {
            PyObject self = a[0];
            java.util.Map<String, PyObject> d = self.instanceDict();
            PyObject state = d == null || d.isEmpty() ? PyNone.INSTANCE : DictBuiltins.fromMap(d).copy();
            if (self instanceof dev.tiercel.runtime.object.PyInstance pi && pi.slots != null) {
                PyDict slots = new PyDict();
                String[] names = pi.type().slots;
                for (int i = 0; i < names.length; i++) {
                    if (pi.slots[i] != null) {
                        slots.putStr(names[i], pi.slots[i]);
                    }
                }
                state = PyTuple.of(state, slots);
            }
            return state;
        };
        PyBuiltinFunction.Body reduce = (a, k) -> {
            PyObject self = a[0];
            PyObject getter = self.type().lookup("__getstate__");
            PyObject state = getter instanceof PyBuiltinFunction bf && "object".equals(bf.owner)
                    ? getstate.call(new PyObject[] {self}, null) : Ops.callMethod(getter, self);
            // Subclasses of list and dict hand their items over separately (protocol 2 and later).
            PyObject listItems = self instanceof PyList ? Ops.iter(PyList.of(((PyList) self).toArray()))
                    : PyNone.INSTANCE;
            PyObject dictItems = self instanceof PyDict d ? DictBuiltins.iterator(d.copy(), 2) : PyNone.INSTANCE;
            return PyTuple.of(newobj, PyTuple.of(self.type()), state, listItems, dictItems);
        };
        Reg.methodKw(o, "__getstate__", getstate);
        Reg.methodKw(o, "__reduce_ex__", (a, k) -> {
            // A class's own __reduce__ wins over the default protocol, as in CPython's object.__reduce_ex__.
            PyObject own = a[0].type().lookup("__reduce__");
            if (!(own instanceof PyBuiltinFunction bf && "object".equals(bf.owner))) {
                return Ops.callMethod(own, a[0]);
            }
            return reduce.call(a, k);
        });
        Reg.methodKw(o, "__reduce__", reduce);
        Reg.methodKw(o, "__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw PyErr.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.INSTANCE;
        });
        o.dict.put("__init_subclass__", new PyDescriptors.ClassMethod(o.dict.get("__init_subclass__")));
        Reg.getter(o, "__class__", PyObject::type);
        o.dict.put("__subclasshook__", new PyDescriptors.ClassMethod(new dev.tiercel.runtime.object.PyBuiltinFunction(
                "__subclasshook__", (a, k) -> dev.tiercel.runtime.object.PyNotImplemented.INSTANCE, false, "object")));
        Reg.getter(o, "__doc__", x -> PyNone.INSTANCE);
    }

    static void installType() {
        PyType t = PyTypes.TYPE;
        t.factory = (ty, a, k) -> TypeBuiltins.call(PyTypes.TYPE, a, k);
        Reg.getter(t, "__name__", x -> PyStr.of(((PyType) x).name()));
        Reg.getter(t, "__qualname__", x -> PyStr.of(((PyType) x).qualname));
        Reg.getter(t, "__module__", x -> PyStr.of(((PyType) x).module));
        Reg.getter(t, "__mro__", x -> PyTuple.of(((PyType) x).mro()));
        Reg.getter(t, "__bases__", x -> PyTuple.of(((PyType) x).bases()));
        Reg.getter(t, "__base__", x -> orNone(((PyType) x).base()));
        Reg.getter(t, "__dict__", x -> MappingProxy.of((PyType) x));
        Reg.getter(t, "__doc__", x -> orNone(((PyType) x).dict.get("__doc__")));
        Reg.method(t, "mro", 0, 0, (a, k) -> PyList.of(((PyType) a[0]).mro()));
        t.dict.put("__new__", new PyDescriptors.StaticMethod(new dev.tiercel.runtime.object.PyBuiltinFunction(
                "__new__", (a, k) -> {
                    if (a.length == 2) {
                        return a[1].type();
                    }
                    PyObject[] kwv = k == null ? new PyObject[0]
                            : java.util.Arrays.copyOfRange(a, a.length - k.length, a.length);
                    PyType c = TypeBuiltins.newClass(Ops.asString(a[1], "type.__new__() argument 1"), a[2],
                            (PyDict) a[3], kwv, k);
                    c.setMetatype((PyType) a[0]);
                    return c;
                }, false, "type")));
        Reg.methodKw(t, "__init__", (a, k) -> PyNone.INSTANCE);
        Reg.methodKw(t, "__call__", (a, k) -> TypeBuiltins.create((PyType) a[0],
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Reg.method(t, "__subclasses__", 0, 0,
                (a, k) -> PyList.of(((PyType) a[0]).subclasses().toArray(new PyObject[0])));
        Reg.method(t, "__instancecheck__", 1, 1, (a, k) -> PyBool.of(Ops.isinstance(a[1], a[0])));
        Reg.method(t, "__subclasscheck__", 1, 1, (a, k) -> PyBool.of(((PyType) a[1]).isSubtypeOf((PyType) a[0])));
    }

    static void installFunction() {
        Reg.getter(PyTypes.CELL, "cell_contents", x -> {
            PyObject v = ((dev.tiercel.runtime.object.PyCell) x).value;
            if (v == null) {
                throw PyErr.valueError("Cell is empty");
            }
            return v;
        });
        PyType f = PyTypes.FUNCTION;
        attribute(f, "__name__", x -> PyStr.of(((PyFunction) x).name),
                (x, v) -> ((PyFunction) x).name = functionString(v, "__name__"),
                x -> functionString(null, "__name__"));
        attribute(f, "__qualname__", x -> PyStr.of(((PyFunction) x).qualname),
                (x, v) -> ((PyFunction) x).qualname = functionString(v, "__qualname__"),
                x -> functionString(null, "__qualname__"));
        attribute(f, "__doc__", x -> orNone(((PyFunction) x).doc), (x, v) -> ((PyFunction) x).doc = v,
                x -> ((PyFunction) x).doc = PyNone.INSTANCE);
        attribute(f, "__module__", x -> orNone(((PyFunction) x).module), (x, v) -> ((PyFunction) x).module = v,
                x -> ((PyFunction) x).module = PyNone.INSTANCE);
        attribute(f, "__defaults__", x -> orNone(((PyFunction) x).defaults), (x, v) -> {
            if (v != PyNone.INSTANCE && !(v instanceof PyTuple)) {
                throw PyErr.typeError("__defaults__ must be set to a tuple object");
            }
            ((PyFunction) x).defaults = v == PyNone.INSTANCE ? null : (PyTuple) v;
        }, x -> ((PyFunction) x).defaults = null);
        attribute(f, "__code__", x -> ((PyFunction) x).code, CoreTypes::setCode, x -> setCode(x, null));
        attribute(f, "__globals__", x -> ((PyFunction) x).globals, CoreTypes::readonly, x -> readonly(x, null));
        attribute(f, "__closure__", x -> orNone(((PyFunction) x).closure), CoreTypes::readonly,
                x -> readonly(x, null));
        attribute(f, "__builtins__", x -> dev.tiercel.runtime.object.Py.builtinsDict(), // what its frames use
                CoreTypes::readonly, x -> readonly(x, null));
        attribute(f, "__kwdefaults__", x -> orNone(((PyFunction) x).kwdefaults), (x, v) -> {
            if (v != PyNone.INSTANCE && !(v instanceof PyDict)) {
                throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
            }
            ((PyFunction) x).kwdefaults = v == PyNone.INSTANCE ? null : (PyDict) v;
        }, x -> ((PyFunction) x).kwdefaults = null);
        attribute(f, "__annotations__", CoreTypes::functionAnnotations, (x, v) -> {
            if (v != PyNone.INSTANCE && !(v instanceof PyDict)) {
                throw PyErr.typeError("__annotations__ must be set to a dict object");
            }
            ((PyFunction) x).annotations = v == PyNone.INSTANCE ? null : v;
        }, x -> ((PyFunction) x).annotations = null);
        attribute(f, "__type_params__", x -> ((PyFunction) x).typeParams, (x, v) -> {
            if (!(v instanceof PyTuple t)) {
                throw PyErr.typeError("__type_params__ must be set to a tuple");
            }
            ((PyFunction) x).typeParams = t;
        }, x -> {
            throw PyErr.typeError("__type_params__ must be set to a tuple");
        });
        // no setter: assigning a new __dict__ is not supported (the value lands in the instance dict under that
        // name); deleting it is CPython's error
        attribute(f, "__dict__", x -> DictBuiltins.fromMap(x.instanceDict()), null, x -> {
            throw PyErr.typeError("cannot delete __dict__");
        });
        Reg.method(f, "__get__", 1, 2, (a, k) -> a[1] == PyNone.INSTANCE ? a[0]
                : new dev.tiercel.runtime.object.PyMethod(a[0], a[1]));
        PyType m = PyTypes.METHOD;
        m.factory = (t, a, k) -> {
            if (k != null && k.length > 0) {
                throw PyErr.typeError("method() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw PyErr.typeError("method expected 2 arguments, got " + a.length);
            }
            if (!BuiltinsModule.callable(a[0])) {
                throw PyErr.typeError("first argument must be callable");
            }
            if (a[1] == PyNone.INSTANCE) {
                throw PyErr.typeError("instance must not be None");
            }
            return new dev.tiercel.runtime.object.PyMethod(a[0], a[1]);
        };
        // Bound methods are equal when bound to the same object (identity, as since 3.8) with equal functions.
        Reg.method(m, "__eq__", 1, 1, (a, k) -> a[1] instanceof dev.tiercel.runtime.object.PyMethod o
                ? PyBool.of(((dev.tiercel.runtime.object.PyMethod) a[0]).self == o.self
                        && Ops.eq(((dev.tiercel.runtime.object.PyMethod) a[0]).func, o.func))
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(m, "__ne__", 1, 1, (a, k) -> a[1] instanceof dev.tiercel.runtime.object.PyMethod o
                ? PyBool.of(!(((dev.tiercel.runtime.object.PyMethod) a[0]).self == o.self
                        && Ops.eq(((dev.tiercel.runtime.object.PyMethod) a[0]).func, o.func)))
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(m, "__hash__", 0, 0, (a, k) -> {
            dev.tiercel.runtime.object.PyMethod bm = (dev.tiercel.runtime.object.PyMethod) a[0];
            long h = Ops.identityHash(bm.self) ^ Ops.hash(bm.func);
            return PyInt.of(h == -1 ? -2 : h);
        });
        Reg.getter(m, "__self__", x -> ((dev.tiercel.runtime.object.PyMethod) x).self);
        Reg.getter(m, "__func__", x -> ((dev.tiercel.runtime.object.PyMethod) x).func);
        Reg.getter(m, "__doc__", x -> Ops.getattr(((dev.tiercel.runtime.object.PyMethod) x).func, "__doc__"));
        Reg.getter(m, "__name__", x -> Ops.getattr(((dev.tiercel.runtime.object.PyMethod) x).func, "__name__"));
        Reg.getter(m, "__qualname__", x -> Ops.getattr(((dev.tiercel.runtime.object.PyMethod) x).func,
                "__qualname__"));
        Reg.getter(PyTypes.BUILTIN_FUNCTION, "__name__",
                x -> PyStr.of(((dev.tiercel.runtime.object.PyBuiltinFunction) x).name));
        Reg.getter(PyTypes.BUILTIN_FUNCTION, "__qualname__",
                x -> PyStr.of(((dev.tiercel.runtime.object.PyBuiltinFunction) x).name));
        // a module function's module; None for methods (CPython's method descriptors have no __module__ at all)
        Reg.getter(PyTypes.BUILTIN_FUNCTION, "__module__", x -> {
            dev.tiercel.runtime.object.PyModule mod = ((dev.tiercel.runtime.object.PyBuiltinFunction) x).module();
            return mod == null ? dev.tiercel.runtime.object.PyNone.INSTANCE : PyStr.of(mod.name());
        });
        Reg.getter(PyTypes.BUILTIN_FUNCTION, "__self__", x -> {
            dev.tiercel.runtime.object.PyModule mod = ((dev.tiercel.runtime.object.PyBuiltinFunction) x).module();
            return mod == null ? dev.tiercel.runtime.object.PyNone.INSTANCE : mod;
        });
        Reg.getter(m, "__module__", x -> Ops.getattr(((dev.tiercel.runtime.object.PyMethod) x).func, "__module__"));
        Reg.getter(PyTypes.MODULE, "__name__", x -> PyStr.of(((dev.tiercel.runtime.object.PyModule) x).name()));
    }

    static void installCode() {
        PyType c = PyTypes.CODE;
        Reg.getter(c, "co_argcount", x -> PyInt.of(((PyCode) x).argcount));
        Reg.getter(c, "co_posonlyargcount", x -> PyInt.of(((PyCode) x).posonlyargcount));
        Reg.getter(c, "co_kwonlyargcount", x -> PyInt.of(((PyCode) x).kwonlyargcount));
        Reg.getter(c, "co_stacksize", x -> PyInt.of(((PyCode) x).stacksize));
        Reg.getter(c, "co_flags", x -> PyInt.of(((PyCode) x).flags));
        Reg.getter(c, "co_nlocals", x -> PyInt.of(((PyCode) x).varnames().length));
        Reg.getter(c, "co_name", x -> PyStr.of(((PyCode) x).name));
        Reg.getter(c, "co_qualname", x -> PyStr.of(((PyCode) x).qualname));
        Reg.getter(c, "co_filename", x -> PyStr.of(((PyCode) x).filename));
        Reg.getter(c, "co_firstlineno", x -> PyInt.of(((PyCode) x).firstlineno));
        Reg.getter(c, "co_consts", x -> PyTuple.of(((PyCode) x).consts));
        Reg.getter(c, "co_names", x -> strs(((PyCode) x).names));
        Reg.getter(c, "co_varnames", x -> strs(((PyCode) x).varnames()));
        Reg.getter(c, "co_cellvars", x -> strs(((PyCode) x).cellvars()));
        Reg.getter(c, "co_freevars", x -> strs(((PyCode) x).freevars()));
        Reg.getter(c, "co_code", x -> {
            short[] u = ((PyCode) x).code;
            byte[] b = new byte[u.length * 2];
            for (int i = 0; i < u.length; i++) {
                b[2 * i] = (byte) u[i];
                b[2 * i + 1] = (byte) (u[i] >> 8);
            }
            return new dev.tiercel.runtime.object.PyBytes(b);
        });
        Reg.getter(c, "co_linetable", x -> new dev.tiercel.runtime.object.PyBytes(((PyCode) x).linetable));
        Reg.getter(c, "co_exceptiontable", x -> new dev.tiercel.runtime.object.PyBytes(((PyCode) x).exceptiontable));
    }

    private static PyTuple strs(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyStr.of(a[i]);
        }
        return PyTuple.wrap(out);
    }

    static void installGenerator() {
        PyType g = PyTypes.GENERATOR;
        Reg.method(g, "__next__", 0, 0, (a, k) -> ((PyGenerator) a[0]).send(PyNone.INSTANCE));
        Reg.method(g, "__iter__", 0, 0, (a, k) -> a[0]);
        AsyncBuiltins.installFrameDriven(g, "gi");
        AsyncBuiltins.install();
    }

    static void installRangeSlice() {
        PyTypes.RANGE.factory = (t, a, k) -> {
            Args.check("range", a, k, 1, 3);
            return BigRange.make(a);
        };
        BigRange.install();
        Reg.getter(PyTypes.RANGE, "start", x -> PyInt.of(((PyRange) x).start));
        Reg.getter(PyTypes.RANGE, "stop", x -> PyInt.of(((PyRange) x).stop));
        Reg.getter(PyTypes.RANGE, "step", x -> PyInt.of(((PyRange) x).step));
        Reg.method(PyTypes.RANGE, "index", 1, 1, (a, k) -> {
            PyRange r = (PyRange) a[0];
            if (!Ops.contains(r, a[1])) {
                throw PyErr.valueError(Ops.repr(a[1]) + " is not in range");
            }
            return PyInt.of((Ops.index(a[1]) - r.start) / r.step);
        });
        Reg.method(PyTypes.RANGE, "count", 1, 1, (a, k) -> PyInt.of(Ops.contains(a[0], a[1]) ? 1 : 0));
        PyTypes.SLICE.factory = (t, a, k) -> {
            Args.check("slice", a, k, 1, 3);
            if (a.length == 1) {
                return new PySlice(PyNone.INSTANCE, a[0], PyNone.INSTANCE);
            }
            return new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.INSTANCE);
        };
        Reg.getter(PyTypes.SLICE, "start", x -> ((PySlice) x).start);
        Reg.getter(PyTypes.SLICE, "stop", x -> ((PySlice) x).stop);
        Reg.getter(PyTypes.SLICE, "step", x -> ((PySlice) x).step);
        Reg.method(PyTypes.SLICE, "indices", 1, 1, (a, k) -> {
            long len = Ops.index(a[1]);
            if (len < 0) {
                throw PyErr.valueError("length should not be negative");
            }
            long[] r = ((PySlice) a[0]).indices(len);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    }

    static void installDescriptors() {
        PyTypes.PROPERTY.factory = (t, a, k) -> {
            Args.allowKw("property", k, "fget", "fset", "fdel", "doc");
            int n = Args.npos(a, k);
            PyObject[] v = new PyObject[4];
            String[] names = {"fget", "fset", "fdel", "doc"};
            for (int i = 0; i < 4; i++) {
                v[i] = i < n ? a[i] : orNone(Args.kw(a, k, names[i]));
            }
            return new PyDescriptors.Property(v[0], v[1], v[2], v[3]);
        };
        PyType p = PyTypes.PROPERTY;
        Reg.method(p, "setter", 1, 1, (a, k) -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(pr.fget, a[1], pr.fdel, pr.doc);
        });
        Reg.method(p, "getter", 1, 1, (a, k) -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(a[1], pr.fset, pr.fdel, pr.doc);
        });
        Reg.method(p, "deleter", 1, 1, (a, k) -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(pr.fget, pr.fset, a[1], pr.doc);
        });
        Reg.getter(p, "fget", x -> ((PyDescriptors.Property) x).fget);
        Reg.getter(p, "fset", x -> ((PyDescriptors.Property) x).fset);
        Reg.getter(p, "fdel", x -> ((PyDescriptors.Property) x).fdel);
        Reg.method(p, "__get__", 1, 2, (a, k) -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) a[0];
            if (a[1] == PyNone.INSTANCE) {
                return pr;
            }
            return Ops.call(pr.fget, a[1]);
        });
        Reg.getter(PyTypes.TRACEBACK, "tb_next", x -> orNone(((dev.tiercel.runtime.object.PyTraceback) x).next));
        Reg.getter(PyTypes.TRACEBACK, "tb_lasti", x -> PyInt.of(2L * ((dev.tiercel.runtime.object.PyTraceback) x).instr));
        Reg.getter(PyTypes.TRACEBACK, "tb_lineno", x -> {
            dev.tiercel.runtime.object.PyTraceback tb = (dev.tiercel.runtime.object.PyTraceback) x;
            int line = dev.tiercel.runtime.code.LineTable.positionAt(tb.code, tb.instr).line();
            return line < 0 ? PyNone.INSTANCE : PyInt.of(line);
        });
        Reg.getter(PyTypes.METHOD, "__doc__", x -> {
            PyObject doc = Ops.getattrOrNull(((dev.tiercel.runtime.object.PyMethod) x).func, "__doc__");
            return doc == null ? PyNone.INSTANCE : doc;
        });
        Reg.method(PyTypes.ITERATOR, "__iter__", 0, 0, (a, k) -> a[0]);
        Reg.method(PyTypes.ITERATOR, "__next__", 0, 0, (a, k) -> {
            PyObject v = ((dev.tiercel.runtime.object.PyIterator) a[0]).next();
            if (v == null) {
                throw PyErr.of(dev.tiercel.runtime.object.PyExc.StopIteration);
            }
            return v;
        });
        Reg.getter(p, "__doc__", x -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) x;
            return pr.doc != PyNone.INSTANCE || pr.fget == PyNone.INSTANCE ? pr.doc : Ops.getattr(pr.fget,
                    "__doc__");
        });
        PyTypes.STATICMETHOD.factory = (t, a, k) -> {
            Args.check("staticmethod", a, k, 1, 1);
            return new PyDescriptors.StaticMethod(a[0]);
        };
        PyTypes.CLASSMETHOD.factory = (t, a, k) -> {
            Args.check("classmethod", a, k, 1, 1);
            return new PyDescriptors.ClassMethod(a[0]);
        };
        Reg.getter(PyTypes.STATICMETHOD, "__func__", x -> ((PyDescriptors.StaticMethod) x).func);
        Reg.methodKw(PyTypes.STATICMETHOD, "__call__", (a, k) -> Ops.call(((PyDescriptors.StaticMethod) a[0]).func,
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Reg.getter(PyTypes.CLASSMETHOD, "__func__", x -> ((PyDescriptors.ClassMethod) x).func);
        Reg.method(PyTypes.GETSET_DESCRIPTOR, "__get__", 1, 2, (a, k) -> a[1] == PyNone.INSTANCE ? a[0]
                : ((PyDescriptors.GetSet) a[0]).getter.apply(a[1]));
        Reg.getter(PyTypes.GETSET_DESCRIPTOR, "__name__", x -> PyStr.of(((PyDescriptors.GetSet) x).name));
        Reg.getter(PyTypes.STATICMETHOD, "__wrapped__", x -> ((PyDescriptors.StaticMethod) x).func);
        Reg.getter(PyTypes.CLASSMETHOD, "__wrapped__", x -> ((PyDescriptors.ClassMethod) x).func);
        Reg.method(PyTypes.STATICMETHOD, "__get__", 1, 2, (a, k) -> ((PyDescriptors.StaticMethod) a[0]).func);
        Reg.method(PyTypes.CLASSMETHOD, "__get__", 1, 2, (a, k) -> new dev.tiercel.runtime.object.PyMethod(
                ((PyDescriptors.ClassMethod) a[0]).func, a.length > 2 && a[2] != PyNone.INSTANCE ? a[2] : a[1].type()));
        Reg.method(p, "__set__", 2, 2, (a, k) -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) a[0];
            if (pr.fset == PyNone.INSTANCE) {
                throw PyErr.attributeError("property of '" + a[1].type().name() + "' object has no setter");
            }
            Ops.call(pr.fset, a[1], a[2]);
            return PyNone.INSTANCE;
        });
        Reg.method(p, "__delete__", 1, 1, (a, k) -> {
            PyDescriptors.Property pr = (PyDescriptors.Property) a[0];
            if (pr.fdel == PyNone.INSTANCE) {
                throw PyErr.attributeError("property of '" + a[1].type().name() + "' object has no deleter");
            }
            Ops.call(pr.fdel, a[1]);
            return PyNone.INSTANCE;
        });
        PyTypes.SUPER.factory = (t, a, k) -> {
            if (a.length == 0) {
                return zeroArgSuper();
            }
            if (a.length != 2) {
                throw PyErr.of(PyExc.RuntimeError, "super(): no arguments");
            }
            if (!(a[0] instanceof PyType st)) {
                throw PyErr.typeError("super() argument 1 must be a type, not " + a[0].type().name());
            }
            return new PyDescriptors.Super(st, a[1]);
        };
    }

    /** {@code super()} inside a method: the {@code __class__} cell and the first argument of the caller. */
    private static PyObject zeroArgSuper() {
        dev.tiercel.runtime.object.PyFrame f = dev.tiercel.runtime.object.Py.current;
        if (f == null || f.code.argcount == 0 || f.localsplus.length == 0) {
            throw PyErr.of(PyExc.RuntimeError, "super(): no arguments");
        }
        PyObject self = f.localsplus[0];
        if (self instanceof dev.tiercel.runtime.object.PyCell c
                && (f.code.localspluskinds[0] & PyCode.CO_FAST_CELL) != 0) {
            self = c.value;
        }
        String[] names = f.code.localsplusnames;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("__class__") && f.localsplus[i] instanceof dev.tiercel.runtime.object.PyCell c
                    && c.value instanceof PyType cls) {
                if (self == null) {
                    throw PyErr.of(PyExc.RuntimeError, "super(): arg[0] deleted");
                }
                return new PyDescriptors.Super(cls, self);
            }
        }
        throw PyErr.of(PyExc.RuntimeError, "super(): __class__ cell not found");
    }

    static void installExceptions() {
        PyType b = PyExc.BaseException;
        b.factory = TypeBuiltins::newException;
        for (PyType t : PyExc.ALL.values()) {
            t.factory = TypeBuiltins::newException;
        }
        Reg.methodKw(b, "__init__", (a, k) -> {
            ((PyBaseException) a[0]).args = PyTuple.wrap(java.util.Arrays.copyOfRange(a, 1, Args.npos(a, k)));
            return PyNone.INSTANCE;
        });
        attribute(b, "args", x -> ((PyBaseException) x).args,
                (x, v) -> ((PyBaseException) x).args = PyTuple.wrap(Ops.toArray(v)), x -> mayNotDelete("args"));
        attribute(b, "__traceback__", x -> orNone(((PyBaseException) x).traceback), (x, v) -> {
            if (v != PyNone.INSTANCE && !(v instanceof dev.tiercel.runtime.object.PyTraceback)) {
                throw PyErr.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) x).traceback = v == PyNone.INSTANCE ? null : (dev.tiercel.runtime.object.PyTraceback) v;
        }, x -> mayNotDelete("__traceback__"));
        attribute(b, "__cause__", x -> orNone(((PyBaseException) x).cause), (x, v) -> {
            ((PyBaseException) x).cause = exceptionOrNull(v, "cause");
            ((PyBaseException) x).suppressContext = true;
        }, x -> mayNotDelete("__cause__"));
        attribute(b, "__context__", x -> orNone(((PyBaseException) x).context),
                (x, v) -> ((PyBaseException) x).context = exceptionOrNull(v, "context"),
                x -> mayNotDelete("__context__"));
        attribute(b, "__suppress_context__", x -> PyBool.of(((PyBaseException) x).suppressContext), (x, v) -> {
            if (!(v instanceof PyBool flag)) {
                throw PyErr.typeError("attribute value type must be bool");
            }
            ((PyBaseException) x).suppressContext = flag == PyBool.TRUE;
        }, x -> {
            throw PyErr.typeError("can't delete numeric/char attribute");
        });
        Reg.method(b, "with_traceback", 1, 1, (a, k) -> {
            ((PyBaseException) a[0]).traceback = a[1] == PyNone.INSTANCE ? null
                    : (dev.tiercel.runtime.object.PyTraceback) a[1];
            return a[0];
        });
        Reg.method(b, "add_note", 1, 1, (a, k) -> {
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("note must be a str, not '" + a[1].type().name() + "'");
            }
            Map<String, PyObject> d = a[0].instanceDict();
            PyObject notes = d.get("__notes__");
            if (notes == null) {
                notes = new PyList();
                d.put("__notes__", notes);
            }
            ((PyList) notes).append(a[1]);
            return PyNone.INSTANCE;
        });
        Reg.method(b, "__str__", 0, 0, (a, k) -> PyStr.of(Reprs.str(a[0])));
        Reg.method(b, "__repr__", 0, 0, (a, k) -> PyStr.of(Reprs.repr(a[0])));
        ExceptionGroupBuiltins.install();
        String[] unicodeAttrs = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < unicodeAttrs.length; i++) {
            int idx = i;
            for (PyType ut : new PyType[] {PyExc.UnicodeEncodeError, PyExc.UnicodeDecodeError}) {
                Reg.getter(ut, unicodeAttrs[i], x -> {
                    PyTuple args = ((PyBaseException) x).args;
                    return args.size() == 5 ? args.get(idx) : PyNone.INSTANCE;
                });
            }
        }
        Reg.getter(PyExc.StopIteration, "value", x -> {
            PyTuple args = ((PyBaseException) x).args;
            return args.size() > 0 ? args.get(0) : PyNone.INSTANCE;
        });
        Reg.getter(PyExc.SystemExit, "code", x -> {
            PyTuple args = ((PyBaseException) x).args;
            return args.size() == 0 ? PyNone.INSTANCE : args.size() == 1 ? args.get(0) : args;
        });
        for (String attr : new String[] {"name", "obj"}) {
            Reg.getter(PyExc.AttributeError, attr, x -> orNone(x.instanceDict().get(attr)));
        }
        Reg.getter(PyExc.NameError, "name", x -> orNone(x.instanceDict().get("name")));
        for (String attr : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno",
            "end_offset"}) {
            PyExc.SyntaxError.dict.put(attr, new PyDescriptors.GetSet(attr,
                    x -> orNone(x.instanceDict().get(attr)), (x, v) -> x.instanceDict().put(attr, v)));
        }
        for (String attr : new String[] {"name", "path", "msg"}) {
            PyExc.ImportError.dict.put(attr, new PyDescriptors.GetSet(attr,
                    x -> orNone(x.instanceDict().get(attr)), (x, v) -> x.instanceDict().put(attr, v)));
        }
        String[] osAttrs = {"errno", "strerror", "filename"};
        for (int i = 0; i < osAttrs.length; i++) {
            String attr = osAttrs[i];
            int idx = i;
            PyExc.OSError.dict.put(attr, new PyDescriptors.GetSet(attr, x -> {
                PyObject v = x.instanceDict().get(attr);
                PyTuple args = ((PyBaseException) x).args;
                if (v == null && args.size() >= 2 && idx < args.size()) {
                    v = args.get(idx);
                }
                return orNone(v);
            }, (x, v) -> x.instanceDict().put(attr, v)));
        }
    }
}
