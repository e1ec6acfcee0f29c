package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.lang.ref.WeakReference;

/**
 * {@code _weakref}: references that do not keep their object alive, over {@link WeakReference}. On the JVM an object
 * dies when the garbage collector finds it unreachable, not when its last reference goes away, so a dead reference
 * may keep answering its object for a while, and callbacks are never called (see modules/stdlib/README.md).
 */
public final class WeakrefModule implements BuiltinModuleProvider {
    static final PyType REF = new PyType("ReferenceType", new PyType[] {PyTypes.OBJECT}, true);

    static {
        REF.module = "weakref";
        REF.factory = (t, a, k) -> {
            if (a.length < 1 || a.length > 2) {
                throw PyErr.typeError("__new__ expected at most 2 arguments, got " + a.length);
            }
            return new Ref(a[0], a.length > 1 ? a[1] : PyNone.INSTANCE);
        };
        method("__call__", (a, k) -> {
            PyObject o = self(a[0]).referent.get();
            return o == null ? PyNone.INSTANCE : o;
        });
        method("__hash__", (a, k) -> {
            Ref r = self(a[0]);
            if (r.hash == null) {
                PyObject o = r.referent.get();
                if (o == null) {
                    throw PyErr.typeError("weak object has gone away");
                }
                r.hash = PyInt.of(Ops.hash(o));
            }
            return r.hash;
        });
        method("__eq__", (a, k) -> compare(a[0], a[1], true));
        method("__ne__", (a, k) -> compare(a[0], a[1], false));
        method("__repr__", (a, k) -> {
            PyObject o = self(a[0]).referent.get();
            return PyStr.of(o == null ? "<weakref at " + Ops.address(a[0]) + "; dead>"
                    : "<weakref at " + Ops.address(a[0]) + "; to '" + o.type().qualifiedName() + "' at "
                    + Ops.address(o) + ">");
        });
        REF.dict.put("__callback__", new PyDescriptors.GetSet("__callback__", o -> self(o).callback, null));
    }

    /** One weak reference. */
    static final class Ref extends PyObject {
        final WeakReference<PyObject> referent;
        final PyObject callback;
        PyObject hash;

        Ref(PyObject referent, PyObject callback) {
            this.referent = new WeakReference<>(referent);
            this.callback = callback;
        }

        @Override
        public PyType type() {
            return REF;
        }
    }

    private static void method(String name, PyBuiltinFunction.Body body) {
        REF.dict.put(name, new PyBuiltinFunction(name, body, true, "ReferenceType"));
    }

    private static Ref self(PyObject o) {
        if (o instanceof Ref r) {
            return r;
        }
        throw PyErr.typeError("descriptor requires a 'weakref.ReferenceType' object but received a '"
                + o.type().name() + "'");
    }

    /** Live references compare their objects; otherwise identity. */
    private static PyObject compare(PyObject a, PyObject b, boolean eq) {
        if (!(b instanceof Ref rb)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject x = self(a).referent.get();
        PyObject y = rb.referent.get();
        boolean same = x != null && y != null ? Ops.eq(x, y) : a == b;
        return PyBool.of(same == eq);
    }

    @Override
    public String moduleName() {
        return "_weakref";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.set("ref", REF);
        m.set("ReferenceType", REF);
        return m;
    }
}
