package dev.tiercel.stdlib.accel.functools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.stdlib.accel.Natives;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)}: the cached callable. Keys
 * are the argument tuple (a lone exact int or str argument stands for itself), with a marker and the keyword items
 * after, and the argument types when typed. The cache is a dict in recency order (oldest first): a hit moves its
 * key to the end, a miss past {@code maxsize} evicts the first key. The wrapper has a {@code __dict__} (for
 * {@code update_wrapper}) and binds as a method.
 */
final class LruCache extends PyObject {
    static final PyType TYPE = Natives.type("functools", "_lru_cache_wrapper");
    /** Separates positional from keyword arguments in keys (one object, as CPython's kwd_mark). */
    private static final PyObject KWD_MARK = new dev.tiercel.runtime.object.PyInstance(PyTypes.OBJECT);

    static {
        TYPE.factory = (t, a, k) -> {
            Natives.expect("_lru_cache_wrapper", a, k, 4, 4);
            return new LruCache(t, a);
        };
        Natives.method(TYPE, "__call__", (a, k) -> ((LruCache) a[0]).call(a, k));
        Natives.method(TYPE, "cache_info", (a, k) -> ((LruCache) a[0]).info());
        Natives.method(TYPE, "cache_clear", (a, k) -> {
            LruCache c = (LruCache) a[0];
            c.hits = 0;
            c.misses = 0;
            c.cache.clear();
            return PyNone.INSTANCE;
        });
        Natives.method(TYPE, "__get__", (a, k) -> a.length < 2 || a[1] == PyNone.INSTANCE ? a[0]
                : new PyMethod(a[0], a[1]));
        Natives.method(TYPE, "__reduce__", (a, k) -> Ops.getattr(a[0], "__qualname__"));
        Natives.method(TYPE, "__copy__", (a, k) -> a[0]);
        Natives.method(TYPE, "__deepcopy__", (a, k) -> a[0]);
    }

    private final PyObject function;
    private final long maxsize;
    private final PyObject maxsizeObject;
    private final boolean typed;
    private final PyObject cacheInfoType;
    private final PyDict cache = new PyDict();
    private final Map<String, PyObject> dict = new dev.tiercel.runtime.object.AttrMap(new PyDict());
    private final PyType type;
    long hits;
    long misses;

    LruCache(PyType type, PyObject[] a) {
        this.type = type;
        if (!isCallable(a[0])) {
            throw PyErr.typeError("the first argument must be callable");
        }
        this.function = a[0];
        if (a[1] == PyNone.INSTANCE) {
            maxsize = -1;
        } else if (a[1] instanceof PyInt || a[1].type().lookup("__index__") != null) {
            maxsize = Math.max(0, Ops.index(a[1]));
        } else {
            throw PyErr.typeError("maxsize should be integer or None");
        }
        this.maxsizeObject = a[1] == PyNone.INSTANCE ? PyNone.INSTANCE : PyInt.of(maxsize);
        this.typed = Ops.isTrue(a[2]);
        this.cacheInfoType = a[3];
    }

    private static boolean isCallable(PyObject o) {
        return o instanceof dev.tiercel.runtime.object.PyFunction || o instanceof PyType
                || o instanceof dev.tiercel.runtime.object.PyBuiltinFunction || o instanceof PyMethod
                || o.type().lookup("__call__") != null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        return dict;
    }

    private PyObject info() {
        return Ops.call(cacheInfoType, PyInt.of(hits), PyInt.of(misses), maxsizeObject, PyInt.of(cache.size()));
    }

    private PyObject call(PyObject[] a, String[] k) {
        PyObject[] args = Arrays.copyOfRange(a, 1, a.length);
        if (maxsize == 0) {
            misses++;
            return Ops.call(function, args, k);
        }
        PyObject key = key(args, k);
        PyObject found = cache.get(key);
        if (found != null) {
            hits++;
            if (maxsize > 0) {
                cache.remove(key);
                cache.put(key, found);
            }
            return found;
        }
        misses++;
        PyObject result = Ops.call(function, args, k);
        if (maxsize > 0) {
            if (cache.get(key) != null) {
                return result; // a recursive call stored it meanwhile
            }
            if (cache.size() >= maxsize) {
                cache.remove(cache.keyAt(cache.next(0)));
            }
        }
        cache.put(key, result);
        return result;
    }

    private PyObject key(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1 && (args[0].type() == PyTypes.STR || args[0].type() == PyTypes.INT)) {
                return args[0];
            }
            return PyTuple.of(args);
        }
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
        PyObject[] key = new PyObject[size];
        System.arraycopy(args, 0, key, 0, npos);
        int at = npos;
        if (nkw > 0) {
            key[at++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[at++] = PyStr.of(kwnames[i]);
                key[at++] = args[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[at++] = args[i].type();
            }
            for (int i = 0; i < nkw; i++) {
                key[at++] = args[npos + i].type();
            }
        }
        return PyTuple.of(key);
    }
}
