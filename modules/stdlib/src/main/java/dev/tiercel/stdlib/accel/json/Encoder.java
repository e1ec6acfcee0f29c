package dev.tiercel.stdlib.accel.json;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * {@code _json.Encoder} ({@code make_encoder(markers, default, encoder, indent, key_separator, item_separator,
 * sort_keys, skipkeys, allow_nan)}): called with {@code (obj, indent_level)} it returns a 1-tuple holding the whole
 * JSON text, built as CPython's C encoder builds it (same checks, order and messages).
 */
final class Encoder extends PyObject {
    private static final String WHILE = " while encoding a JSON object";

    final PyType type;
    final PyObject markers;
    final PyObject defaultFn;
    final PyObject encoder;
    final PyObject indent;
    final String keySeparator;
    final String itemSeparator;
    final boolean sortKeys;
    final boolean skipKeys;
    final boolean allowNan;
    /** 1 for encode_basestring_ascii, 2 for encode_basestring, 0 for a Python encoder function. */
    private final int fastEncode;

    Encoder(PyType type, PyObject[] a) {
        this.type = type;
        if (a[0] != PyNone.INSTANCE && !(a[0] instanceof PyDict)) {
            throw PyErr.typeError("make_encoder() argument 1 must be dict or None, not " + a[0].type().name());
        }
        this.markers = a[0];
        this.defaultFn = a[1];
        this.encoder = a[2];
        this.indent = a[3];
        this.keySeparator = str(a[4], 5);
        this.itemSeparator = str(a[5], 6);
        this.sortKeys = Ops.isTrue(a[6]);
        this.skipKeys = Ops.isTrue(a[7]);
        this.allowNan = Ops.isTrue(a[8]);
        this.fastEncode = a[2] == JsonModule.ENCODE_ASCII ? 1 : a[2] == JsonModule.ENCODE ? 2 : 0;
        if (indent != PyNone.INSTANCE && !(indent instanceof PyStr)) {
            throw PyErr.typeError("make_encoder() argument 4 must be str or None, not " + indent.type().name());
        }
    }

