package dev.tiercel.stdlib.accel.collections;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.stdlib.accel.Natives;

/**
 * {@code _collections}, the accelerator {@code collections} imports when present (as CPython's C module):
 * {@code deque} (with its iterator types) and {@code _count_elements}, Counter's counting loop.
 */
public final class CollectionsModule implements BuiltinModuleProvider {

    @Override
    public String moduleName() {
        return "_collections";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_collections");
        m.set("deque", DequeType.TYPE);
        m.set("_deque_iterator", DequeIterator.FORWARD);
        m.set("_deque_reverse_iterator", DequeIterator.REVERSE);
        Natives.function(m, "_count_elements", (a, k) -> {
            Natives.expect("_count_elements", a, k, 2, 2);
            countElements(a[0], a[1]);
            return PyNone.INSTANCE;
        });
        return m;
    }

    /**
     * {@code mapping[x] = mapping.get(x, 0) + 1} for each x; straight on the dict's table when the mapping is a dict
     * whose {@code get} and {@code __setitem__} are dict's own (Counter), through those methods otherwise.
     */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        if (mapping instanceof PyDict d && d.type().lookup("get") == PyTypes.DICT.lookup("get")
                && d.type().lookup("__setitem__") == PyTypes.DICT.lookup("__setitem__")) {
            for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
                PyObject old = d.get(key);
                d.put(key, old == null ? PyInt.ONE : Ops.binaryOp(old, PyInt.ONE, Ops.NB_ADD));
            }
            return;
        }
        PyObject get = Ops.getattr(mapping, "get");
        for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
            PyObject old = Ops.call(get, key, PyInt.ZERO);
            Ops.setitem(mapping, key, Ops.binaryOp(old, PyInt.ONE, Ops.NB_ADD));
        }
    }
}
