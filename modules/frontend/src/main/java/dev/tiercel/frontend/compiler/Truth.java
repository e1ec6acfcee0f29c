package dev.tiercel.frontend.compiler;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;

/** Truth value of a compile-time constant. */
final class Truth {
    private Truth() {
    }

    static boolean of(Object o) {
        if (o == PyNone.INSTANCE) {
            return false;
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (o instanceof PyInt i) {
            return i.big != null || i.value != 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0.0;
        }
        if (o instanceof PyComplex c) {
            return c.real != 0.0 || c.imag != 0.0;
        }
        if (o instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (o instanceof PyBytes b) {
            return b.length() > 0;
        }
        if (o instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (o instanceof FrozenSetConst f) {
            return !f.items().isEmpty();
        }
        return true;
    }
}
