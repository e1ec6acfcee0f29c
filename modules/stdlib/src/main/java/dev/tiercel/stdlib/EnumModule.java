package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/** The {@code enum} module: EnumType, Enum, IntEnum, StrEnum, auto and unique. */
public final class EnumModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "enum";
    }

    /** A member of an int-based enum: an int with the enum's type. */
    static final class EnumInt extends PyInt {
        private final PyType type;
        private final Map<String, PyObject> dict = new HashMap<>();

        EnumInt(PyType type, PyInt v) {
            super(v.isSmall() ? v.value : 0, v.isSmall() ? null : v.toBigInteger());
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict;
        }
    }

    static PyType metaType;
    static PyType enumType;
    static PyType intEnum;
    static PyType strEnum;
    static PyType autoType;

    private static PyType make(String name, PyType[] bases, PyType meta) {
        PyType t = new PyType(name, bases, true);
        t.module = "enum";
        t.instancesHaveDict = true;
        if (meta != null) {
            t.setMetatype(meta);
        }
        return t;
    }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, body, true, t.name()));
    }

    private static PyDict members(PyObject cls) {
        PyObject m = ((PyType) cls).lookup("_member_map_");
        return m instanceof PyDict d ? d : new PyDict();
    }

    private static boolean isDescriptorOrFunction(PyObject v) {
        return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyDescriptors.StaticMethod
                || v instanceof PyDescriptors.ClassMethod || v instanceof PyDescriptors.Property
                || v instanceof PyType || (v instanceof PyInstance && v.type().lookup("__get__") != null);
    }

    /** Turns the class attributes of a new enum class into members. */
    static PyObject createMembers(PyType cls, PyDict ns) {
        PyDict map = new PyDict();
        PyDict byValue = new PyDict();
        PyList names = new PyList();
        boolean intBased = cls.isSubtypeOf(PyTypes.INT);
        boolean strBased = strEnum != null && cls.isSubtypeOf(strEnum);
        PyObject last = null;
        PyObject init = cls.lookup("__init__");
        boolean customInit = init instanceof PyFunction;
        for (int p = ns.next(0); p >= 0; p = ns.next(p + 1)) {
            if (!(ns.keyAt(p) instanceof PyStr ks)) {
                continue;
            }
            String name = ks.value;
            PyObject value = ns.valueAt(p);
            if (name.startsWith("_") || isDescriptorOrFunction(value)) {
                continue;
            }
            if (value instanceof PyInstance ai && ai.type() == autoType) {
                if (strBased) {
                    value = PyStr.of(name.toLowerCase());
                } else if (last instanceof PyInt li) {
                    value = PyInt.of(li.toBigInteger().add(BigInteger.ONE));
                } else {
                    value = PyInt.ONE;
                }
            }
            last = value;
            PyObject existing = byValue.get(value);
            if (existing != null) {
                cls.dict.put(name, existing);
                map.putStr(name, existing);
                continue;
            }
            PyObject member;
            if (intBased) {
                PyObject iv = value instanceof PyTuple t && t.size() > 0 ? t.get(0) : value;
                member = new EnumInt(cls, iv instanceof PyInt i ? i : (PyInt) Ops.call(PyTypes.INT, iv));
            } else {
                member = new PyInstance(cls);
            }
            member.instanceDict().put("_name_", PyStr.of(name));
            member.instanceDict().put("_value_", value);
            if (customInit) {
                PyObject[] args = value instanceof PyTuple t ? t.items : new PyObject[] {value};
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = member;
                System.arraycopy(args, 0, a, 1, args.length);
                Ops.call(init, a, null);
            }
            cls.dict.put(name, member);
            map.putStr(name, member);
            byValue.put(value, member);
            names.append(PyStr.of(name));
        }
        cls.dict.put("_member_map_", map);
        cls.dict.put("_value2member_map_", byValue);
        cls.dict.put("_member_names_", names);
        return cls;
    }

    private static PyObject name(PyObject m) {
        return m.instanceDict().get("_name_");
    }

    private static PyObject value(PyObject m) {
        return m.instanceDict().get("_value_");
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("enum");
        metaType = make("EnumType", new PyType[] {PyTypes.TYPE}, null);
        PyDescriptors.StaticMethod typeNew = (PyDescriptors.StaticMethod) PyTypes.TYPE.dict.get("__new__");
        metaType.dict.put("__new__", new PyDescriptors.StaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            PyType cls = (PyType) Ops.call(typeNew.func, new PyObject[] {a[0], a[1], a[2], a[3]}, null);
            return createMembers(cls, (PyDict) a[3]);
        }, false, "EnumType")));
        method(metaType, "__iter__", (a, k) -> {
            PyList names = (PyList) ((PyType) a[0]).lookup("_member_names_");
            PyDict map = members(a[0]);
            int[] i = {0};
            return new PyJavaIterator("iterator", () -> names == null || i[0] >= names.size ? null
                    : map.get(names.items[i[0]++]));
        });
        method(metaType, "__reversed__", (a, k) -> {
            PyList names = (PyList) ((PyType) a[0]).lookup("_member_names_");
            PyDict map = members(a[0]);
            int[] i = {names == null ? 0 : names.size};
            return new PyJavaIterator("iterator", () -> i[0] <= 0 ? null : map.get(names.items[--i[0]]));
        });
        method(metaType, "__len__", (a, k) -> {
            PyObject names = ((PyType) a[0]).lookup("_member_names_");
            return PyInt.of(names instanceof PyList l ? l.size : 0);
        });
        method(metaType, "__contains__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (a[1].type() == cls) {
                return PyBool.TRUE;
            }
            PyObject bv = cls.lookup("_value2member_map_");
            return PyBool.of(bv instanceof PyDict d && d.containsKey(a[1]));
        });
        method(metaType, "__getitem__", (a, k) -> {
            PyObject v = members(a[0]).get(a[1]);
            if (v == null) {
                throw PyErr.keyError(a[1]);
            }
            return v;
        });
        method(metaType, "__call__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (a.length == 4 || cls.lookup("_member_map_") == null && a.length > 2) {
                PyObject newFn = ((PyDescriptors.StaticMethod) metaType.dict.get("__new__")).func;
                PyDict ns = new PyDict();
                if (a.length == 3 && a[2] instanceof PyObject spec) {
                    PyObject[] names = spec instanceof PyStr s ? java.util.Arrays.stream(s.value.replace(',', ' ')
                            .trim().split("\\s+")).map(PyStr::of).toArray(PyObject[]::new) : Ops.toArray(spec);
                    for (int i = 0; i < names.length; i++) {
                        if (names[i] instanceof PyTuple t) {
                            ns.put(t.get(0), t.get(1));
                        } else {
                            ns.put(names[i], PyInt.of(i + 1));
                        }
                    }
                    return Ops.call(newFn, metaType, a[1], PyTuple.of(cls), ns);
                }
            }
            PyObject bv = cls.lookup("_value2member_map_");
            PyObject v = bv instanceof PyDict d ? d.get(a[1]) : null;
            if (v == null) {
                throw PyErr.valueError(Ops.repr(a[1]) + " is not a valid " + cls.qualname);
            }
            return v;
        });
        method(metaType, "__repr__", (a, k) -> PyStr.of("<enum '" + ((PyType) a[0]).name() + "'>"));
        metaType.dict.put("__members__", new PyDescriptors.GetSet("__members__", c -> members(c).copy(), null));
        m.set("EnumType", metaType);
        m.set("EnumMeta", metaType);

        enumType = make("Enum", new PyType[] {PyTypes.OBJECT}, metaType);
        enumType.dict.put("_member_names_", new PyList());
        method(enumType, "__repr__", (a, k) -> PyStr.of("<" + a[0].type().name() + "." + Ops.str(name(a[0])) + ": "
                + Ops.repr(value(a[0])) + ">"));
        method(enumType, "__str__", (a, k) -> PyStr.of(a[0].type().name() + "." + Ops.str(name(a[0]))));
        method(enumType, "__hash__", (a, k) -> PyInt.of(Ops.hash(name(a[0]))));
        method(enumType, "__format__", (a, k) -> PyStr.of(Ops.format(PyStr.of(Ops.str(a[0])), Ops.str(a[1]))));
        enumType.dict.put("name", new PyDescriptors.GetSet("name", EnumModule::name, null));
        enumType.dict.put("value", new PyDescriptors.GetSet("value", EnumModule::value, null));
        enumType.dict.put("_name_", new PyDescriptors.GetSet("_name_", EnumModule::name, null));
        enumType.dict.put("_value_", new PyDescriptors.GetSet("_value_", EnumModule::value, null));
        m.set("Enum", enumType);

        intEnum = make("IntEnum", new PyType[] {PyTypes.INT, enumType}, metaType);
        intEnum.dict.put("_member_names_", new PyList());
        // int comes before Enum in IntEnum's MRO; members still show Enum's repr, as in CPython.
        intEnum.dict.put("__repr__", enumType.dict.get("__repr__"));
        method(intEnum, "__str__", (a, k) -> PyStr.of(Ops.repr(value(a[0]))));
        method(intEnum, "__format__", (a, k) -> PyStr.of(Ops.format(value(a[0]), Ops.str(a[1]))));
        m.set("IntEnum", intEnum);

        strEnum = make("StrEnum", new PyType[] {enumType}, metaType);
        strEnum.dict.put("_member_names_", new PyList());
        method(strEnum, "__str__", (a, k) -> value(a[0]));
        method(strEnum, "__format__", (a, k) -> PyStr.of(Ops.format(value(a[0]), Ops.str(a[1]))));
        method(strEnum, "__eq__", (a, k) -> PyBool.of(a[0] == a[1] || Ops.eq(value(a[0]), a[1] instanceof PyInstance
                && a[1].type().isSubtypeOf(strEnum) ? value(a[1]) : a[1])));
        method(strEnum, "__hash__", (a, k) -> PyInt.of(Ops.hash(value(a[0]))));
        m.set("StrEnum", strEnum);

        autoType = make("auto", new PyType[] {PyTypes.OBJECT}, null);
        m.set("auto", autoType);
        Mod.fn(m, "unique", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyDict map = members(cls);
            StringBuilder dups = new StringBuilder();
            for (int p = map.next(0); p >= 0; p = map.next(p + 1)) {
                String n = Ops.str(map.keyAt(p));
                String canonical = Ops.str(name(map.valueAt(p)));
                if (!n.equals(canonical)) {
                    if (dups.length() > 0) {
                        dups.append(", ");
                    }
                    dups.append(n).append(" -> ").append(canonical);
                }
            }
            if (dups.length() > 0) {
                throw PyErr.valueError("duplicate values found in " + Ops.repr(cls) + ": " + dups);
            }
            return cls;
        });
        return m;
    }

    static PyObject unused() {
        return PyNone.INSTANCE;
    }
}
