package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;

/**
 * Entry and exit glue for single values: objects of the exact types a native trace works on become tagged slots,
 * and slots become objects again. An int subclass, a big int, or any other object has no unboxed form: the trace
 * is not entered (its guard would fail anyway).
 */
public final class SlotBoxing {
    private SlotBoxing() {
    }

    /** Whether {@link #unbox} can take this value ({@code null} is an unbound local). */
    public static boolean canUnbox(PyObject value) {
        return value == null || value == PyNone.INSTANCE || value instanceof PyBool
                || value.getClass() == PyFloat.class || (value.getClass() == PyInt.class && ((PyInt) value).isSmall());
    }

    /** A value's unboxed form. */
    public record Unboxed(SlotTag tag, long bits) {}

    /** The unboxed form of a value {@link #canUnbox} accepts ({@code null}: UNDEF). */
    public static Unboxed unboxed(PyObject value) {
        if (value == null) {
            return new Unboxed(SlotTag.UNDEF, 0);
        } else if (value == PyNone.INSTANCE) {
            return new Unboxed(SlotTag.NONE, 0);
        } else if (value instanceof PyBool b) {
            return new Unboxed(SlotTag.BOOL, b.value != 0 ? 1 : 0);
        } else if (value.getClass() == PyFloat.class && value instanceof PyFloat f) {
            return new Unboxed(SlotTag.FLOAT, Double.doubleToRawLongBits(f.value));
        } else if (value.getClass() == PyInt.class && ((PyInt) value).isSmall()) {
            return new Unboxed(SlotTag.INT, ((PyInt) value).value);
        }
        throw new IllegalArgumentException("no unboxed form: " + value.getClass().getSimpleName());
    }

    /**
     * The object for a slot's tag and bits, made as the runtime makes it: cached small ints, the bool singletons,
     * None, a float with exactly these bits; {@code null} for UNDEF.
     */
    public static PyObject box(SlotTag tag, long bits) {
        return switch (tag) {
            case UNDEF -> null;
            case INT -> PyInt.of(bits);
            case FLOAT -> PyFloat.of(Double.longBitsToDouble(bits));
            case BOOL -> PyBool.of(bits != 0);
            case NONE -> PyNone.INSTANCE;
            case RANGE_ITER -> throw new IllegalStateException("a range iterator is the caller's to rebuild");
        };
    }

    /**
     * Stores {@code value} into {@code slot}; {@code null} (an unbound local) becomes UNDEF.
     *
     * @return false, leaving the slot unchanged, if the value has no unboxed form
     */
    public static boolean unbox(RegisterFile rf, int slot, PyObject value) {
        if (value == null) {
            rf.set(slot, SlotTag.UNDEF, 0);
        } else if (value == PyNone.INSTANCE) {
            rf.setNone(slot);
        } else if (value instanceof PyBool b) {
            rf.setBool(slot, b.value != 0);
        } else if (value.getClass() == PyFloat.class && value instanceof PyFloat f) {
            rf.setFloat(slot, f.value);
        } else if (value.getClass() == PyInt.class && ((PyInt) value).isSmall()) {
            rf.setInt(slot, ((PyInt) value).value);
        } else {
            return false;
        }
        return true;
    }

    /**
     * The object a slot holds; {@code null} for UNDEF (an unbound local).
     *
     * @throws IllegalStateException for a RANGE_ITER slot: the iterator object is the caller's to rebuild
     */
    public static PyObject box(RegisterFile rf, int slot) {
        long bits = rf.bits(slot);
        return switch (rf.tag(slot)) {
            case UNDEF -> null;
            case INT -> PyInt.of(bits);
            case FLOAT -> PyFloat.of(Double.longBitsToDouble(bits));
            case BOOL -> PyBool.of(bits != 0);
            case NONE -> PyNone.INSTANCE;
            case RANGE_ITER -> throw new IllegalStateException("slot " + slot + " holds a range iterator");
        };
    }
}
