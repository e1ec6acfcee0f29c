package dev.tiercel.stdlib.accel.json;

import dev.tiercel.runtime.object.Ops;
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
 * {@code _json.Scanner} ({@code make_scanner(context)}): {@code scan_once(string, idx)} decodes the value at
 * {@code idx} and returns {@code (value, end)}, or raises {@code StopIteration(idx)} when no value starts there
 * (also for a missing value nested inside an array or object, as CPython's C scanner does). The context's options
 * are read once, when the scanner is made.
 */
final class Scanner extends PyObject {
    final PyType type;
    final boolean strict;
    final PyObject objectHook;
    final PyObject objectPairsHook;
    final PyObject parseFloat;
    final PyObject parseInt;
    final PyObject parseConstant;

    Scanner(PyType type, PyObject context) {
        this.type = type;
        this.strict = Ops.isTrue(Ops.getattr(context, "strict"));
        this.objectHook = Ops.getattr(context, "object_hook");
        this.objectPairsHook = Ops.getattr(context, "object_pairs_hook");
        this.parseFloat = Ops.getattr(context, "parse_float");
        this.parseInt = Ops.getattr(context, "parse_int");
        this.parseConstant = Ops.getattr(context, "parse_constant");
    }

    @Override
    public PyType type() {
        return type;
    }

    /** One {@code scan_once} call: its own memo of object keys. */
    PyObject call(PyObject string, long idx) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not " + string.type().name());
        }
        Run run = new Run(s);
        if (idx < 0) {
            throw PyErr.valueError("idx cannot be negative");
        }
        PyObject value = run.value((int) Math.min(idx, Integer.MAX_VALUE));
        return PyTuple.of(value, PyInt.of(run.end));
    }

    /** The state of one scan: the text, the key memo and the index after the last value read. */
    private final class Run {
        final PyStr doc;
        final Text text;
        final PyDict memo = new PyDict();
        int end;

        Run(PyStr doc) {
            this.doc = doc;
            this.text = new Text(doc);
        }

        private boolean matches(int idx, String word) {
            if (idx + word.length() > text.length) {
                return false;
            }
            for (int i = 1; i < word.length(); i++) {
                if (text.at(idx + i) != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The value starting at {@code idx}; {@link #end} is set past it. */
        PyObject value(int idx) {
            if (idx >= text.length) {
                throw Errors.stop(idx);
            }
            switch (text.at(idx)) {
                case '"' -> {
                    String str = Strings.scan(text, doc, idx + 1, strict, this::setEnd);
                    return PyStr.of(str);
                }
                case '{' -> {
                    Errors.enter(" while decoding a JSON object from a unicode string");
                    try {
                        return object(idx + 1);
                    } finally {
                        dev.tiercel.runtime.object.Py.leave();
                    }
                }
                case '[' -> {
                    Errors.enter(" while decoding a JSON array from a unicode string");
                    try {
                        return array(idx + 1);
                    } finally {
                        dev.tiercel.runtime.object.Py.leave();
                    }
                }
                case 'n' -> {
                    if (matches(idx, "null")) {
                        end = idx + 4;
                        return PyNone.INSTANCE;
                    }
                }
                case 't' -> {
                    if (matches(idx, "true")) {
                        end = idx + 4;
                        return PyBool.TRUE;
                    }
                }
                case 'f' -> {
                    if (matches(idx, "false")) {
                        end = idx + 5;
                        return PyBool.FALSE;
                    }
                }
                case 'N' -> {
                    if (matches(idx, "NaN")) {
                        return constant("NaN", idx);
                    }
                }
                case 'I' -> {
                    if (matches(idx, "Infinity")) {
                        return constant("Infinity", idx);
                    }
                }
                case '-' -> {
                    if (matches(idx, "-Infinity")) {
                        return constant("-Infinity", idx);
                    }
                }
                default -> { }
            }
            return number(idx);
        }

        private void setEnd(int e) {
            end = e;
        }

        private PyObject constant(String name, int idx) {
            PyObject v = Ops.call(parseConstant, PyStr.of(name));
            end = idx + name.length();
            return v;
        }

        private boolean digit(int i) {
            int c = text.at(i);
            return c >= '0' && c <= '9';
        }

        private PyObject number(int start) {
            int last = text.length - 1;
            int idx = start;
            if (text.at(idx) == '-') {
                idx++;
                if (idx > last) {
                    throw Errors.stop(start);
                }
            }
            int c = text.at(idx);
            if (c >= '1' && c <= '9') {
                idx++;
                while (idx <= last && digit(idx)) {
                    idx++;
                }
            } else if (c == '0') {
                idx++;
            } else {
                throw Errors.stop(start);
            }
            boolean isFloat = false;
            if (idx < last && text.at(idx) == '.' && digit(idx + 1)) {
                isFloat = true;
                idx += 2;
                while (idx <= last && digit(idx)) {
                    idx++;
                }
            }
            if (idx < last && (text.at(idx) == 'e' || text.at(idx) == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < last && (text.at(idx) == '-' || text.at(idx) == '+')) {
                    idx++;
                }
                while (idx <= last && digit(idx)) {
                    idx++;
                }
                if (digit(idx - 1)) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            end = idx;
            String numstr = text.slice(start, idx);
            if (isFloat) {
                return parseFloat == PyTypes.FLOAT ? PyFloat.of(Double.parseDouble(numstr))
                        : Ops.call(parseFloat, PyStr.of(numstr));
            }
            if (parseInt != PyTypes.INT) {
                return Ops.call(parseInt, PyStr.of(numstr));
            }
            if (numstr.length() <= 18) {
                return PyInt.of(Long.parseLong(numstr));
            }
            return Ops.call(PyTypes.INT, PyStr.of(numstr));
        }

        private int skip(int idx) {
            while (idx < text.length) {
                int c = text.at(idx);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                idx++;
            }
            return idx;
        }

        private boolean at(int idx, char c) {
            return idx < text.length && text.at(idx) == c;
        }

        private PyObject object(int idx) {
            boolean pairs = objectPairsHook != PyNone.INSTANCE;
            PyList items = pairs ? new PyList() : null;
            PyDict dict = pairs ? null : new PyDict();
            idx = skip(idx);
            if (!at(idx, '}')) {
                while (true) {
                    if (!at(idx, '"')) {
                        throw Errors.decodeError("Expecting property name enclosed in double quotes", doc, idx);
                    }
                    PyObject key = PyStr.of(Strings.scan(text, doc, idx + 1, strict, this::setEnd));
                    PyObject known = memo.get(key);
                    if (known == null) {
                        memo.put(key, key);
                    } else {
                        key = known;
                    }
                    idx = skip(end);
                    if (!at(idx, ':')) {
                        throw Errors.decodeError("Expecting ':' delimiter", doc, idx);
                    }
                    idx = skip(idx + 1);
                    PyObject val = value(idx);
                    if (pairs) {
                        items.append(PyTuple.of(key, val));
                    } else {
                        dict.put(key, val);
                    }
                    idx = skip(end);
                    if (at(idx, '}')) {
                        break;
                    }
                    if (!at(idx, ',')) {
                        throw Errors.decodeError("Expecting ',' delimiter", doc, idx);
                    }
                    int comma = idx;
                    idx = skip(idx + 1);
                    if (at(idx, '}')) {
                        throw Errors.decodeError("Illegal trailing comma before end of object", doc, comma);
                    }
                }
            }
            end = idx + 1;
            if (pairs) {
                return Ops.call(objectPairsHook, items);
            }
            return objectHook != PyNone.INSTANCE ? Ops.call(objectHook, dict) : dict;
        }

        private PyObject array(int idx) {
            PyList values = new PyList();
            idx = skip(idx);
            if (!at(idx, ']')) {
                while (true) {
                    values.append(value(idx));
                    idx = skip(end);
                    if (at(idx, ']')) {
                        break;
                    }
                    if (!at(idx, ',')) {
                        throw Errors.decodeError("Expecting ',' delimiter", doc, idx);
                    }
                    int comma = idx;
                    idx = skip(idx + 1);
                    if (at(idx, ']')) {
                        throw Errors.decodeError("Illegal trailing comma before end of array", doc, comma);
                    }
                }
            }
            end = idx + 1;
            return values;
        }
    }
}
