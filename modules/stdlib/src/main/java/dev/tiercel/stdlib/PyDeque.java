package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.ArrayList;
import java.util.List;

/** {@code collections.deque}: a ring buffer with O(1) operations at both ends. */
final class PyDeque extends PyObject {
    static final PyType TYPE = CollectionsModule.type("deque", PyTypes.OBJECT);

    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    private int maxlen = -1;
    private int version;
    private final PyType type;

    PyDeque(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    private void grow() {
        if (size == buf.length) {
            PyObject[] nb = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) {
                nb[i] = get(i);
            }
            buf = nb;
            head = 0;
        }
    }

    void append(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        grow();
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
        version++;
    }

    void appendLeft(PyObject v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
        version++;
    }

    PyObject pop() {
        if (size == 0) {
            throw PyErr.of(PyExc.IndexError, "pop from an empty deque");
        }
        int i = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[i];
        buf[i] = null;
        size--;
        version++;
        return v;
    }

    PyObject popLeft() {
        if (size == 0) {
            throw PyErr.of(PyExc.IndexError, "pop from an empty deque");
        }
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        version++;
        return v;
    }

    List<PyObject> toList() {
        List<PyObject> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(get(i));
        }
        return out;
    }

    void setAll(List<PyObject> items) {
        buf = new PyObject[Math.max(8, Integer.highestOneBit(Math.max(1, items.size())) * 2)];
        head = 0;
        size = 0;
        for (PyObject o : items) {
            buf[size++] = o;
        }
        version++;
    }

    private static PyDeque self(PyObject o) {
        return (PyDeque) o;
    }

    private int index(PyObject key) {
        long i = Ops.index(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.of(PyExc.IndexError, "deque index out of range");
        }
        return (int) i;
    }

    static void install() {
        PyType t = TYPE;
        t.factory = (ty, a, k) -> {
            PyDeque d = new PyDeque(ty);
            int n = Args.npos(a, k);
            PyObject ml = n > 1 ? a[1] : Args.kw(a, k, "maxlen");
            if (ml != null && ml != PyNone.INSTANCE) {
                d.maxlen = (int) Ops.index(ml);
                if (d.maxlen < 0) {
                    throw PyErr.valueError("maxlen must be non-negative");
                }
            }
            PyObject it = n > 0 ? a[0] : Args.kw(a, k, "iterable");
            if (it != null) {
                for (PyObject v : Ops.toArray(it)) {
                    d.append(v);
                }
            }
            return d;
        };
        CollectionsModule.method(t, "__init__", (a, k) -> PyNone.INSTANCE);
        CollectionsModule.method(t, "append", (a, k) -> {
            self(a[0]).append(a[1]);
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "appendleft", (a, k) -> {
            self(a[0]).appendLeft(a[1]);
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "pop", (a, k) -> self(a[0]).pop());
        CollectionsModule.method(t, "popleft", (a, k) -> self(a[0]).popLeft());
        CollectionsModule.method(t, "extend", (a, k) -> {
            for (PyObject v : Ops.toArray(a[1])) {
                self(a[0]).append(v);
            }
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "extendleft", (a, k) -> {
            for (PyObject v : Ops.toArray(a[1])) {
                self(a[0]).appendLeft(v);
            }
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "clear", (a, k) -> {
            self(a[0]).setAll(List.of());
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "rotate", (a, k) -> {
            PyDeque d = self(a[0]);
            long n = a.length > 1 ? Ops.index(a[1]) : 1;
            if (d.size > 1) {
                n %= d.size;
                for (long i = 0; i < (n + d.size) % d.size; i++) {
                    d.appendLeft(d.pop());
                }
            }
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "reverse", (a, k) -> {
            List<PyObject> l = self(a[0]).toList();
            java.util.Collections.reverse(l);
            self(a[0]).setAll(l);
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "count", (a, k) -> {
            int c = 0;
            for (PyObject v : self(a[0]).toList()) {
                if (Ops.eq(v, a[1])) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        CollectionsModule.method(t, "index", (a, k) -> {
            List<PyObject> l = self(a[0]).toList();
            for (int i = 0; i < l.size(); i++) {
                if (Ops.eq(l.get(i), a[1])) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError(Ops.repr(a[1]) + " is not in deque");
        });
        CollectionsModule.method(t, "remove", (a, k) -> {
            List<PyObject> l = self(a[0]).toList();
            for (int i = 0; i < l.size(); i++) {
                if (Ops.eq(l.get(i), a[1])) {
                    l.remove(i);
                    self(a[0]).setAll(l);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErr.valueError("deque.remove(x): x not in deque");
        });
        CollectionsModule.method(t, "copy", (a, k) -> {
            PyDeque d = new PyDeque(self(a[0]).type);
            d.maxlen = self(a[0]).maxlen;
            d.setAll(self(a[0]).toList());
            return d;
        });
        CollectionsModule.method(t, "__len__", (a, k) -> PyInt.of(self(a[0]).size));
        CollectionsModule.method(t, "__bool__", (a, k) -> PyBool.of(self(a[0]).size > 0));
        CollectionsModule.method(t, "__getitem__", (a, k) -> self(a[0]).get(self(a[0]).index(a[1])));
        CollectionsModule.method(t, "__setitem__", (a, k) -> {
            PyDeque d = self(a[0]);
            d.buf[(d.head + d.index(a[1])) & (d.buf.length - 1)] = a[2];
            return PyNone.INSTANCE;
        });
        CollectionsModule.method(t, "__contains__", (a, k) -> {
            for (PyObject v : self(a[0]).toList()) {
                if (Ops.eq(v, a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        CollectionsModule.method(t, "__iter__", (a, k) -> {
            PyDeque d = self(a[0]);
            int[] i = {0};
            int v0 = d.version;
            return new PyJavaIterator("_collections._deque_iterator", () -> {
                if (d.version != v0) {
                    throw PyErr.of(PyExc.RuntimeError, "deque mutated during iteration");
                }
                return i[0] < d.size ? d.get(i[0]++) : null;
            });
        });
        CollectionsModule.method(t, "__reversed__", (a, k) -> {
            List<PyObject> l = self(a[0]).toList();
            java.util.Collections.reverse(l);
            return CollectionsModule.listIterator(l);
        });
        CollectionsModule.method(t, "__eq__", (a, k) -> a[1] instanceof PyDeque o
                ? Ops.richCompare(dev.tiercel.runtime.object.PyList.of(self(a[0]).toList().toArray(new PyObject[0])),
                        dev.tiercel.runtime.object.PyList.of(o.toList().toArray(new PyObject[0])), Ops.EQ)
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        CollectionsModule.method(t, "__repr__", (a, k) -> {
            PyDeque d = self(a[0]);
            String items = Ops.repr(dev.tiercel.runtime.object.PyList.of(d.toList().toArray(new PyObject[0])));
            return PyStr.of(d.type.name() + "(" + items + (d.maxlen >= 0 ? ", maxlen=" + d.maxlen : "") + ")");
        });
        t.dict.put("maxlen", new dev.tiercel.runtime.object.PyDescriptors.GetSet("maxlen",
                o -> self(o).maxlen < 0 ? PyNone.INSTANCE : PyInt.of(self(o).maxlen), null));
    }
}
