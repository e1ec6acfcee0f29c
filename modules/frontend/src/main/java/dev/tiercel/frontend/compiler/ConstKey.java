package dev.tiercel.frontend.compiler;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Equality of constants as CPython's {@code _PyCode_ConstantKey}: same type and same value, with {@code 0.0} and
 * {@code -0.0} kept apart; anything else (code objects, NaN) is compared by identity.
 */
final class ConstKey {
    private ConstKey() {
    }

    static Object of(PyObject o) {
        if (o instanceof PyBool b) {
            return List.of("bool", b == PyBool.TRUE);
        }
        if (o instanceof PyInt i) {
            return List.of("int", i.toBigInteger());
        }
        if (o instanceof PyFloat f) {
            return Double.isNaN(f.value) ? new Identity(o) : List.of("float", Double.doubleToLongBits(f.value));
        }
        if (o instanceof PyComplex c) {
            if (Double.isNaN(c.real) || Double.isNaN(c.imag)) {
                return new Identity(o);
            }
            return List.of("complex", Double.doubleToLongBits(c.real), Double.doubleToLongBits(c.imag));
        }
        if (o instanceof PyStr s) {
            return List.of("str", s.value);
        }
        if (o instanceof PyBytes b) {
            return List.of("bytes", new BytesKey(b.toByteArray()));
        }
        if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>();
            items.add("tuple");
            for (int k = 0; k < t.size(); k++) {
                items.add(of(t.get(k)));
            }
            return items;
        }
        if (o instanceof FrozenSetConst fs) {
            List<Object> items = new ArrayList<>();
            items.add("frozenset");
            for (PyObject item : fs.items()) {
                items.add(of(item));
            }
            return items;
        }
        if (o == dev.tiercel.runtime.object.PyNone.INSTANCE || o == dev.tiercel.runtime.object.PyEllipsis.INSTANCE) {
            return o;
        }
        return new Identity(o);
    }

    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    private record BytesKey(byte[] b) {
        @Override
        public boolean equals(Object other) {
            return other instanceof BytesKey k && Arrays.equals(k.b, b);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(b);
        }
    }
}
