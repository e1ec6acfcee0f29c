package dev.tiercel.tier2.trace;

import static dev.tiercel.tier2.trace.Uop.EXIT;
import static dev.tiercel.tier2.trace.Uop.NEXT;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyCell;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySeqIterator;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Map;

/**
 * The semantics of the specialized uops (the tier-1 families projection chooses from the types it sees) and of the
 * simpler instructions traces run. A guard that fails returns {@link Uop#EXIT} before changing anything, so the
 * trace leaves with the stack as tier 1 expects it at the instruction.
 */
public final class Specialized {
    private Specialized() {}

    /** {@code _GUARD_TYPE_VERSION}'s operand: the type, and the class-namespace epoch its lookups were made in. */
    public record TypeVersion(PyType type, int epoch) {}

    /** {@code _CHECK_ATTR_MODULE}'s operand: the module, and its dict's key version the entry index is valid for. */
    public record ModuleVersion(PyModule module, int version) {}

    // ---- subscripts

    private static boolean exactList(PyObject o) {
        return o instanceof PyList l && l.type() == PyTypes.LIST;
    }

    private static boolean exactTuple(PyObject o) {
        return o instanceof PyTuple t && t.type() == PyTypes.TUPLE;
    }

    private static boolean exactDict(PyObject o) {
        return o instanceof PyDict d && d.type() == PyTypes.DICT;
    }

    /** The index {@code sub} means in a sequence of {@code n} items, or -1 when it is no small int in range. */
    private static int index(PyObject sub, int n) {
        if (sub == null || sub.getClass() != PyInt.class) {
            return -1;
        }
        PyInt k = (PyInt) sub;
        if (k.big != null) {
            return -1;
        }
        long i = k.value < 0 ? k.value + n : k.value;
        return i >= 0 && i < n ? (int) i : -1;
    }

    public static int binarySubscrListInt(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        if (!exactList(s[sp - 2])) {
            return EXIT;
        }
        PyList l = (PyList) s[sp - 2];
        int i = index(s[sp - 1], l.size);
        if (i < 0) {
            return EXIT;
        }
        s[sp - 2] = l.items[i];
        s[sp - 1] = null;
        st.sp = sp - 1;
        return NEXT;
    }

    public static int binarySubscrTupleInt(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        if (!exactTuple(s[sp - 2])) {
            return EXIT;
        }
        PyTuple t = (PyTuple) s[sp - 2];
        int i = index(s[sp - 1], t.items.length);
        if (i < 0) {
            return EXIT;
        }
        s[sp - 2] = t.items[i];
        s[sp - 1] = null;
        st.sp = sp - 1;
        return NEXT;
    }

    public static int binarySubscrDict(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        if (!exactDict(s[sp - 2])) {
            return EXIT;
        }
        PyDict d = (PyDict) s[sp - 2];
        PyObject v = d.get(s[sp - 1]);
        if (v == null) {
            v = Ops.getitem(d, s[sp - 1]); // raises the KeyError tier 1 raises
        }
        s[sp - 2] = v;
        s[sp - 1] = null;
        st.sp = sp - 1;
        return NEXT;
    }

    public static int storeSubscrListInt(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        if (!exactList(s[sp - 2])) {
            return EXIT;
        }
        PyList l = (PyList) s[sp - 2];
        int i = index(s[sp - 1], l.size);
        if (i < 0) {
            return EXIT;
        }
        l.items[i] = s[sp - 3];
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        st.sp = sp - 3;
        return NEXT;
    }

    public static int storeSubscrDict(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        if (!exactDict(s[sp - 2])) {
            return EXIT;
        }
        ((PyDict) s[sp - 2]).put(s[sp - 1], s[sp - 3]);
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        st.sp = sp - 3;
        return NEXT;
    }

    // ---- strings, truth, containment

    public static int guardBothUnicode(TraceState st, TraceUop u) {
        return st.s[st.sp - 1] instanceof PyStr && st.s[st.sp - 2] instanceof PyStr ? NEXT : EXIT;
    }

    public static int binaryOpAddUnicode(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        s[sp - 1] = PyStr.of(((PyStr) s[sp - 1]).value.concat(((PyStr) s[sp]).value));
        s[sp] = null;
        return NEXT;
    }

    /** {@code ==} and {@code !=} of two strs (projection chooses it for those only). */
    public static int compareOpStr(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = --st.sp;
        boolean eq = ((PyStr) s[sp - 1]).value.equals(((PyStr) s[sp]).value);
        s[sp - 1] = PyBool.of(eq == ((u.oparg >> 5) == Ops.EQ));
        s[sp] = null;
        return NEXT;
    }

    public static int toBoolStr(TraceState st, TraceUop u) {
        if (!(st.s[st.sp - 1] instanceof PyStr v)) {
            return EXIT;
        }
        st.s[st.sp - 1] = PyBool.of(!v.value.isEmpty());
        return NEXT;
    }

    public static int toBoolList(TraceState st, TraceUop u) {
        if (!exactList(st.s[st.sp - 1])) {
            return EXIT;
        }
        st.s[st.sp - 1] = PyBool.of(((PyList) st.s[st.sp - 1]).size > 0);
        return NEXT;
    }

