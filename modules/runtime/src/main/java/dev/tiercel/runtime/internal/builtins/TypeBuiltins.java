package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyCell;
import dev.tiercel.runtime.object.PyDescriptors.ClassMethod;
import dev.tiercel.runtime.object.PyDescriptors.Member;
import dev.tiercel.runtime.object.PyDescriptors.StaticMethod;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Calling types (instance creation and {@code __init__}), {@code type(...)} and class statements. */
public final class TypeBuiltins {
    private TypeBuiltins() {}

    /** {@code T(args...)}. */
    public static PyObject call(PyType t, PyObject[] args, String[] kwnames) {
        PyType meta = t.type();
        if (meta != PyTypes.TYPE && meta.heap) {
            PyObject mc = meta.lookup("__call__");
            if (mc instanceof PyFunction || (mc instanceof dev.tiercel.runtime.object.PyBuiltinFunction bf
                    && !"type".equals(bf.owner))) {
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = t;
                System.arraycopy(args, 0, a, 1, args.length);
                return Ops.call(mc, a, kwnames);
            }
        }
        return create(t, args, kwnames);
    }

    /** {@code type.__call__}: __new__ then __init__. */
    public static PyObject create(PyType t, PyObject[] args, String[] kwnames) {
        if (t == PyTypes.TYPE) {
            int n = Args.npos(args, kwnames);
            if (n == 1 && kwnames == null) {
                return args[0].type();
            }
            if (n == 3) {
                return newClass(Ops.asString(args[0], "type.__new__() argument 1"), args[1], (PyDict) args[2],
                        keywordValues(args, kwnames), kwnames);
            }
            throw PyErr.typeError("type() takes 1 or 3 arguments");
        }
        PyObject obj;
        if (t.isSubtypeOf(PyTypes.TYPE) && t != PyTypes.TYPE && Args.npos(args, kwnames) == 3
                && !(t.lookup("__new__") instanceof PyFunction || t.lookup("__new__") instanceof StaticMethod)) {
            PyType c = newClass(Ops.asString(args[0], "type.__new__() argument 1"), args[1], (PyDict) args[2],
                    keywordValues(args, kwnames), kwnames);
            c.setMetatype(t);
            PyObject init = t.lookup("__init__");
            if (init instanceof PyFunction f) {
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = c;
                System.arraycopy(args, 0, a, 1, args.length);
                Ops.call(f, a, kwnames);
            }
            return c;
        }
        PyObject userNew = t.heap ? t.lookup("__new__") : null;
        if (userNew instanceof StaticMethod || userNew instanceof PyFunction) {
            PyObject fn = userNew instanceof StaticMethod sm ? sm.func : userNew;
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = t;
            System.arraycopy(args, 0, a, 1, args.length);
            obj = Ops.call(fn, a, kwnames);
            if (!obj.type().isSubtypeOf(t)) {
                return obj;
            }
        } else {
            if (t.factory == null) {
                throw PyErr.typeError("cannot create '" + t.name() + "' instances");
            }
            obj = t.factory.make(t, args, kwnames);
        }
        PyObject init = t.heap ? t.lookup("__init__") : null;
        if (init instanceof PyFunction f) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            PyObject r = Py.callFunction(f, a, 0, a.length - (kwnames == null ? 0 : kwnames.length), kwnames);
            if (r != PyNone.INSTANCE) {
                throw PyErr.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
        } else if (t.heap && init instanceof dev.tiercel.runtime.object.PyBuiltinFunction bf
                && !"object".equals(bf.owner) && !"BaseException".equals(bf.owner)) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            bf.call(a, kwnames);
        }
        return obj;
    }

    /** The factory of {@code object}: a plain instance; arguments only when {@code __init__} takes them. */
    public static PyObject newObject(PyType t, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            PyObject init = t.lookup("__init__");
            if (init instanceof dev.tiercel.runtime.object.PyBuiltinFunction bf && "object".equals(bf.owner)) {
                throw PyErr.typeError(t.name() + "() takes no arguments");
            }
        }
        PyObject abs = t.dict.get("__abstractmethods__");
        if (abs instanceof dev.tiercel.runtime.object.PySet s && s.size() > 0) {
            java.util.List<String> names = new ArrayList<>();
            for (int p = s.next(0); p >= 0; p = s.next(p + 1)) {
                names.add("'" + Ops.str(s.keyAt(p)) + "'");
            }
            java.util.Collections.sort(names);
            throw PyErr.typeError("Can't instantiate abstract class " + t.name() + " without an implementation for"
                    + " abstract method" + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
        }
        return new PyInstance(t);
    }

    private static boolean isAbstract(PyObject v) {
        if (v instanceof dev.tiercel.runtime.object.PyDescriptors.StaticMethod sm) {
            v = sm.func;
        } else if (v instanceof ClassMethod cm) {
            v = cm.func;
        } else if (v instanceof dev.tiercel.runtime.object.PyDescriptors.Property p) {
            v = p.fget;
        }
        if (v instanceof PyFunction f) {
            PyObject m = f.instanceDict().get("__isabstractmethod__");
            return m != null && Ops.isTrue(m);
        }
        return false;
    }

    private static void computeAbstract(PyType t) {
        dev.tiercel.runtime.object.PySet names = new dev.tiercel.runtime.object.PySet(true);
        for (PyType c : t.mro()) {
            for (var e : c.dict.entrySet()) {
                if (isAbstract(e.getValue()) && isAbstract(t.lookup(e.getKey()))) {
                    names.add(PyStr.of(e.getKey()));
                }
            }
        }
        if (names.size() > 0) {
            t.dict.put("__abstractmethods__", names);
        }
    }

    /** The factory of {@code BaseException} and its subclasses. */
    public static PyObject newException(PyType t, PyObject[] args, String[] kwnames) {
        int n = Args.npos(args, kwnames);
        if (t == PyExc.OSError && n >= 2 && args[0] instanceof dev.tiercel.runtime.object.PyInt errno) {
            t = osErrorSubclass(errno.value);
        }
        return new PyBaseException(t, PyTuple.wrap(Arrays.copyOf(args, n)));
    }

    /** OSError(errno, ...) makes the subclass for that errno (Linux numbers), as CPython does. */
    private static PyType osErrorSubclass(long errno) {
        return switch ((int) errno) {
            case 2 -> PyExc.ALL.get("FileNotFoundError");
            case 17 -> PyExc.ALL.get("FileExistsError");
            case 1, 13 -> PyExc.ALL.get("PermissionError");
            case 20 -> PyExc.ALL.get("NotADirectoryError");
            case 21 -> PyExc.ALL.get("IsADirectoryError");
            case 4 -> PyExc.ALL.get("InterruptedError");
            case 10 -> PyExc.ALL.get("ChildProcessError");
            case 11, 114, 115 -> PyExc.ALL.get("BlockingIOError");
            case 3 -> PyExc.ALL.get("ProcessLookupError");
            case 110 -> PyExc.ALL.get("TimeoutError");
            case 111 -> PyExc.ALL.get("ConnectionRefusedError");
            case 104 -> PyExc.ALL.get("ConnectionResetError");
            case 103 -> PyExc.ALL.get("ConnectionAbortedError");
            case 32, 108 -> PyExc.ALL.get("BrokenPipeError");
            default -> PyExc.OSError;
        };
    }

    /** {@code __build_class__(func, name, *bases, **kwds)}. */
    public static PyObject buildClass(PyObject[] args, String[] kwnames) {
        int n = Args.npos(args, kwnames);
        if (n < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        PyFunction body = (PyFunction) args[0];
        String name = Ops.asString(args[1], "__build_class__: name");
        PyObject[] bases = Arrays.copyOfRange(args, 2, n);
        PyObject meta = Args.kw(args, kwnames, "metaclass");
        PyTuple basesTuple = PyTuple.wrap(bases);
        if (meta == null) {
            for (PyObject b : bases) {
                PyType bm = b.type();
                if (meta == null || (bm instanceof PyType && bm != meta && bm.isSubtypeOf((PyType) meta))) {
                    meta = bm;
                }
            }
        }
        PyDict ns = new PyDict();
        if (meta instanceof PyType mt && mt != PyTypes.TYPE) {
            PyObject prep = Ops.getattrOrNull(mt, "__prepare__");
            if (prep != null && !(prep instanceof dev.tiercel.runtime.object.PyBuiltinFunction)) {
                PyObject made = Ops.call(prep, PyStr.of(name), basesTuple);
                if (made instanceof PyDict md) {
                    ns = md;
                }
            }
        }
        PyFrame frame = new PyFrame(body.code, body.globals, ns, body);
        PyObject cell = Py.interpreter().run(frame);
        PyObject cls;
        if (meta != null && meta != PyTypes.TYPE) {
            String[] kw = null;
            java.util.List<PyObject> extra = new ArrayList<>();
            if (kwnames != null) {
                java.util.List<String> names = new ArrayList<>();
                for (int i = 0; i < kwnames.length; i++) {
                    if (!kwnames[i].equals("metaclass")) {
                        names.add(kwnames[i]);
                        extra.add(args[n + i]);
                    }
                }
                kw = names.isEmpty() ? null : names.toArray(new String[0]);
            }
            PyObject[] margs = new PyObject[3 + extra.size()];
            margs[0] = PyStr.of(name);
            margs[1] = basesTuple;
            margs[2] = ns;
            for (int i = 0; i < extra.size(); i++) {
                margs[3 + i] = extra.get(i);
            }
            cls = Ops.call(meta, margs, kw);
        } else {
            List<PyObject> kwv = new ArrayList<>();
            List<String> kwn = new ArrayList<>();
            for (int i = 0; kwnames != null && i < kwnames.length; i++) {
                if (!kwnames[i].equals("metaclass")) {
                    kwn.add(kwnames[i]);
                    kwv.add(args[n + i]);
                }
            }
            cls = newClass(name, basesTuple, ns, kwv.toArray(new PyObject[0]), kwn.toArray(new String[0]));
        }
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        return cls;
    }

    /** {@code type(name, bases, ns)}. */
    public static PyType newClass(String name, PyObject basesObj, PyDict ns) {
        return newClass(name, basesObj, ns, new PyObject[0], null);
    }

    /** The keyword arguments at the end of {@code args} (named by {@code kwnames}), without "metaclass". */
    private static PyObject[] keywordValues(PyObject[] args, String[] kwnames) {
        if (kwnames == null) {
            return new PyObject[0];
        }
        return Arrays.copyOfRange(args, args.length - kwnames.length, args.length);
    }

    /** {@code type(name, bases, ns, **kw)}: the keywords go to {@code __init_subclass__}. */
    public static PyType newClass(String name, PyObject basesObj, PyDict ns, PyObject[] kwValues,
            String[] kwNames) {
        List<PyType> bases = new ArrayList<>();
        for (PyObject b : Ops.toArray(basesObj)) {
            if (!(b instanceof PyType bt)) {
                throw PyErr.typeError("bases must be types");
            }
            if (bt == PyTypes.BOOL || bt == PyTypes.RANGE || bt == PyTypes.FUNCTION || bt == PyTypes.NONE) {
                throw PyErr.typeError("type '" + bt.name() + "' is not an acceptable base type");
            }
            bases.add(bt);
        }
        if (bases.isEmpty()) {
            bases.add(PyTypes.OBJECT);
        }
        PyType t = new PyType(name, bases.toArray(new PyType[0]), true);
        for (PyType b : bases) {
            if (b.factory != null && b.factory != PyTypes.OBJECT.factory) {
                t.factory = b.factory;
                break;
            }
        }
        PyObject mod = ns.getStr("__module__");
        t.module = mod instanceof PyStr s ? s.value : "__main__";
        boolean dict = false;
        List<String> slots = new ArrayList<>();
        for (PyType b : bases) {
            dict |= b.instancesHaveDict || (b.heap && b.slots.length == 0 && b != PyTypes.OBJECT
                    && !b.dict.containsKey("__slots__"));
            if (b.slots.length > slots.size()) {
                slots = new ArrayList<>(List.of(b.slots));
            }
        }
        PyObject slotsDecl = ns.getStr("__slots__");
        boolean weakSlot = false;
        for (int p = ns.next(0); p >= 0; p = ns.next(p + 1)) {
            PyObject k = ns.keyAt(p);
            if (k instanceof PyStr ks) {
                PyObject v = ns.valueAt(p);
                if (ks.value.equals("__new__") && v instanceof PyFunction) {
                    v = new StaticMethod(v);
                }
                if ((ks.value.equals("__init_subclass__") || ks.value.equals("__class_getitem__"))
                        && v instanceof PyFunction) {
                    v = new ClassMethod(v);
                }
                t.dict.put(ks.value, v);
            }
        }
        if (slotsDecl == null) {
            dict = true;
        } else {
            PyObject[] names = slotsDecl instanceof PyStr ? new PyObject[] {slotsDecl} : Ops.toArray(slotsDecl);
            for (PyObject sn : names) {
                String s = Ops.asString(sn, "__slots__ items");
                if (s.equals("__dict__")) {
                    dict = true;
                    continue;
                }
                if (s.equals("__weakref__")) {
                    weakSlot = true;
                    continue;
                }
                if (t.dict.containsKey(s)) {
                    throw PyErr.valueError("'" + s + "' in __slots__ conflicts with class variable");
                }
                t.dict.put(s, new Member(s, slots.size(), t));
                slots.add(s);
            }
        }
        t.slots = slots.toArray(new String[0]);
        t.instancesHaveDict = dict;
        InstanceDescriptors.add(t, dict, slotsDecl == null || weakSlot);
        if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
            t.dict.put("__hash__", PyNone.INSTANCE);
        }
        if (!t.dict.containsKey("__doc__")) {
            t.dict.put("__doc__", PyNone.INSTANCE);
        }
        PyObject qn = t.dict.get("__qualname__");
        if (qn != null) {
            t.dict.remove("__qualname__");
        }
        t.qualname = qn instanceof PyStr q ? q.value : name;
        for (var e : new ArrayList<>(t.dict.entrySet())) {
            PyObject v = e.getValue();
            if (v instanceof PyInstance) {
                PyObject sn = v.type().lookup("__set_name__");
                if (sn != null) {
                    Ops.callMethod(sn, v, t, PyStr.of(e.getKey()));
                }
            }
        }
        computeAbstract(t);
        for (int i = 1; i < t.mro().length; i++) {
            PyObject isc = t.mro()[i].dict.get("__init_subclass__");
            if (isc instanceof ClassMethod cm) {
                PyObject[] a = new PyObject[1 + kwValues.length];
                a[0] = t;
                System.arraycopy(kwValues, 0, a, 1, kwValues.length);
                Ops.call(cm.func, a, kwNames == null || kwNames.length == 0 ? null : kwNames);
                break;
            }
        }
        return t;
    }
}
