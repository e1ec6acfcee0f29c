package dev.tiercel.runtime.object;

import java.math.BigInteger;
import java.util.Map;

/**
 * Instances of Python classes that derive from an immutable builtin value type ({@code class I(int)},
 * {@code class S(str)}, float, complex, bytes, set and frozenset): Java subclasses of the builtin's class, so
 * every builtin method accepts them, carrying the class and an optional {@code __dict__}. The fast paths of
 * {@link Ops} and tier 1 test for the exact builtin classes, so operators on these go through the dunder lookup
 * (a class's own {@code __add__} wins; otherwise the builtin's operation on the base value, as CPython's
 * inherited slots do).
 */
public final class Derived {
    private Derived() {}

    /** A live {@code __dict__} made on first use when the class gives its instances one. */
    static Map<String, PyObject> dictFor(PyType type, Map<String, PyObject> current) {
        return current != null || !type.instancesHaveDict ? current : new AttrMap(new PyDict());
    }

    /**
     * Whether {@code o} is an instance of a Python subclass of int, float, str, complex or bytes (sets are mutable
     * and are handled like list subclasses: in place, never through {@link #base}).
     */
    public static boolean isDerived(PyObject o) {
        return o instanceof Int || o instanceof Str || o instanceof Float || o instanceof Complex
                || o instanceof Bytes;
    }

    /**
     * {@code v}, made by a builtin constructor, as an instance of {@code type}: itself for the builtin type, a
     * derived instance for a Python subclass of it.
     */
    public static PyObject of(PyType type, PyObject v) {
        if (!type.heap) {
            return base(v); // int(x), str(x)... of a subclass instance give the plain value
        }
        v = base(v);
        if (v instanceof PyInt i && !(v instanceof PyBool)) {
            return new Int(type, i);
        }
        if (v instanceof PyStr s) {
            return new Str(type, s.value);
        }
        if (v instanceof PyFloat f) {
            return new Float(type, f.value);
        }
        if (v instanceof PyComplex c) {
            return new Complex(type, c.real, c.imag);
        }
        if (v instanceof PyBytes b) {
            return new Bytes(type, b.toByteArray());
        }
        return v;
    }

    /** The value as an instance of its exact builtin type (the object itself when it is one already). */
    public static PyObject base(PyObject o) {
        if (o instanceof Int i) {
            return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
        }
        if (o instanceof Str s) {
            return PyStr.of(s.value);
        }
        if (o instanceof Float f) {
            return PyFloat.of(f.value);
        }
        if (o instanceof Complex c) {
            return new PyComplex(c.real, c.imag);
        }
        if (o instanceof Bytes b) {
            return new PyBytes(b.toByteArray());
        }
        if (o instanceof PyTuple t && t.type() != PyTypes.TUPLE) {
            return PyTuple.wrap(t.items);
        }
        return o;
    }

    /** An {@code int} subclass instance. */
    public static final class Int extends PyInt {
        private final PyType type;
        private Map<String, PyObject> dict;

        public Int(PyType type, PyInt v) {
            super(v.value, v.big);
            this.type = type;
        }

        public Int(PyType type, BigInteger v) {
            this(type, PyInt.of(v));
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict = dictFor(type, dict);
        }
    }

    /** A {@code str} subclass instance. */
    public static final class Str extends PyStr {
        private final PyType type;
        private Map<String, PyObject> dict;

        public Str(PyType type, String v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict = dictFor(type, dict);
        }
    }

    /** A {@code float} subclass instance. */
    public static final class Float extends PyFloat {
        private final PyType type;
        private Map<String, PyObject> dict;

        public Float(PyType type, double v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict = dictFor(type, dict);
        }
    }

    /** A {@code complex} subclass instance. */
    public static final class Complex extends PyComplex {
        private final PyType type;
        private Map<String, PyObject> dict;

        public Complex(PyType type, double real, double imag) {
            super(real, imag);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict = dictFor(type, dict);
        }
    }

    /** A {@code bytes} subclass instance. */
    public static final class Bytes extends PyBytes {
        private final PyType type;
        private Map<String, PyObject> dict;

        public Bytes(PyType type, byte[] v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict = dictFor(type, dict);
        }
    }

    /** A {@code set} or {@code frozenset} subclass instance. */
    public static final class Set extends PySet {
        private final PyType type;
        private Map<String, PyObject> dict;

        public Set(PyType type, boolean frozen) {
            super(frozen);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, PyObject> instanceDict() {
            return dict = dictFor(type, dict);
        }
    }
}