    private static int contains(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        boolean r = Ops.contains(s[st.sp - 1], s[st.sp - 2]) != (u.oparg == 1);
        s[--st.sp] = null;
        s[st.sp - 1] = PyBool.of(r);
        return NEXT;
    }

    public static int containsOpSet(TraceState st, TraceUop u) {
        return st.s[st.sp - 1] instanceof PySet ? contains(st, u) : EXIT;
    }

    public static int containsOpDict(TraceState st, TraceUop u) {
        return exactDict(st.s[st.sp - 1]) ? contains(st, u) : EXIT;
    }

    // ---- iteration over lists and tuples

    public static int iterCheckSeq(TraceState st, TraceUop u) {
        return st.s[st.sp - 1] instanceof PySeqIterator ? NEXT : EXIT;
    }

    public static int guardNotExhaustedSeq(TraceState st, TraceUop u) {
        return ((PySeqIterator) st.s[st.sp - 1]).lengthHint() > 0 ? NEXT : EXIT;
    }

    public static int iterNextSeq(TraceState st, TraceUop u) {
        st.s[st.sp] = ((PySeqIterator) st.s[st.sp - 1]).next();
        st.sp++;
        return NEXT;
    }

    // ---- unpacking

    private static int unpack(TraceState st, PyObject[] items, int n) {
        int sp = st.sp - 1;
        for (int i = n - 1; i >= 0; i--) {
            st.s[sp++] = items[i];
        }
        st.sp = sp;
        return NEXT;
    }

    public static int unpackSequenceTuple(TraceState st, TraceUop u) {
        PyObject seq = st.s[st.sp - 1];
        if (!exactTuple(seq) || ((PyTuple) seq).items.length != u.oparg) {
            return EXIT;
        }
        return unpack(st, ((PyTuple) seq).items, u.oparg);
    }

    public static int unpackSequenceList(TraceState st, TraceUop u) {
        PyObject seq = st.s[st.sp - 1];
        if (!exactList(seq) || ((PyList) seq).size != u.oparg) {
            return EXIT;
        }
        return unpack(st, ((PyList) seq).items, u.oparg);
    }

    // ---- attributes

    public static int guardTypeVersion(TraceState st, TraceUop u) {
        TypeVersion v = (TypeVersion) u.operand;
        return st.s[st.sp - 1].type() == v.type && PyType.epoch == v.epoch ? NEXT : EXIT;
    }

    /** The owner has its attribute dictionary (checked before reading or writing it). */
    public static int checkHasValues(TraceState st, TraceUop u) {
        return st.s[st.sp - 1].instanceDict() != null ? NEXT : EXIT;
    }

    public static int loadAttrInstanceValue(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        Map<String, PyObject> d = s[st.sp - 1].instanceDict();
        PyObject v = d == null ? null : d.get(st.f.code.names[u.oparg >> 1]);
        if (v == null) {
            return EXIT;
        }
        s[st.sp - 1] = v;
        if ((u.oparg & 1) != 0) {
            s[st.sp++] = null;
        }
        return NEXT;
    }

    public static int loadAttrSlot(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject v = ((PyInstance) s[st.sp - 1]).slots[(Integer) u.operand];
        if (v == null) {
            return EXIT;
        }
        s[st.sp - 1] = v;
        if ((u.oparg & 1) != 0) {
            s[st.sp++] = null;
        }
        return NEXT;
    }

    public static int checkAttrModule(TraceState st, TraceUop u) {
        ModuleVersion m = (ModuleVersion) u.operand;
        return st.s[st.sp - 1] == m.module && m.module.dict().version == m.version ? NEXT : EXIT;
    }

    public static int loadAttrModule(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject v = ((PyModule) s[st.sp - 1]).dict().valueAt((Integer) u.operand);
        if (v == null) {
            return EXIT;
        }
        s[st.sp - 1] = v;
        if ((u.oparg & 1) != 0) {
            s[st.sp++] = null;
        }
        return NEXT;
    }

    /** The instance's own dict does not shadow the method found on its type. */
    public static int guardNotInInstanceDict(TraceState st, TraceUop u) {
        Map<String, PyObject> d = st.s[st.sp - 1].instanceDict();
        return d == null || !d.containsKey(st.f.code.names[u.oparg >> 1]) ? NEXT : EXIT;
    }

    /** Pushes the method found on the (guarded) type, then the owner as {@code self}. */
    public static int loadAttrMethod(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject owner = s[st.sp - 1];
        s[st.sp - 1] = (PyObject) u.operand;
        s[st.sp++] = owner;
        return NEXT;
    }

    public static int storeAttrInstanceValue(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        s[sp - 1].instanceDict().put(st.f.code.names[u.oparg], s[sp - 2]);
        s[sp - 1] = null;
        s[sp - 2] = null;
        st.sp = sp - 2;
        return NEXT;
    }

    public static int storeAttrSlot(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int sp = st.sp;
        ((PyInstance) s[sp - 1]).slots[(Integer) u.operand] = s[sp - 2];
        s[sp - 1] = null;
        s[sp - 2] = null;
        st.sp = sp - 2;
        return NEXT;
    }

