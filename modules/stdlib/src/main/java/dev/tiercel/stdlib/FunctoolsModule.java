package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.Arrays;

/** The {@code functools} module. */
public final class FunctoolsModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "functools";
    }

    static final PyType PARTIAL = new PyType("partial", new PyType[] {PyTypes.OBJECT}, true);
    static final PyType CACHED = new PyType("_lru_cache_wrapper", new PyType[] {PyTypes.OBJECT}, true);

    static {
        PARTIAL.module = "functools";
        CACHED.module = "functools";
    }

    /** Calls {@code f} with {@code pre} prepended to the call's own arguments and keywords merged. */
    static PyObject callWith(PyObject f, PyObject[] pre, PyDict preKw, PyObject[] a, String[] k, int skip) {
        int n = Args.npos(a, k) - skip;
        java.util.LinkedHashMap<String, PyObject> kws = new java.util.LinkedHashMap<>();
        if (preKw != null) {
            for (int p = preKw.next(0); p >= 0; p = preKw.next(p + 1)) {
                kws.put(Ops.str(preKw.keyAt(p)), preKw.valueAt(p));
            }
        }
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                kws.put(k[i], a[skip + n + i]);
            }
        }
        PyObject[] args = new PyObject[pre.length + n + kws.size()];
        System.arraycopy(pre, 0, args, 0, pre.length);
        System.arraycopy(a, skip, args, pre.length, n);
        String[] names = kws.isEmpty() ? null : kws.keySet().toArray(new String[0]);
        int i = pre.length + n;
        for (PyObject v : kws.values()) {
            args[i++] = v;
        }
        return Ops.call(f, args, names);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("functools");
        Mod.fn(m, "reduce", (a, k) -> {
            Args.check("reduce", a, k, 2, 3);
            PyObject it = Ops.iter(a[1]);
            PyObject acc = a.length > 2 ? a[2] : Ops.next(it);
            if (acc == null) {
                throw PyErr.typeError("reduce() of empty iterable with no initial value");
            }
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                acc = Ops.call(a[0], acc, v);
            }
            return acc;
        });
        PARTIAL.factory = (t, a, k) -> {
            PyInstance p = new PyInstance(t);
            int n = Args.npos(a, k);
            PyDict kw = new PyDict();
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    kw.putStr(k[i], a[n + i]);
                }
            }
            p.instanceDict().put("func", a[0]);
            p.instanceDict().put("args", PyTuple.wrap(Arrays.copyOfRange(a, 1, n)));
            p.instanceDict().put("keywords", kw);
            return p;
        };
        PARTIAL.instancesHaveDict = true;
        PARTIAL.dict.put("__call__", new PyBuiltinFunction("__call__", (a, k) -> {
            var d = a[0].instanceDict();
            return callWith(d.get("func"), ((PyTuple) d.get("args")).items, (PyDict) d.get("keywords"), a, k, 1);
        }, true, "partial"));
        PARTIAL.dict.put("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> {
            var d = a[0].instanceDict();
            StringBuilder sb = new StringBuilder("functools.partial(").append(Ops.repr(d.get("func")));
            for (PyObject v : ((PyTuple) d.get("args")).items) {
                sb.append(", ").append(Ops.repr(v));
            }
            PyDict kw = (PyDict) d.get("keywords");
            for (int p = kw.next(0); p >= 0; p = kw.next(p + 1)) {
                sb.append(", ").append(Ops.str(kw.keyAt(p))).append('=').append(Ops.repr(kw.valueAt(p)));
            }
            return PyStr.of(sb.append(')').toString());
        }, true, "partial"));
        m.set("partial", PARTIAL);
        CACHED.instancesHaveDict = true;
        CACHED.dict.put("__call__", new PyBuiltinFunction("__call__", (a, k) -> {
            var d = a[0].instanceDict();
            PyDict memo = (PyDict) d.get("__memo__");
            PyObject[] key = Arrays.copyOfRange(a, 1, a.length);
            PyObject keyObj = k == null ? PyTuple.wrap(key)
                    : PyTuple.of(PyTuple.wrap(key), PyTuple.wrap(Arrays.stream(k).map(PyStr::of)
                            .toArray(PyObject[]::new)));
            PyObject v = memo.get(keyObj);
            long[] stats = (long[]) ((Holder) d.get("__stats__")).value;
            if (v != null) {
                stats[0]++;
                return v;
            }
            stats[1]++;
            v = callWith(d.get("__wrapped__"), new PyObject[0], null, a, k, 1);
            memo.put(keyObj, v);
            return v;
        }, true, "_lru_cache_wrapper"));
        CACHED.dict.put("cache_clear", new PyBuiltinFunction("cache_clear", (a, k) -> {
            ((PyDict) a[0].instanceDict().get("__memo__")).clear();
            long[] stats = (long[]) ((Holder) a[0].instanceDict().get("__stats__")).value;
            stats[0] = stats[1] = 0;
            return PyNone.INSTANCE;
        }, true, "_lru_cache_wrapper"));
        CACHED.dict.put("cache_info", new PyBuiltinFunction("cache_info", (a, k) -> {
            var d = a[0].instanceDict();
            long[] stats = (long[]) ((Holder) d.get("__stats__")).value;
            return PyStr.of("CacheInfo(hits=" + stats[0] + ", misses=" + stats[1] + ", maxsize="
                    + Ops.repr(d.get("__maxsize__")) + ", currsize=" + ((PyDict) d.get("__memo__")).size() + ")");
        }, true, "_lru_cache_wrapper"));
        CACHED.dict.put("__get__", new PyBuiltinFunction("__get__", (a, k) -> a[1] == PyNone.INSTANCE ? a[0]
                : new dev.tiercel.runtime.object.PyMethod(a[0], a[1]), true, "_lru_cache_wrapper"));
        Mod.fn(m, "cache", (a, k) -> cached(a[0], PyNone.INSTANCE));
        Mod.fn(m, "lru_cache", (a, k) -> {
            PyObject first = a.length > 0 ? a[0] : Args.kw(a, k, "maxsize");
            if (first instanceof PyFunction || first instanceof PyBuiltinFunction) {
                return cached(first, PyInt.of(128));
            }
            PyObject maxsize = first == null ? PyInt.of(128) : first;
            return new PyBuiltinFunction("decorating_function", (b, kk) -> cached(b[0], maxsize), false,
                    "functools");
        });
        Mod.fn(m, "wraps", (a, k) -> {
            PyObject wrapped = a[0];
            return new PyBuiltinFunction("decorator", (b, kk) -> update(b[0], wrapped), false, "functools");
        });
        Mod.fn(m, "update_wrapper", (a, k) -> update(a[0], a[1]));
        Mod.fn(m, "cmp_to_key", (a, k) -> cmpToKey(a[0]));
        Mod.fn(m, "total_ordering", (a, k) -> totalOrdering((PyType) a[0]));
        return m;
    }

    /** Keeps a Java value in an attribute map. */
    static final class Holder extends PyObject {
        final Object value;

        Holder(Object value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyTypes.OBJECT;
        }
    }

    private static PyObject cached(PyObject f, PyObject maxsize) {
        PyInstance c = new PyInstance(CACHED);
        update(c, f);
        c.instanceDict().put("__memo__", new PyDict());
        c.instanceDict().put("__stats__", new Holder(new long[2]));
        c.instanceDict().put("__maxsize__", maxsize);
        return c;
    }

    private static PyObject update(PyObject wrapper, PyObject wrapped) {
        for (String attr : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = Ops.getattrOrNull(wrapped, attr);
            if (v != null) {
                try {
                    if (wrapper instanceof PyInstance pi) {
                        pi.instanceDict().put(attr, v);
                    } else {
                        Ops.setattr(wrapper, attr, v);
                    }
                } catch (dev.tiercel.runtime.object.PyException e) {
                    // read-only attribute: skip, as functools does
                }
            }
        }
        var d = wrapper.instanceDict();
        if (d != null) {
            d.put("__wrapped__", wrapped);
        }
        return wrapper;
    }

    private static PyObject cmpToKey(PyObject cmp) {
        PyType k = new PyType("K", new PyType[] {PyTypes.OBJECT}, true);
        k.module = "functools";
        k.instancesHaveDict = true;
        k.factory = (t, a, kw) -> {
            PyInstance o = new PyInstance(t);
            o.instanceDict().put("obj", a[0]);
            return o;
        };
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < names.length; i++) {
            int op = i;
            k.dict.put(names[i], new PyBuiltinFunction(names[i], (a, kw) -> {
                PyObject r = Ops.call(cmp, a[0].instanceDict().get("obj"), a[1].instanceDict().get("obj"));
                return PyBool.of(Ops.isTrue(Ops.richCompare(r, PyInt.ZERO, op)));
            }, true, "K"));
        }
        k.dict.put("__hash__", PyNone.INSTANCE);
        return k;
    }

    private static PyObject totalOrdering(PyType cls) {
        String[] ops = {"__lt__", "__le__", "__gt__", "__ge__"};
        String root = null;
        for (String o : ops) {
            if (cls.dict.containsKey(o)) {
                root = o;
                break;
            }
        }
        if (root == null) {
            throw PyErr.valueError("must define at least one ordering operation: < > <= >=");
        }
        PyObject rootFn = cls.dict.get(root);
        String r = root;
        for (String o : ops) {
            if (cls.dict.containsKey(o)) {
                continue;
            }
            String target = o;
            cls.define(o, new PyBuiltinFunction(o, (a, k) -> {
                PyObject res = Ops.callMethod(rootFn, a[0], a[1]);
                if (res == PyNotImplemented.INSTANCE) {
                    return res;
                }
                boolean base = Ops.isTrue(res);
                boolean eq = Ops.eq(a[0], a[1]);
                boolean lt = switch (r) {
                    case "__lt__" -> base;
                    case "__le__" -> base && !eq;
                    case "__gt__" -> !base && !eq;
                    default -> !base;
                };
                return PyBool.of(switch (target) {
                    case "__lt__" -> lt;
                    case "__le__" -> lt || eq;
                    case "__gt__" -> !lt && !eq;
                    default -> !lt;
                });
            }, true, cls.name()));
        }
        return cls;
    }
}
