package dev.tiercel.stdlib.accel.collections;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.stdlib.accel.Natives;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** The {@code collections.deque} type: construction and every method, with CPython's C semantics and messages. */
final class DequeType {
    private DequeType() {}

    static final PyType TYPE = Natives.type("collections", "deque");
    /** Deques whose repr is being built, for {@code [...]} on recursion. */
    private static final Set<Deque> IN_REPR = Collections.newSetFromMap(new IdentityHashMap<>());

    static {
        TYPE.factory = (t, a, k) -> {
            Deque d = new Deque(t);
            if (!t.heap) {
                init(d, a, k);
            }
            return d;
        };
        TYPE.dict.put("__doc__", PyStr.of("A list-like sequence optimized for data accesses near its endpoints."));
        TYPE.dict.put("__hash__", PyNone.INSTANCE);
        TYPE.dict.put("maxlen", Natives.readOnly("maxlen",
                o -> self(o).maxlen < 0 ? PyNone.INSTANCE : PyInt.of(self(o).maxlen),
                "attribute 'maxlen' of 'collections.deque' objects is not writable"));
        method("__init__", (a, k) -> {
            init(self(a[0]), Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.INSTANCE;
        });
        mutators();
        queries();
        sequence();
        operators();
        method("__reduce__", 0, 0, (d, a) -> reduce(d));
        method("__class_getitem__", (a, k) -> genericAlias(a[0], a[1]));
        PyObject cgi = TYPE.dict.get("__class_getitem__");
        TYPE.dict.put("__class_getitem__", new PyDescriptors.ClassMethod(cgi));
    }

    /** A method body receiving the deque and its other positional arguments. */
    @FunctionalInterface
    interface Body {
        PyObject call(Deque d, PyObject[] args);
    }

    private static void method(String name, PyBuiltinFunction.Body body) {
        Natives.method(TYPE, name, body);
    }

    private static void method(String name, int min, int max, Body body) {
        Natives.method(TYPE, name, (a, k) -> {
            Deque d = self(a[0]);
            PyObject[] rest = Arrays.copyOfRange(a, 1, a.length);
            int n = Natives.positional(name, rest, k);
            if (n < min || n > max) {
                throw arity(name, n, min, max);
            }
            return body.call(d, rest);
        });
    }

    private static PyException arity(String name, int n, int min, int max) {
        return PyErr.typeError(min == max && min == 0 ? "deque." + name + "() takes no arguments (" + n + " given)"
                : min == max && min == 1 ? "deque." + name + "() takes exactly one argument (" + n + " given)"
                : name + " expected " + (n < min ? "at least " + min : "at most " + max) + " argument"
                + ((n < min ? min : max) == 1 ? "" : "s") + ", got " + n);
    }

    static Deque self(PyObject o) {
        if (o instanceof Deque d) {
            return d;
        }
        throw PyErr.typeError("descriptor requires a 'collections.deque' object but received a '"
                + o.type().name() + "'");
    }

    private static void init(Deque d, PyObject[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (a.length > 2) {
            throw PyErr.typeError("deque() takes at most 2 arguments (" + a.length + " given)");
        }
        PyObject iterable = npos > 0 ? a[0] : null;
        PyObject maxlen = npos > 1 ? a[1] : null;
        for (int i = 0; k != null && i < k.length; i++) {
            PyObject v = a[npos + i];
            switch (k[i]) {
                case "iterable" -> {
                    if (iterable != null) {
                        throw PyErr.typeError("argument for deque() given by name ('iterable') and position (1)");
                    }
                    iterable = v;
                }
                case "maxlen" -> {
                    if (maxlen != null) {
                        throw PyErr.typeError("argument for deque() given by name ('maxlen') and position (2)");
                    }
                    maxlen = v;
                }
                default -> throw PyErr.typeError("deque() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        int max = -1;
        if (maxlen != null && maxlen != PyNone.INSTANCE) {
            if (!(maxlen instanceof PyInt)) {
                throw PyErr.typeError("an integer is required");
            }
            long m = Ops.index(maxlen);
            if (m < 0) {
                throw PyErr.valueError("maxlen must be non-negative");
            }
            max = (int) Math.min(m, Integer.MAX_VALUE);
        }
        d.maxlen = max;
        if (d.size > 0) {
            d.clear();
        }
        if (iterable != null) {
            extend(d, iterable, false);
        }
    }

    /** {@code extend}/{@code extendleft}: an iterable that is the deque itself is copied first. */
    static void extend(Deque d, PyObject iterable, boolean left) {
        if (iterable == d) {
            iterable = PyList.of(d.toArray());
        }
        if (iterable instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                add(d, l.items[i], left);
            }
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            add(d, v, left);
        }
    }

    private static void add(Deque d, PyObject v, boolean left) {
        if (left) {
            d.appendLeft(v);
        } else {
            d.append(v);
        }
    }

    private static void mutators() {
        method("append", 1, 1, (d, a) -> {
            d.append(a[0]);
            return PyNone.INSTANCE;
        });
        method("appendleft", 1, 1, (d, a) -> {
            d.appendLeft(a[0]);
            return PyNone.INSTANCE;
        });
        method("pop", 0, 0, (d, a) -> d.pop());
        method("popleft", 0, 0, (d, a) -> d.popLeft());
        method("extend", 1, 1, (d, a) -> {
            extend(d, a[0], false);
            return PyNone.INSTANCE;
        });
        method("extendleft", 1, 1, (d, a) -> {
            extend(d, a[0], true);
            return PyNone.INSTANCE;
        });
        method("clear", 0, 0, (d, a) -> {
            d.clear();
            return PyNone.INSTANCE;
        });
        method("rotate", 0, 1, (d, a) -> {
            d.rotate(a.length == 0 ? 1 : Ops.index(a[0]));
            return PyNone.INSTANCE;
        });
        method("reverse", 0, 0, (d, a) -> {
            for (int i = 0, j = d.size - 1; i < j; i++, j--) {
                PyObject t = d.get(i);
                d.set(i, d.get(j));
                d.set(j, t);
            }
            return PyNone.INSTANCE;
        });
        method("insert", 2, 2, (d, a) -> {
            long i = Ops.index(a[0]);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw PyErr.indexError("deque already at its maximum size");
            }
            int n = d.size;
            int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            PyObject[] items = d.toArray();
            PyObject[] out = new PyObject[n + 1];
            System.arraycopy(items, 0, out, 0, at);
            out[at] = a[1];
            System.arraycopy(items, at, out, at + 1, n - at);
            d.reset(out, n + 1);
            return PyNone.INSTANCE;
        });
        method("remove", 1, 1, (d, a) -> {
            long state = d.state;
            int n = d.size;
            for (int i = 0; i < n; i++) {
                boolean equal = Ops.eq(d.get(i), a[0]);
                if (d.state != state) {
                    throw PyErr.indexError("deque mutated during iteration");
                }
                if (equal) {
                    d.delete(i);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErr.valueError(Ops.repr(a[0]) + " is not in deque");
        });
    }

    private static void queries() {
        method("copy", 0, 0, (d, a) -> copy(d));
        method("__copy__", 0, 0, (d, a) -> copy(d));
        method("count", 1, 1, (d, a) -> {
            long state = d.state;
            int count = 0;
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), a[0])) {
                    count++;
                }
                mutated(d, state);
            }
            return PyInt.of(count);
        });
        method("index", 1, 3, (d, a) -> {
            int n = d.size;
            long start = a.length > 1 ? sliceIndex(a[1]) : 0;
            long stop = a.length > 2 ? sliceIndex(a[2]) : Long.MAX_VALUE;
            start = start < 0 ? Math.max(0, start + n) : start;
            stop = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
            start = Math.min(start, stop);
            long state = d.state;
            for (int i = (int) start; i < stop && i < d.size; i++) {
                boolean equal = Ops.eq(d.get(i), a[0]);
                mutated(d, state);
                if (equal) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError(Ops.repr(a[0]) + " is not in deque");
        });
        method("__contains__", 1, 1, (d, a) -> {
            long state = d.state;
            for (int i = 0; i < d.size; i++) {
                boolean equal = Ops.eq(d.get(i), a[0]);
                mutated(d, state);
                if (equal) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        method("__len__", 0, 0, (d, a) -> PyInt.of(d.size));
        method("__bool__", 0, 0, (d, a) -> PyBool.of(d.size > 0));
        method("__iter__", 0, 0, (d, a) -> new DequeIterator(d, false));
        method("__reversed__", 0, 0, (d, a) -> new DequeIterator(d, true));
        method("__repr__", 0, 0, (d, a) -> PyStr.of(repr(d)));
    }

    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        return Ops.index(o);
    }

    private static void mutated(Deque d, long state) {
        if (d.state != state) {
            throw PyErr.of(PyExc.RuntimeError, "deque mutated during iteration");
        }
    }

    private static void sequence() {
        method("__getitem__", 1, 1, (d, a) -> d.get(position(d, a[0])));
        method("__setitem__", 2, 2, (d, a) -> {
            d.set(position(d, a[0]), a[1]);
            return PyNone.INSTANCE;
        });
        method("__delitem__", 1, 1, (d, a) -> {
            d.delete(position(d, a[0]));
            return PyNone.INSTANCE;
        });
    }

    private static int position(Deque d, PyObject index) {
        if (!(index instanceof PyInt) && index.type().lookup("__index__") == null) {
            throw PyErr.typeError("sequence index must be integer, not '" + index.type().name() + "'");
        }
        long i = Ops.index(index);
        if (i < 0) {
            i += d.size;
        }
        if (i < 0 || i >= d.size) {
            throw PyErr.indexError("deque index out of range");
        }
        return (int) i;
    }

    private static void operators() {
        for (int op = Ops.LT; op <= Ops.GE; op++) {
            int which = op;
            method(new String[] {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op], 1, 1,
                    (d, a) -> compare(d, a[0], which));
        }
        method("__add__", 1, 1, (d, a) -> {
            if (!(a[0] instanceof Deque other)) {
                throw PyErr.typeError("can only concatenate deque (not \"" + a[0].type().name() + "\") to deque");
            }
            Deque result = (Deque) copy(d);
            extend(result, other, false);
            return result;
        });
        method("__iadd__", 1, 1, (d, a) -> {
            extend(d, a[0], false);
            return d;
        });
        method("__mul__", 1, 1, (d, a) -> repeat((Deque) copy(d), a[0]));
        method("__rmul__", 1, 1, (d, a) -> repeat((Deque) copy(d), a[0]));
        method("__imul__", 1, 1, (d, a) -> repeat(d, a[0]));
    }

    /** In-place repetition: the last {@code maxlen} items of n copies. */
    private static PyObject repeat(Deque d, PyObject count) {
        if (!(count instanceof PyInt) && count.type().lookup("__index__") == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
        }
        long n = Ops.index(count);
        int size = d.size;
        if (size == 0 || n == 1) {
            return d;
        }
        if (n <= 0) {
            d.clear();
            return d;
        }
        if (d.maxlen >= 0 && n * size > d.maxlen) {
            n = (d.maxlen + size - 1) / size;
        }
        if ((long) size * n > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        PyObject[] items = d.toArray();
        for (long i = 1; i < n; i++) {
            for (PyObject v : items) {
                d.append(v);
            }
        }
        return d;
    }

    /** Comparisons between deques only, item by item as for lists. */
    private static PyObject compare(Deque a, PyObject other, int op) {
        if (!(other instanceof Deque b)) {
            return PyNotImplemented.INSTANCE;
        }
        if ((op == Ops.EQ || op == Ops.NE) && a.size != b.size) {
            return PyBool.of(op == Ops.NE);
        }
        DequeIterator ia = new DequeIterator(a, false);
        DequeIterator ib = new DequeIterator(b, false);
        while (true) {
            PyObject x = ia.next();
            PyObject y = ib.next();
            if (x == null || y == null) {
                int sa = x == null ? 0 : 1;
                int sb = y == null ? 0 : 1;
                return PyBool.of(Ops.cmpResult(Integer.compare(sa, sb), op));
            }
            if (!Ops.eq(x, y)) {
                return Ops.richCompare(x, y, op);
            }
        }
    }

    static PyObject copy(Deque d) {
        if (d.type() == TYPE) {
            Deque c = new Deque(TYPE);
            c.maxlen = d.maxlen;
            PyObject[] items = d.toArray();
            c.reset(items, items.length);
            c.state = 0;
            return c;
        }
        return d.maxlen < 0 ? Ops.call(d.type(), d) : Ops.call(d.type(), d, PyInt.of(d.maxlen));
    }

    private static String repr(Deque d) {
        if (IN_REPR.contains(d)) {
            return "[...]";
        }
        IN_REPR.add(d);
        try {
            String items = Ops.repr(PyList.of(d.toArray()));
            String name = d.type().name();
            return d.maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + d.maxlen + ")";
        } finally {
            IN_REPR.remove(d);
        }
    }

    private static PyObject reduce(Deque d) {
        java.util.Map<String, PyObject> dict = d.instanceDict();
        PyObject state = dict == null || dict.isEmpty() ? PyNone.INSTANCE
                : Ops.getattr(d, "__dict__");
        PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
        return PyTuple.of(d.type(), args, state, new DequeIterator(d, false));
    }

    private static PyObject genericAlias(PyObject cls, PyObject item) {
        PyType aliasType = Ops.getitem(PyTypes.LIST, PyTypes.INT).type();
        return Ops.call(aliasType, cls, item);
    }
}
