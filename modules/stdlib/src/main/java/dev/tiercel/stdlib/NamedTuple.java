package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code collections.namedtuple}: a tuple subclass with named fields. */
final class NamedTuple {
    private NamedTuple() {}

    static PyObject make(PyObject[] a, String[] k) {
        int n = Args.npos(a, k);
        Args.allowKw("namedtuple", k, "typename", "field_names", "rename", "defaults", "module");
        String typename = Ops.asString(n > 0 ? a[0] : Args.kw(a, k, "typename"), "typename");
        PyObject fieldsObj = n > 1 ? a[1] : Args.kw(a, k, "field_names");
        List<String> fields = new ArrayList<>();
        if (fieldsObj instanceof PyStr s) {
            for (String f : s.value.replace(',', ' ').trim().split("\\s+")) {
                if (!f.isEmpty()) {
                    fields.add(f);
                }
            }
        } else {
            for (PyObject f : Ops.toArray(fieldsObj)) {
                fields.add(Ops.asString(f, "field name"));
            }
        }
        for (String f : fields) {
            if (f.startsWith("_")) {
                throw PyErr.valueError("Field names cannot start with an underscore: " + Ops.repr(PyStr.of(f)));
            }
        }
        PyObject defaultsObj = Args.kw(a, k, "defaults");
        PyObject[] defaults = defaultsObj == null || defaultsObj == PyNone.INSTANCE ? new PyObject[0]
                : Ops.toArray(defaultsObj);
        String[] names = fields.toArray(new String[0]);
        PyType t = new PyType(typename, new PyType[] {PyTypes.TUPLE}, true);
        PyObject mod = Py.current != null ? Py.current.globals.getStr("__name__") : null;
        t.module = mod instanceof PyStr ms ? ms.value : "__main__";
        t.factory = (ty, args, kw) -> new PyTuple(ty, bind(ty, names, defaults, args, kw));
        PyObject[] fieldStrs = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            int idx = i;
            fieldStrs[i] = PyStr.of(names[i]);
            t.dict.put(names[i], new PyDescriptors.GetSet(names[i], o -> ((PyTuple) o).items[idx], null));
        }
        t.dict.put("_fields", PyTuple.wrap(fieldStrs));
        PyDict fd = new PyDict();
        for (int i = 0; i < defaults.length; i++) {
            fd.putStr(names[names.length - defaults.length + i], defaults[i]);
        }
        t.dict.put("_field_defaults", fd);
        t.dict.put("__slots__", PyTuple.EMPTY);
        t.dict.put("__match_args__", PyTuple.wrap(fieldStrs.clone()));
        t.dict.put("__repr__", new PyBuiltinFunction("__repr__", (x, kk) -> {
            PyTuple self = (PyTuple) x[0];
            StringBuilder sb = new StringBuilder(self.type().name()).append('(');
            for (int i = 0; i < names.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(names[i]).append('=').append(Ops.repr(self.items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }, true, typename));
        t.dict.put("_asdict", new PyBuiltinFunction("_asdict", (x, kk) -> {
            PyTuple self = (PyTuple) x[0];
            PyDict d = new PyDict();
            for (int i = 0; i < names.length; i++) {
                d.putStr(names[i], self.items[i]);
            }
            return d;
        }, true, typename));
        t.dict.put("_replace", new PyBuiltinFunction("_replace", (x, kk) -> {
            PyTuple self = (PyTuple) x[0];
            PyObject[] items = self.items.clone();
            if (kk != null) {
                int base = x.length - kk.length;
                for (int i = 0; i < kk.length; i++) {
                    int idx = Arrays.asList(names).indexOf(kk[i]);
                    if (idx < 0) {
                        throw PyErr.valueError("Got unexpected field names: ['" + kk[i] + "']");
                    }
                    items[idx] = x[base + i];
                }
            }
            return new PyTuple(self.type(), items);
        }, true, typename));
        t.dict.put("_make", new PyDescriptors.ClassMethod(new PyBuiltinFunction("_make",
                (x, kk) -> new PyTuple((PyType) x[0], bind((PyType) x[0], names, defaults, Ops.toArray(x[1]), null)),
                false, typename)));
        return t;
    }

    private static PyObject[] bind(PyType t, String[] names, PyObject[] defaults, PyObject[] args, String[] kw) {
        int n = Args.npos(args, kw);
        if (n > names.length) {
            throw PyErr.typeError(t.name() + ".__new__() takes " + (names.length + 1) + " positional arguments but "
                    + (n + 1) + " were given");
        }
        PyObject[] items = new PyObject[names.length];
        System.arraycopy(args, 0, items, 0, n);
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                int idx = Arrays.asList(names).indexOf(kw[i]);
                if (idx < 0) {
                    throw PyErr.typeError(t.name() + ".__new__() got an unexpected keyword argument '" + kw[i] + "'");
                }
                if (items[idx] != null) {
                    throw PyErr.typeError(t.name() + ".__new__() got multiple values for argument '" + kw[i] + "'");
                }
                items[idx] = args[n + i];
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (items[i] == null) {
                int d = i - (names.length - defaults.length);
                if (d >= 0) {
                    items[i] = defaults[d];
                } else {
                    missing.add("'" + names[i] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0) : String.join(", ", missing.subList(0,
                    missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            throw PyErr.typeError(t.name() + ".__new__() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        return items;
    }
}
