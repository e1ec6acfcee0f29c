package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.math.BigInteger;

/** The {@code json} module: dumps/loads/dump/load. */
public final class JsonModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "json";
    }

    static PyType decodeError;

    /** Encoder settings. */
    record Enc(String indent, String itemSep, String keySep, boolean sortKeys, boolean ascii, PyObject dflt) {
    }

    static String str(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String floatStr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Ops.repr(PyFloat.of(d));
    }

    static void encode(PyObject o, Enc e, int level, StringBuilder sb) {
        if (o == PyNone.INSTANCE) {
            sb.append("null");
        } else if (o == PyBool.TRUE) {
            sb.append("true");
        } else if (o == PyBool.FALSE) {
            sb.append("false");
        } else if (o instanceof PyInt i) {
            sb.append(i.toBigInteger());
        } else if (o instanceof PyFloat f) {
            sb.append(floatStr(f.value));
        } else if (o instanceof PyStr s) {
            sb.append(str(s.value, e.ascii));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            PyObject[] items = Ops.toArray(o);
            if (items.length == 0) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(e.itemSep);
                }
                newline(sb, e, level + 1);
                encode(items[i], e, level + 1, sb);
            }
            newline(sb, e, level);
            sb.append(']');
        } else if (o instanceof PyDict d) {
            if (d.size() == 0) {
                sb.append("{}");
                return;
            }
            java.util.List<PyObject[]> items = new java.util.ArrayList<>();
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                items.add(new PyObject[] {keyStr(d.keyAt(p)), d.valueAt(p)});
            }
            if (e.sortKeys) {
                items.sort((x, y) -> Ops.str(x[0]).compareTo(Ops.str(y[0])));
            }
            sb.append('{');
            boolean first = true;
            for (PyObject[] kv : items) {
                if (!first) {
                    sb.append(e.itemSep);
                }
                first = false;
                newline(sb, e, level + 1);
                sb.append(str(Ops.str(kv[0]), e.ascii)).append(e.keySep);
                encode(kv[1], e, level + 1, sb);
            }
            newline(sb, e, level);
            sb.append('}');
        } else if (e.dflt != null && e.dflt != PyNone.INSTANCE) {
            encode(Ops.call(e.dflt, o), e, level, sb);
        } else {
            throw PyErr.typeError("Object of type " + o.type().name() + " is not JSON serializable");
        }
    }

    private static PyObject keyStr(PyObject k) {
        if (k instanceof PyStr) {
            return k;
        }
        if (k == PyBool.TRUE) {
            return PyStr.of("true");
        }
        if (k == PyBool.FALSE) {
            return PyStr.of("false");
        }
        if (k == PyNone.INSTANCE) {
            return PyStr.of("null");
        }
        if (k instanceof PyInt) {
            return PyStr.of(k.toString());
        }
        if (k instanceof PyFloat f) {
            return PyStr.of(floatStr(f.value));
        }
        throw PyErr.typeError("keys must be str, int, float, bool or None, not " + k.type().name());
    }

    private static void newline(StringBuilder sb, Enc e, int level) {
        if (e.indent != null) {
            sb.append('\n').append(e.indent.repeat(level));
        }
    }

    static String dumps(PyObject[] a, String[] k, PyObject obj) {
        PyObject indent = Args.kw(a, k, "indent");
        PyObject sep = Args.kw(a, k, "separators");
        PyObject sortKeys = Args.kw(a, k, "sort_keys");
        PyObject ensureAscii = Args.kw(a, k, "ensure_ascii");
        String ind = indent == null || indent == PyNone.INSTANCE ? null
                : indent instanceof PyStr s ? s.value : " ".repeat((int) Ops.index(indent));
        String itemSep = ind == null ? ", " : ",";
        String keySep = ": ";
        if (sep != null && sep != PyNone.INSTANCE) {
            PyObject[] sp = Ops.toArray(sep);
            itemSep = Ops.str(sp[0]);
            keySep = Ops.str(sp[1]);
        }
        Enc e = new Enc(ind, itemSep, keySep, sortKeys != null && Ops.isTrue(sortKeys),
                ensureAscii == null || Ops.isTrue(ensureAscii), Args.kw(a, k, "default"));
        StringBuilder sb = new StringBuilder();
        encode(obj, e, 0, sb);
        return sb.toString();
    }

    /** A recursive-descent JSON parser. */
    static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        PyException error(String msg) {
            int line = 1, col = 1;
            for (int j = 0; j < i && j < s.length(); j++) {
                if (s.charAt(j) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            PyBaseException e = new PyBaseException(decodeError, PyTuple.of(PyStr.of(msg + ": line " + line
                    + " column " + col + " (char " + i + ")")));
            e.instanceDict().put("msg", PyStr.of(msg));
            e.instanceDict().put("pos", PyInt.of(i));
            e.instanceDict().put("lineno", PyInt.of(line));
            e.instanceDict().put("colno", PyInt.of(col));
            return new PyException(e);
        }

        void ws() {
            while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        PyObject value() {
            ws();
            if (i >= s.length()) {
                throw error("Expecting value");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    PyDict d = new PyDict();
                    ws();
                    if (i < s.length() && s.charAt(i) == '}') {
                        i++;
                        return d;
                    }
                    while (true) {
                        ws();
                        if (i >= s.length() || s.charAt(i) != '"') {
                            throw error("Expecting property name enclosed in double quotes");
                        }
                        PyObject key = string();
                        ws();
                        if (i >= s.length() || s.charAt(i) != ':') {
                            throw error("Expecting ':' delimiter");
                        }
                        i++;
                        d.put(key, value());
                        ws();
                        if (i < s.length() && s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        if (i < s.length() && s.charAt(i) == '}') {
                            i++;
                            return d;
                        }
                        throw error("Expecting ',' delimiter");
                    }
                }
                case '[': {
                    i++;
                    PyList l = new PyList();
                    ws();
                    if (i < s.length() && s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.append(value());
                        ws();
                        if (i < s.length() && s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        if (i < s.length() && s.charAt(i) == ']') {
                            i++;
                            return l;
                        }
                        throw error("Expecting ',' delimiter");
                    }
                }
                case '"':
                    return string();
                default:
                    break;
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return PyBool.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return PyBool.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return PyNone.INSTANCE;
            }
            if (s.startsWith("NaN", i)) {
                i += 3;
                return PyFloat.of(Double.NaN);
            }
            if (s.startsWith("Infinity", i)) {
                i += 8;
                return PyFloat.of(Double.POSITIVE_INFINITY);
            }
            if (s.startsWith("-Infinity", i)) {
                i += 9;
                return PyFloat.of(Double.NEGATIVE_INFINITY);
            }
            int start = i;
            if (i < s.length() && s.charAt(i) == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            boolean isFloat = false;
            if (i < s.length() && s.charAt(i) == '.') {
                isFloat = true;
                i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                isFloat = true;
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            String num = s.substring(start, i);
            if (num.isEmpty() || num.equals("-")) {
                i = start;
                throw error("Expecting value");
            }
            return isFloat ? PyFloat.of(Double.parseDouble(num)) : PyInt.of(new BigInteger(num));
        }

        PyObject string() {
            i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("Unterminated string starting at");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return PyStr.of(sb.toString());
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }
    }

    static PyObject loads(String text) {
        Parser p = new Parser(text);
        PyObject v = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw p.error("Extra data");
        }
        return v;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("json");
        decodeError = new PyType("JSONDecodeError", new PyType[] {PyExc.ValueError}, true);
        decodeError.module = "json.decoder";
        decodeError.instancesHaveDict = true;
        m.set("JSONDecodeError", decodeError);
        Mod.fn(m, "dumps", (a, k) -> PyStr.of(dumps(a, k, a[0])));
        Mod.fn(m, "dump", (a, k) -> {
            Ops.invoke(a[1], "write", PyStr.of(dumps(a, k, a[0])));
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "loads", (a, k) -> loads(Ops.str(a[0])));
        Mod.fn(m, "load", (a, k) -> loads(Ops.str(Ops.invoke(a[0], "read"))));
        return m;
    }
}
