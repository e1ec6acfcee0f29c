package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code dataclasses} module: {@code @dataclass} generating __init__, __repr__, __eq__ and ordering. */
public final class DataclassesModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "dataclasses";
    }

    static final PyType FIELD = new PyType("Field", new PyType[] {PyTypes.OBJECT}, true);
    static final PyObject MISSING;

    static {
        FIELD.module = "dataclasses";
        FIELD.instancesHaveDict = true;
        PyType mt = new PyType("_MISSING_TYPE", new PyType[] {PyTypes.OBJECT}, true);
        mt.module = "dataclasses";
        MISSING = new PyInstance(mt);
    }

    /** One field: name, default or factory, and flags. */
    record Field(String name, PyObject defaultValue, PyObject factory, boolean init, boolean repr, boolean compare,
            boolean kwOnly) {
        boolean hasDefault() {
            return defaultValue != null || factory != null;
        }
    }

    private static PyObject opt(Map<String, PyObject> d, String k) {
        PyObject v = d.get(k);
        return v == null || v == MISSING ? null : v;
    }

    private static boolean flag(Map<String, PyObject> d, String k, boolean dflt) {
        PyObject v = d.get(k);
        return v == null ? dflt : Ops.isTrue(v);
    }

    private static List<Field> collect(PyType cls) {
        LinkedHashMap<String, Field> fields = new LinkedHashMap<>();
        PyType[] mro = cls.mro();
        for (int i = mro.length - 1; i >= 1; i--) {
            PyObject inherited = mro[i].dict.get("__dataclass_fields__");
            if (inherited instanceof PyDict fd) {
                for (int p = fd.next(0); p >= 0; p = fd.next(p + 1)) {
                    fields.put(Ops.str(fd.keyAt(p)), toField(Ops.str(fd.keyAt(p)), fd.valueAt(p)));
                }
            }
        }
        PyObject ann = cls.dict.get("__annotations__");
        if (ann instanceof PyDict ad) {
            for (int p = ad.next(0); p >= 0; p = ad.next(p + 1)) {
                String name = Ops.str(ad.keyAt(p));
                PyObject t = ad.valueAt(p);
                String tn = t instanceof PyType ty ? ty.name() : Ops.str(t);
                if (tn.startsWith("ClassVar")) {
                    continue;
                }
                PyObject dv = cls.dict.get(name);
                Field f;
                if (dv instanceof PyInstance fi && fi.type() == FIELD) {
                    Map<String, PyObject> d = fi.instanceDict();
                    f = new Field(name, opt(d, "default"), opt(d, "default_factory"), flag(d, "init", true),
                            flag(d, "repr", true), flag(d, "compare", true), flag(d, "kw_only", false));
                    if (f.defaultValue != null) {
                        cls.dict.put(name, f.defaultValue);
                    } else {
                        cls.dict.remove(name);
                    }
                } else {
                    f = new Field(name, dv, null, true, true, true, false);
                }
                fields.put(name, f);
            }
        }
        return new ArrayList<>(fields.values());
    }

    private static Field toField(String name, PyObject fieldObj) {
        Map<String, PyObject> d = fieldObj.instanceDict();
        return new Field(name, opt(d, "default"), opt(d, "default_factory"), flag(d, "init", true),
                flag(d, "repr", true), flag(d, "compare", true), flag(d, "kw_only", false));
    }

    private static PyObject fieldObject(Field f) {
        PyInstance o = new PyInstance(FIELD);
        Map<String, PyObject> d = o.instanceDict();
        d.put("name", PyStr.of(f.name));
        d.put("default", f.defaultValue == null ? MISSING : f.defaultValue);
        d.put("default_factory", f.factory == null ? MISSING : f.factory);
        d.put("init", PyBool.of(f.init));
        d.put("repr", PyBool.of(f.repr));
        d.put("compare", PyBool.of(f.compare));
        d.put("kw_only", PyBool.of(f.kwOnly));
        return o;
    }

    private static PyObject[] values(PyObject self, List<Field> fields, boolean compareOnly) {
        List<PyObject> out = new ArrayList<>();
        for (Field f : fields) {
            if (!compareOnly || f.compare) {
                out.add(Ops.getattr(self, f.name));
            }
        }
        return out.toArray(new PyObject[0]);
    }

    static PyObject process(PyType cls, boolean init, boolean repr, boolean eq, boolean order, boolean frozen,
            boolean unsafeHash) {
        List<Field> fields = collect(cls);
        PyDict fd = new PyDict();
        for (Field f : fields) {
            fd.putStr(f.name, fieldObject(f));
        }
        cls.define("__dataclass_fields__", fd);
        String owner = cls.name();
        boolean seenDefault = false;
        for (Field f : fields) {
            if (!f.init || f.kwOnly) {
                continue;
            }
            if (f.hasDefault()) {
                seenDefault = true;
            } else if (seenDefault) {
                throw PyErr.typeError("non-default argument '" + f.name + "' follows default argument");
            }
        }
        if (init && !cls.dict.containsKey("__init__")) {
            cls.define("__init__", new PyBuiltinFunction("__init__", (a, k) -> {
                PyObject self = a[0];
                int n = Args.npos(a, k) - 1;
                List<Field> initFields = new ArrayList<>();
                for (Field f : fields) {
                    if (f.init) {
                        initFields.add(f);
                    }
                }
                PyObject[] vals = new PyObject[initFields.size()];
                int positional = (int) initFields.stream().filter(f -> !f.kwOnly).count();
                if (n > positional) {
                    throw PyErr.typeError(owner + ".__init__() takes " + (positional + 1)
                            + " positional arguments but " + (n + 1) + " were given");
                }
                for (int i = 0; i < n; i++) {
                    vals[i] = a[1 + i];
                }
                if (k != null) {
                    for (int j = 0; j < k.length; j++) {
                        int idx = -1;
                        for (int i = 0; i < initFields.size(); i++) {
                            if (initFields.get(i).name.equals(k[j])) {
                                idx = i;
                            }
                        }
                        if (idx < 0) {
                            throw PyErr.typeError(owner + ".__init__() got an unexpected keyword argument '" + k[j]
                                    + "'");
                        }
                        if (vals[idx] != null) {
                            throw PyErr.typeError(owner + ".__init__() got multiple values for argument '" + k[j]
                                    + "'");
                        }
                        vals[idx] = a[1 + n + j];
                    }
                }
                List<String> missing = new ArrayList<>();
                for (int i = 0; i < vals.length; i++) {
                    Field f = initFields.get(i);
                    if (vals[i] == null) {
                        if (f.defaultValue != null) {
                            vals[i] = f.defaultValue;
                        } else if (f.factory != null) {
                            vals[i] = Ops.call(f.factory);
                        } else {
                            missing.add("'" + f.name + "'");
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    String list = missing.size() == 1 ? missing.get(0) : String.join(", ", missing.subList(0,
                            missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
                    throw PyErr.typeError(owner + ".__init__() missing " + missing.size() + " required positional "
                            + "argument" + (missing.size() == 1 ? "" : "s") + ": " + list);
                }
                for (int i = 0; i < vals.length; i++) {
                    set(self, initFields.get(i).name, vals[i]);
                }
                for (Field f : fields) {
                    if (!f.init && f.factory != null) {
                        set(self, f.name, Ops.call(f.factory));
                    } else if (!f.init && f.defaultValue != null) {
                        set(self, f.name, f.defaultValue);
                    }
                }
                PyObject post = self.type().lookup("__post_init__");
                if (post != null) {
                    Ops.callMethod(post, self);
                }
                return PyNone.INSTANCE;
            }, true, owner));
        }
        if (repr && !cls.dict.containsKey("__repr__")) {
            cls.define("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> {
                StringBuilder sb = new StringBuilder(a[0].type().qualname).append('(');
                boolean first = true;
                for (Field f : fields) {
                    if (!f.repr) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(f.name).append('=').append(Ops.repr(Ops.getattr(a[0], f.name)));
                }
                return PyStr.of(sb.append(')').toString());
            }, true, owner));
        }
        if (eq && !cls.dict.containsKey("__eq__")) {
            cls.define("__eq__", new PyBuiltinFunction("__eq__", (a, k) -> {
                if (a[1].type() != a[0].type()) {
                    return PyNotImplemented.INSTANCE;
                }
                return Ops.richCompare(PyTuple.wrap(values(a[0], fields, true)),
                        PyTuple.wrap(values(a[1], fields, true)), Ops.EQ);
            }, true, owner));
        }
        if (order) {
            String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
            int[] ops = {Ops.LT, Ops.LE, Ops.GT, Ops.GE};
            for (int i = 0; i < names.length; i++) {
                int op = ops[i];
                cls.define(names[i], new PyBuiltinFunction(names[i], (a, k) -> {
                    if (a[1].type() != a[0].type()) {
                        return PyNotImplemented.INSTANCE;
                    }
                    return Ops.richCompare(PyTuple.wrap(values(a[0], fields, true)),
                            PyTuple.wrap(values(a[1], fields, true)), op);
                }, true, owner));
            }
        }
        if (frozen) {
            cls.define("__setattr__", new PyBuiltinFunction("__setattr__", (a, k) -> {
                throw frozenError(Ops.str(a[1]));
            }, true, owner));
            cls.define("__delattr__", new PyBuiltinFunction("__delattr__", (a, k) -> {
                throw frozenError(Ops.str(a[1]));
            }, true, owner));
        }
        if ((frozen && eq) || unsafeHash) {
            cls.define("__hash__", new PyBuiltinFunction("__hash__",
                    (a, k) -> dev.tiercel.runtime.object.PyInt.of(Ops.hash(PyTuple.wrap(values(a[0], fields, true)))),
                    true, owner));
        } else if (eq && !cls.dict.containsKey("__hash__")) {
            cls.define("__hash__", PyNone.INSTANCE);
        } else if (eq && cls.dict.get("__hash__") == PyNone.INSTANCE) {
            cls.define("__hash__", PyNone.INSTANCE);
        }
        PyObject[] matchArgs = fields.stream().filter(f -> f.init && !f.kwOnly).map(f -> PyStr.of(f.name))
                .toArray(PyObject[]::new);
        cls.define("__match_args__", PyTuple.wrap(matchArgs));
        return cls;
    }

    static PyType frozenErrorType;

    static RuntimeException frozenError(String name) {
        return PyErr.of(frozenErrorType, "cannot assign to field '" + name + "'");
    }

    private static void set(PyObject self, String name, PyObject v) {
        if (self.instanceDict() != null) {
            self.instanceDict().put(name, v);
        } else {
            Ops.setattr(self, name, v);
        }
    }

    static PyObject asdict(PyObject o) {
        if (o.type().lookup("__dataclass_fields__") instanceof PyDict fd && o instanceof PyInstance) {
            PyDict d = new PyDict();
            for (int p = fd.next(0); p >= 0; p = fd.next(p + 1)) {
                String n = Ops.str(fd.keyAt(p));
                d.putStr(n, asdict(Ops.getattr(o, n)));
            }
            return d;
        }
        if (o instanceof PyList l) {
            PyList out = new PyList();
            for (int i = 0; i < l.size; i++) {
                out.append(asdict(l.items[i]));
            }
            return out;
        }
        if (o instanceof PyTuple t && t.type() == PyTypes.TUPLE) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = asdict(t.items[i]);
            }
            return PyTuple.wrap(items);
        }
        if (o instanceof PyDict d) {
            PyDict out = new PyDict();
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                out.put(asdict(d.keyAt(p)), asdict(d.valueAt(p)));
            }
            return out;
        }
        return o;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("dataclasses");
        frozenErrorType = new PyType("FrozenInstanceError", new PyType[] {PyExc.AttributeError}, true);
        frozenErrorType.module = "dataclasses";
        frozenErrorType.instancesHaveDict = true;
        m.set("FrozenInstanceError", frozenErrorType);
        m.set("MISSING", MISSING);
        m.set("Field", FIELD);
        Mod.fn(m, "dataclass", (a, k) -> {
            boolean[] flags = {true, true, true, false, false, false};
            String[] names = {"init", "repr", "eq", "order", "frozen", "unsafe_hash"};
            for (int i = 0; i < names.length; i++) {
                PyObject v = Args.kw(a, k, names[i]);
                if (v != null) {
                    flags[i] = Ops.isTrue(v);
                }
            }
            if (Args.npos(a, k) == 1 && a[0] instanceof PyType t) {
                return process(t, flags[0], flags[1], flags[2], flags[3], flags[4], flags[5]);
            }
            return new PyBuiltinFunction("wrap", (b, kk) -> process((PyType) b[0], flags[0], flags[1], flags[2],
                    flags[3], flags[4], flags[5]), false, "dataclasses");
        });
        Mod.fn(m, "field", (a, k) -> {
            PyInstance f = new PyInstance(FIELD);
            for (String n : new String[] {"default", "default_factory", "init", "repr", "compare", "kw_only",
                "hash", "metadata"}) {
                PyObject v = Args.kw(a, k, n);
                if (v != null) {
                    f.instanceDict().put(n, v);
                }
            }
            return f;
        });
        Mod.fn(m, "fields", (a, k) -> {
            PyObject fd = Ops.getattrOrNull(a[0], "__dataclass_fields__");
            if (!(fd instanceof PyDict d)) {
                throw PyErr.typeError("must be called with a dataclass type or instance");
            }
            List<PyObject> out = new ArrayList<>();
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                out.add(d.valueAt(p));
            }
            return PyTuple.wrap(out.toArray(new PyObject[0]));
        });
        Mod.fn(m, "asdict", (a, k) -> asdict(a[0]));
        Mod.fn(m, "astuple", (a, k) -> {
            PyDict d = (PyDict) asdict(a[0]);
            List<PyObject> out = new ArrayList<>();
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                out.add(d.valueAt(p));
            }
            return PyTuple.wrap(out.toArray(new PyObject[0]));
        });
        Mod.fn(m, "is_dataclass", (a, k) -> PyBool.of(Ops.getattrOrNull(a[0], "__dataclass_fields__") != null));
        Mod.fn(m, "replace", (a, k) -> {
            PyObject obj = a[0];
            PyDict fd = (PyDict) Ops.getattr(obj, "__dataclass_fields__");
            List<String> names = new ArrayList<>();
            List<PyObject> vals = new ArrayList<>();
            for (int p = fd.next(0); p >= 0; p = fd.next(p + 1)) {
                String n = Ops.str(fd.keyAt(p));
                PyObject v = Args.kw(a, k, n);
                names.add(n);
                vals.add(v != null ? v : Ops.getattr(obj, n));
            }
            return Ops.call(obj.type(), vals.toArray(new PyObject[0]), names.toArray(new String[0]));
        });
        return m;
    }
}
