package dev.tiercel.runtime.object;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** The small descriptor objects: property, staticmethod, classmethod, slot members and builtin getsets. */
public final class PyDescriptors {
    private PyDescriptors() {}

    /** {@code property(fget, fset, fdel, doc)}. */
    public static final class Property extends PyObject {
        public final PyObject fget, fset, fdel, doc;

        public Property(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public PyType type() {
            return PyTypes.PROPERTY;
        }
    }

    /** {@code staticmethod(f)}. */
    public static final class StaticMethod extends PyObject {
        public final PyObject func;

        public StaticMethod(PyObject func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return PyTypes.STATICMETHOD;
        }
    }

    /** {@code classmethod(f)}. */
    public static final class ClassMethod extends PyObject {
        public final PyObject func;

        public ClassMethod(PyObject func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return PyTypes.CLASSMETHOD;
        }
    }

    /** A {@code __slots__} member: reads and writes one slot of {@link PyInstance#slots}. */
    public static final class Member extends PyObject {
        public final String name;
        public final int index;
        public final PyType owner;

        public Member(String name, int index, PyType owner) {
            this.name = name;
            this.index = index;
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return PyTypes.MEMBER_DESCRIPTOR;
        }
    }

    /** A computed attribute of a builtin type ({@code __name__}, {@code args}, {@code real}, ...). */
    public static final class GetSet extends PyObject {
        public final String name;
        public final Function<PyObject, PyObject> getter;
        public final BiConsumer<PyObject, PyObject> setter;

        /**
         * What {@code del obj.name} does (raise or reset), or null: then the deletion goes to the instance's
         * {@code __dict__}, as for an attribute the type does not define.
         */
        public final java.util.function.Consumer<PyObject> deleter;

        /** The class whose namespace holds it, for the repr; null when not known. */
        public final PyType owner;

        public GetSet(String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter) {
            this(name, getter, setter, null, null);
        }

        public GetSet(String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter,
                PyType owner) {
            this(name, getter, setter, null, owner);
        }

        public GetSet(String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter,
                java.util.function.Consumer<PyObject> deleter, PyType owner) {
            this.name = name;
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return PyTypes.GETSET_DESCRIPTOR;
        }
    }

    /** {@code super(type, obj)}. */
    public static final class Super extends PyObject {
        public final PyType thisType;
        public final PyObject obj;
        public final PyType objType;

        public Super(PyType thisType, PyObject obj) {
            this.thisType = thisType;
            this.obj = obj;
            this.objType = obj instanceof PyType t && t.isSubtypeOf(thisType) ? t : obj.type();
            if (!objType.isSubtypeOf(thisType)) {
                throw PyErr.typeError("super(type, obj): obj (" + (obj instanceof PyType t ? "type " + t.name()
                        : "instance of " + obj.type().name()) + ") is not an instance or subtype of type ("
                        + thisType.name() + ").");
            }
        }

        @Override
        public PyType type() {
            return PyTypes.SUPER;
        }
    }
}
