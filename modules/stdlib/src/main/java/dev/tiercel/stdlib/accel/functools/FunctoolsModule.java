package dev.tiercel.stdlib.accel.functools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.stdlib.accel.Natives;

/**
 * {@code _functools}, the accelerator {@code functools.py} imports when present (as CPython's C module):
 * {@code reduce}, {@code cmp_to_key}, {@code partial} and {@code _lru_cache_wrapper}.
 */
public final class FunctoolsModule implements BuiltinModuleProvider {

    @Override
    public String moduleName() {
        return "_functools";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_functools");
        Natives.function(m, "reduce", (a, k) -> {
            Natives.expect("reduce", a, k, 2, 3);
            return reduce(a[0], a[1], a.length > 2 ? a[2] : null);
        });
        Natives.function(m, "cmp_to_key", (a, k) -> {
            PyObject cmp = a.length == 1 && k == null ? a[0]
                    : a.length == 1 && k.length == 1 && k[0].equals("mycmp") ? a[0] : null;
            if (cmp == null) {
                if (a.length > 1) {
                    throw PyErr.typeError("cmp_to_key() takes at most 1 argument (" + a.length + " given)");
                }
                if (a.length == 1) {
                    throw PyErr.typeError("cmp_to_key() got an unexpected keyword argument '" + k[0] + "'");
                }
                throw PyErr.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
            }
            return new KeyWrapper(cmp, null);
        });
        m.set("_lru_cache_wrapper", LruCache.TYPE);
        m.set("partial", Partial.TYPE);
        return m;
    }

    /** Applies {@code function} cumulatively, left to right, starting from {@code initial} when given. */
    static PyObject reduce(PyObject function, PyObject iterable, PyObject initial) {
        PyObject it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.value.isInstance(PyExc.TypeError)) {
                throw PyErr.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = initial;
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            acc = acc == null ? v : Ops.call(function, acc, v);
        }
        if (acc == null) {
            throw PyErr.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }
}
