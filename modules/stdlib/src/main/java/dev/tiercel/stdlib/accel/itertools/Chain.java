package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.stdlib.accel.Natives;

/** {@code itertools.chain}: the items of each iterable in turn; iterables are taken lazily from the source. */
final class Chain extends IterType {
    static final PyType TYPE = define("chain");

    static {
        TYPE.factory = (t, a, k) -> {
            if (k != null && k.length > 0 && (t == TYPE || t.lookup("__init__") == PyTypes.OBJECT.lookup("__init__"))) {
                throw PyErr.typeError("chain() takes no keyword arguments");
            }
            int npos = a.length - (k == null ? 0 : k.length);
            return new Chain(t, Ops.iter(PyTuple.wrap(java.util.Arrays.copyOf(a, npos))));
        };
        Natives.method(TYPE, "from_iterable", (a, k) -> {
            Natives.exactlyOne("chain.from_iterable", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return new Chain((PyType) a[0], Ops.iter(a[1]));
        });
        TYPE.dict.put("from_iterable", new PyDescriptors.ClassMethod(TYPE.dict.get("from_iterable")));
        Natives.method(TYPE, "__class_getitem__", (a, k) -> Ops.call(
                Ops.getitem(PyTypes.LIST, PyTypes.INT).type(), a[0], a[1]));
        TYPE.dict.put("__class_getitem__", new PyDescriptors.ClassMethod(TYPE.dict.get("__class_getitem__")));
    }

    private PyObject source;
    private PyObject active;

    private Chain(PyType type, PyObject source) {
        super(type);
        this.source = source;
    }

    @Override
    public PyObject next() {
        while (source != null) {
            if (active == null) {
                PyObject iterable;
                try {
                    iterable = Ops.next(source);
                    if (iterable != null) {
                        active = Ops.iter(iterable);
                    }
                } catch (RuntimeException e) {
                    source = null;
                    throw e;
                }
                if (iterable == null) {
                    source = null;
                    return null;
                }
            }
            PyObject item = Ops.next(active);
            if (item != null) {
                return item;
            }
            active = null;
        }
        return null;
    }
}