    // ---- calls of known builtins (the operand is the builtin seen when projecting)

    /** Pops the call's {@code 2 + n} items and pushes {@code r}. */
    private static int callResult(TraceState st, int n, PyObject r) {
        PyObject[] s = st.s;
        int base = st.sp - 2 - n;
        for (int i = base + 1; i < st.sp; i++) {
            s[i] = null;
        }
        s[base] = r;
        st.sp = base + 1;
        return NEXT;
    }

    /** {@code MAKE_FUNCTION}: a function of the code object on the stack, in the running frame's globals. */
    public static int makeFunction(TraceState st, TraceUop u) {
        st.s[st.sp - 1] = new PyFunction((PyCode) st.s[st.sp - 1], st.f.globals);
        return NEXT;
    }

    public static int setFunctionAttribute(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyFunction fn = (PyFunction) s[--st.sp];
        s[st.sp] = null;
        fn.setAttribute(u.oparg, s[st.sp - 1]);
        s[st.sp - 1] = fn;
        return NEXT;
    }

    /**
     * A call of the generator function projection saw (its code is the operand) with no self: makes the generator
     * without leaving the trace; the body runs later, whenever it is iterated.
     */
    public static int callPyGenerator(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - 2 - u.oparg;
        if (!(s[base] instanceof PyFunction fn) || fn.code != u.operand || s[base + 1] != null) {
            return EXIT;
        }
        return callResult(st, u.oparg, Ops.call(fn, java.util.Arrays.copyOfRange(s, base + 2, st.sp), null));
    }

    public static int callLen(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - 3;
        if (u.oparg != 1 || s[base] != u.operand || s[base + 1] != null) {
            return EXIT;
        }
        return callResult(st, 1, PyInt.of(Ops.len(s[base + 2])));
    }

    public static int callIsinstance(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - 4;
        if (u.oparg != 2 || s[base] != u.operand || s[base + 1] != null) {
            return EXIT;
        }
        return callResult(st, 2, PyBool.of(Ops.isinstance(s[base + 2], s[base + 3])));
    }

    /** {@code list.append(x)} called on an exact list: appends without a call (it runs no Python code). */
    public static int callListAppend(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - 3;
        if (s[base] != u.operand || !exactList(s[base + 1])) {
            return EXIT;
        }
        ((PyList) s[base + 1]).append(s[base + 2]);
        return callResult(st, 1, dev.tiercel.runtime.object.PyNone.INSTANCE);
    }

    // ---- cells, comprehensions, f-strings

    public static int loadDeref(TraceState st, TraceUop u) {
        PyObject c = st.l[u.oparg];
        PyObject v = c instanceof PyCell cell ? cell.value : null;
        if (v == null) {
            throw unbound(st, u.oparg);
        }
        st.s[st.sp++] = v;
        return NEXT;
    }

    private static RuntimeException unbound(TraceState st, int idx) {
        String name = st.f.code.localsplusnames[idx];
        if ((st.f.code.localspluskinds[idx] & dev.tiercel.runtime.code.PyCode.CO_FAST_FREE) != 0) {
            return PyErr.nameError2("cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope", name);
        }
        return PyErr.of(PyExc.UnboundLocalError, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    public static int storeDeref(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        ((PyCell) st.l[u.oparg]).value = v;
        return NEXT;
    }

    public static int setAdd(TraceState st, TraceUop u) {
        PyObject v = st.s[--st.sp];
        st.s[st.sp] = null;
        ((PySet) st.s[st.sp - u.oparg]).add(v);
        return NEXT;
    }

    public static int mapAdd(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject v = s[--st.sp];
        PyObject k = s[--st.sp];
        ((PyDict) s[st.sp - u.oparg]).put(k, v);
        s[st.sp] = null;
        s[st.sp + 1] = null;
        return NEXT;
    }

    public static int formatSimple(TraceState st, TraceUop u) {
        PyObject v = st.s[st.sp - 1];
        st.s[st.sp - 1] = v instanceof PyStr ? v : PyStr.of(Ops.format(v, ""));
        return NEXT;
    }

    public static int formatWithSpec(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        PyObject spec = s[st.sp - 1];
        s[st.sp - 2] = PyStr.of(Ops.format(s[st.sp - 2], ((PyStr) spec).value));
        s[--st.sp] = null;
        return NEXT;
    }

    public static int convertValue(TraceState st, TraceUop u) {
        PyObject v = st.s[st.sp - 1];
        st.s[st.sp - 1] = PyStr.of(switch (u.oparg) {
            case 1 -> Ops.str(v);
            case 2 -> Ops.repr(v);
            default -> Ops.ascii(v);
        });
        return NEXT;
    }

    public static int buildString(TraceState st, TraceUop u) {
        PyObject[] s = st.s;
        int base = st.sp - u.oparg;
        StringBuilder sb = new StringBuilder();
        for (int i = base; i < st.sp; i++) {
            sb.append(((PyStr) s[i]).value);
            s[i] = null;
        }
        s[base] = PyStr.of(sb.toString());
        st.sp = base + 1;
        return NEXT;
    }
}