    private static String str(PyObject o, int position) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("make_encoder() argument " + position + " must be str, not " + o.type().name());
    }

    @Override
    public PyType type() {
        return type;
    }

    PyObject call(PyObject obj, long level) {
        StringBuilder out = new StringBuilder(256);
        new Run(out, (int) level).value(obj);
        return PyTuple.of(PyStr.of(out.toString()));
    }

    /** One encoding: the output and the current indentation level. */
    private final class Run {
        final StringBuilder out;
        int level;
        /** The containers being encoded, when circular references are checked. */
        final java.util.IdentityHashMap<PyObject, Boolean> path =
                markers == PyNone.INSTANCE ? null : new java.util.IdentityHashMap<>();

        Run(StringBuilder out, int level) {
            this.out = out;
            this.level = level;
        }

        void value(PyObject o) {
            if (o == PyNone.INSTANCE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyStr s) {
                out.append(string(s));
            } else if (o instanceof PyInt i) {
                out.append(i.type() == PyTypes.INT ? Ops.repr(i) : intRepr(i));
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f));
            } else if (isInstance(o, PyTypes.STR)) {
                out.append(string(o));
            } else if (isInstance(o, PyTypes.INT)) {
                out.append(intRepr(o));
            } else if (isInstance(o, PyTypes.FLOAT)) {
                out.append(floatText(o));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                nested(o);
            } else if (o instanceof PyDict d) {
                Errors.enter(WHILE);
                try {
                    dict(d);
                } finally {
                    Py.leave();
                }
            } else {
                other(o);
            }
        }

        private boolean isInstance(PyObject o, PyType t) {
            return o.type().isSubtypeOf(t);
        }

        private void nested(PyObject o) {
            Errors.enter(WHILE);
            try {
                list(o);
            } finally {
                Py.leave();
            }
        }

        private void other(PyObject o) {
            boolean marked = mark(o);
            PyObject replacement = Ops.call(defaultFn, o);
            Errors.enter(WHILE);
            try {
                value(replacement);
            } finally {
                Py.leave();
            }
            unmark(o, marked);
        }

        /**
         * Records a container on the path being encoded (when circular references are checked). The path is kept
         * by identity in Java, as CPython keys its markers dict by id(); the dict itself stays unused.
         */
        private boolean mark(PyObject o) {
            if (path == null) {
                return false;
            }
            if (path.put(o, Boolean.TRUE) != null) {
                throw PyErr.valueError("Circular reference detected");
            }
            return true;
        }

        private void unmark(PyObject o, boolean marked) {
            if (marked) {
                path.remove(o);
            }
        }

        private String newline() {
            return "\n" + ((PyStr) indent).value.repeat(level);
        }

        /** A list is read live, by index, as CPython's PySequence_Fast does; a tuple cannot change. */
        private void list(PyObject seq) {
            PyList live = seq instanceof PyList l ? l : null;
            PyObject[] tupleItems = live == null ? ((PyTuple) seq).items : null;
            if ((live != null ? live.size : tupleItems.length) == 0) {
                out.append("[]");
                return;
            }
            boolean marked = mark(seq);
            out.append('[');
            String separator = itemSeparator;
            if (indent != PyNone.INSTANCE) {
                level++;
                String nl = newline();
                separator = itemSeparator + nl;
                out.append(nl);
            }
            for (int i = 0; i < (live != null ? live.size : tupleItems.length); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                value(live != null ? live.items[i] : tupleItems[i]);
            }
            unmark(seq, marked);
            if (indent != PyNone.INSTANCE) {
                level--;
                out.append(newline());
            }
            out.append(']');
        }

        private void dict(PyDict d) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            boolean marked = mark(d);
            out.append('{');
            String separator = itemSeparator;
            if (indent != PyNone.INSTANCE) {
                level++;
                String nl = newline();
                separator = itemSeparator + nl;
                out.append(nl);
            }
            boolean first = true;
            if (sortKeys || d.type() != PyTypes.DICT) {
                PyList items = new PyList();
                Ops.extend(items, Ops.invoke(d, "items"));
                if (sortKeys) {
                    Ops.invoke(items, "sort");
                }
                for (int i = 0; i < items.size; i++) {
                    PyObject[] kv = Ops.unpack(items.items[i], 2);
                    first = member(kv[0], kv[1], first, separator);
                }
            } else {
                for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                    first = member(d.keyAt(p), d.valueAt(p), first, separator);
                }
            }
            unmark(d, marked);
            if (indent != PyNone.INSTANCE) {
                level--;
                out.append(newline());
            }
            out.append('}');
        }

        /** One {@code "key": value} pair; false once something was written. */
        private boolean member(PyObject key, PyObject value, boolean first, String separator) {
            PyObject keyStr;
            if (key instanceof PyStr || isInstance(key, PyTypes.STR)) {
                keyStr = key;
            } else if (key instanceof PyFloat || isInstance(key, PyTypes.FLOAT)) {
                keyStr = PyStr.of(floatText(key));
            } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == PyNone.INSTANCE) {
                keyStr = PyStr.of(key == PyNone.INSTANCE ? "null" : key == PyBool.TRUE ? "true" : "false");
            } else if (key instanceof PyInt || isInstance(key, PyTypes.INT)) {
                keyStr = PyStr.of(intRepr(key));
            } else if (skipKeys) {
                return first;
            } else {
                throw PyErr.typeError("keys must be str, int, float, bool or None, not " + key.type().name());
            }
            if (!first) {
                out.append(separator);
            }
            out.append(string(keyStr));
            out.append(keySeparator);
            value(value);
            return false;
        }
    }

    private String string(PyObject s) {
        if (fastEncode == 1) {
            return Strings.encodeAscii(exact(s));
        }
        if (fastEncode == 2) {
            return Strings.encode(exact(s));
        }
        PyObject r = Ops.call(encoder, s);
        if (!(r instanceof PyStr rs)) {
            if (r.type().isSubtypeOf(PyTypes.STR)) {
                return Ops.str(r);
            }
            throw PyErr.typeError("encoder() must return a string, not " + r.type().name());
        }
        return rs.value;
    }

    private static PyStr exact(PyObject s) {
        return s instanceof PyStr ps ? ps : PyStr.of(Ops.str(s));
    }

    private static String intRepr(PyObject i) {
        return Ops.str(Ops.callMethod(PyTypes.INT.lookup("__repr__"), i));
    }

    private String floatText(PyObject o) {
        double v = o instanceof PyFloat f ? f.value : ((PyFloat) Ops.call(PyTypes.FLOAT, o)).value;
        if (!Double.isFinite(v)) {
            if (!allowNan) {
                throw PyErr.valueError("Out of range float values are not JSON compliant: " + Ops.repr(o));
            }
            return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
        }
        return o instanceof PyFloat ? Ops.repr(o) : Ops.str(Ops.callMethod(PyTypes.FLOAT.lookup("__repr__"), o));
    }
}
