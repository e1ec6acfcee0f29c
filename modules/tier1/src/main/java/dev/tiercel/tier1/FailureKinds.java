package dev.tiercel.tier1;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyTypes;

/**
 * Why a specialization attempt failed, as CPython 3.13's {@code SPEC_FAIL_*} numbers (Python/specialize.c), for the
 * {@code failure_kinds} lines of {@code -X pystats}. Only reasons that follow from the operands' types are named;
 * {@link #OTHER} is CPython's own "none of the named reasons". Reasons about CPython's object layout (dict keys,
 * inline values, globals' versions) are not classified ({@link #NONE}).
 */
final class FailureKinds {
    private FailureKinds() {}

    static final int NONE = -1;
    static final int OTHER = 0;
    static final int OVERRIDDEN = 2;
    static final int OUT_OF_RANGE = 4;
    static final int EXPECTED_ERROR = 5;
    static final int ATTR_PROPERTY = 14;
    static final int ATTR_MODULE_ATTR_NOT_FOUND = 20;
    static final int WRONG_NUMBER_ARGUMENTS = 6;
    static final int CODE_NOT_OPTIMIZED = 8;
    /** LOAD_SUPER_ATTR: the class operand is not a type. */
    static final int SUPER_BAD_CLASS = 9;
    /** LOAD_SUPER_ATTR: the global {@code super} is not the builtin. */
    static final int SUPER_SHADOWED = 10;
    /** CALL: a bound method whose function is not a Python function. */
    static final int CALL_BOUND_METHOD = 23;
    /** CALL: {@code str} with other than one argument. */
    static final int CALL_STR = 24;
    /** CALL: a built-in class that cannot be called directly (no factory; CPython's "no vectorcall"). */
    static final int CALL_CLASS_NO_VECTORCALL = 25;

    /** LOAD_ATTR / STORE_ATTR on an instance: only a property is named. */
    static int attribute(PyObject descr) {
        return descr != null && descr.type() == PyTypes.PROPERTY ? ATTR_PROPERTY : NONE;
    }

    /** BINARY_OP: the operator, and whether the operand types differ. */
    static int binaryOp(int nb, PyObject a, PyObject b) {
        boolean same = a.type() == b.type();
        return switch (nb >= Ops.NB_INPLACE_ADD ? nb - Ops.NB_INPLACE_ADD : nb) {
            case Ops.NB_ADD -> same ? 10 : 9;
            case Ops.NB_AND -> !same ? 11 : a.type() == PyTypes.INT ? 12 : 13;
            case Ops.NB_FLOOR_DIVIDE -> 14;
            case Ops.NB_LSHIFT -> 15;
            case Ops.NB_MATRIX_MULTIPLY -> 16;
            case Ops.NB_MULTIPLY -> same ? 18 : 17;
            case Ops.NB_OR -> 19;
            case Ops.NB_POWER -> 20;
            case Ops.NB_REMAINDER -> 21;
            case Ops.NB_RSHIFT -> 22;
            case Ops.NB_SUBTRACT -> same ? 24 : 23;
            case Ops.NB_TRUE_DIVIDE -> !same ? 25 : a.type() == PyTypes.FLOAT ? 26 : 27;
            case Ops.NB_XOR -> 28;
            default -> NONE;
        };
    }

    /** COMPARE_OP: mixed types, then the left operand's type. */
    static int compareOp(PyObject a, PyObject b) {
        if (a.type() != b.type()) {
            if (a.type() == PyTypes.FLOAT && b.type() == PyTypes.INT) {
                return 21;
            }
            return a.type() == PyTypes.INT && b.type() == PyTypes.FLOAT ? 22 : 12;
        }
        if (a.type() == PyTypes.INT && a instanceof PyInt x && !x.isSmall()) {
            return 14;
        }
        if (a.type() == PyTypes.STR) {
            return 13;
        }
        if (a.type() == PyTypes.BYTES) {
            return 15;
        }
        if (a.type() == PyTypes.TUPLE) {
            return 16;
        }
        if (a.type() == PyTypes.LIST) {
            return 17;
        }
        if (a.type() == PyTypes.SET || a.type() == PyTypes.FROZENSET) {
            return 18;
        }
        return a instanceof PyBool ? 19 : OTHER;
    }

    /** TO_BOOL: the value's type. */
    static int toBool(PyObject v) {
        if (v.type() == PyTypes.BYTES) {
            return 10;
        }
        if (v.type() == PyTypes.DICT) {
            return 11;
        }
        if (v instanceof PyFloat) {
            return 12;
        }
        if (v.type() == PyTypes.SET || v.type() == PyTypes.FROZENSET) {
            return 17;
        }
        return v.type() == PyTypes.TUPLE ? 18 : OTHER;
    }

    /** FOR_ITER: the iterator's type, by its Python name. */
    static int forIter(PyObject it) {
        return switch (it.type().name()) {
            case "generator" -> 10;
            case "coroutine" -> 11;
            case "async_generator" -> 12;
            case "list_iterator" -> 13;
            case "tuple_iterator" -> 14;
            case "set_iterator" -> 15;
            case "str_iterator" -> 16;
            case "bytes_iterator" -> 17;
            case "range_iterator", "longrange_iterator" -> 18;
            case "dict_keyiterator" -> 20;
            case "dict_itemiterator" -> 21;
            case "dict_valueiterator" -> 22;
            case "enumerate" -> 23;
            case "map" -> 24;
            case "zip" -> 25;
            case "iterator" -> 26;
            case "list_reverseiterator" -> 27;
            case "callable_iterator" -> 28;
            case "str_ascii_iterator" -> 29;
            default -> OTHER;
        };
    }

    /** BINARY_SUBSCR: slices of the built-in sequences. */
    static int binarySubscr(PyObject c, PyObject key) {
        if (key instanceof PySlice) {
            if (c.type() == PyTypes.LIST) {
                return 11;
            }
            if (c.type() == PyTypes.TUPLE) {
                return 12;
            }
            if (c.type() == PyTypes.STR) {
                return 14;
            }
        }
        return OTHER;
    }

    /** STORE_SUBSCR: a list with a slice or a key that is not an int; other containers are not classified here. */
    static int storeSubscr(PyObject c, PyObject key) {
        if (c.type() != PyTypes.LIST) {
            return NONE;
        }
        return key instanceof PySlice ? 11 : OTHER;
    }

    /** CONTAINS_OP: the container's type. */
    static int containsOp(PyObject container) {
        if (container.type() == PyTypes.STR) {
            return 9;
        }
        if (container.type() == PyTypes.TUPLE) {
            return 10;
        }
        return container.type() == PyTypes.LIST ? 11 : OTHER;
    }

    /** UNPACK_SEQUENCE: a tuple or list of the wrong length raises; anything else is not classified here. */
    static int unpackSequence(PyObject seq) {
        return seq.type() == PyTypes.TUPLE || seq.type() == PyTypes.LIST ? EXPECTED_ERROR : NONE;
    }
}
