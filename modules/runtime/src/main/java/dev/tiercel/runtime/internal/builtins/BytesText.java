package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The text-like methods of bytes. Searching, splitting and padding run the str method on the latin-1 view of the
 * bytes (one char per byte, so positions and results agree); case changes and character classes are ASCII-only,
 * and whitespace means ASCII whitespace, as for bytes in CPython.
 */
public final class BytesText {
    private BytesText() {}

    private static final String WS = " \t\n\r\u000b\f";

    static String text(PyObject o) {
        return new String(BytesBuiltins.b(o), StandardCharsets.ISO_8859_1);
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyObject toStrArg(PyObject o, boolean intAsByte) {
        if (o instanceof PyBytes || o instanceof UnionAndByteArray.ByteArray) {
            return PyStr.of(text(o));
        }
        if (intAsByte && o instanceof PyInt i) {
            long v = i.value;
            if (v < 0 || v > 255) {
                throw dev.tiercel.runtime.object.PyErr.valueError("byte must be in range(0, 256)");
            }
            return PyStr.of(String.valueOf((char) v));
        }
        if (o instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toStrArg(t.get(i), false);
            }
            return PyTuple.wrap(items);
        }
        return o;
    }

    private static PyObject fromStrResult(PyObject r) {
        if (r instanceof PyStr s) {
            return bytes(s.value);
        }
        if (r instanceof PyList l) {
            PyList out = new PyList();
            for (int i = 0; i < l.size; i++) {
                out.append(fromStrResult(l.items[i]));
            }
            return out;
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fromStrResult(t.get(i));
            }
            return PyTuple.wrap(items);
        }
        return r;
    }

    /** Installs {@code name} on bytes as the str method applied to the latin-1 view. */
    private static void viaStr(PyType t, String name, boolean firstArgMayBeInt) {
        t.dict.put(name, new dev.tiercel.runtime.object.PyBuiltinFunction(name, (a, k) -> {
            PyObject[] args = a.clone();
            args[0] = PyStr.of(text(a[0]));
            for (int i = 1; i < args.length; i++) {
                args[i] = toStrArg(args[i], firstArgMayBeInt && i == 1);
            }
            return fromStrResult(Ops.call(PyTypes0.STR.lookup(name), args, k));
        }, true, "bytes"));
    }

    /** Avoids a clash with the PyTypes name in this package's helpers. */
    private static final class PyTypes0 {
        static final PyType STR = dev.tiercel.runtime.object.PyTypes.STR;
    }

    /** {@code bytes % args}: %-formatting over the latin-1 view, bytes arguments inserted as they are. */
    public static PyObject percent(PyObject fmt, PyObject args) {
        PyObject converted;
        if (args instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toStrArg(t.get(i), false);
            }
            converted = PyTuple.wrap(items);
        } else {
            converted = toStrArg(args, false);
        }
        return bytes(Ops.str(Ops.binaryOp(PyStr.of(text(fmt)), converted, Ops.NB_REMAINDER)));
    }

    static void install(PyType t) {
        for (String m : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            viaStr(t, m, true);
        }
        for (String m : new String[] {"startswith", "endswith", "replace", "partition", "rpartition", "center",
            "ljust", "rjust", "zfill", "expandtabs", "removeprefix", "removesuffix"}) {
            viaStr(t, m, false);
        }
        for (String m : new String[] {"strip", "lstrip", "rstrip"}) {
            t.dict.put(m, new dev.tiercel.runtime.object.PyBuiltinFunction(m, (a, k) -> {
                PyObject chars = a.length > 1 && a[1] != PyNone.INSTANCE ? PyStr.of(text(a[1])) : PyStr.of(WS);
                return bytes(Ops.str(Ops.call(PyTypes0.STR.lookup(m), PyStr.of(text(a[0])), chars)));
            }, true, "bytes"));
        }
        for (String m : new String[] {"split", "rsplit"}) {
            t.dict.put(m, new dev.tiercel.runtime.object.PyBuiltinFunction(m, (a, k) -> {
                int n = dev.tiercel.runtime.object.Args.npos(a, k);
                PyObject sep = n > 1 ? a[1] : dev.tiercel.runtime.object.Args.kw(a, k, "sep");
                PyObject max = n > 2 ? a[2] : dev.tiercel.runtime.object.Args.kw(a, k, "maxsplit");
                long maxsplit = max == null ? -1 : Ops.index(max);
                if (sep == null || sep == PyNone.INSTANCE) {
                    return whitespaceSplit(text(a[0]), maxsplit, m.equals("rsplit"));
                }
                return fromStrResult(Ops.call(PyTypes0.STR.lookup(m), PyStr.of(text(a[0])), PyStr.of(text(sep)),
                        PyInt.of(maxsplit)));
            }, true, "bytes"));
        }
        t.dict.put("splitlines", new dev.tiercel.runtime.object.PyBuiltinFunction("splitlines", (a, k) -> {
            PyObject keep = a.length > 1 ? a[1] : dev.tiercel.runtime.object.Args.kw(a, k, "keepends");
            return splitlines(text(a[0]), keep != null && Ops.isTrue(keep));
        }, true, "bytes"));
        mapping(t, "upper", c -> c >= 'a' && c <= 'z' ? c - 32 : c);
        mapping(t, "lower", c -> c >= 'A' && c <= 'Z' ? c + 32 : c);
        mapping(t, "swapcase", c -> c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
        Reg.method(t, "title", 0, 0, (a, k) -> bytes(asciiTitle(text(a[0]), false)));
        Reg.method(t, "capitalize", 0, 0, (a, k) -> bytes(asciiTitle(text(a[0]), true)));
        predicate(t, "isalpha", c -> isUpper(c) || isLower(c));
        predicate(t, "isdigit", c -> c >= '0' && c <= '9');
        predicate(t, "isalnum", c -> isUpper(c) || isLower(c) || (c >= '0' && c <= '9'));
        predicate(t, "isspace", c -> WS.indexOf(c) >= 0);
        Reg.method(t, "isascii", 0, 0, (a, k) -> PyBool.of(text(a[0]).chars().allMatch(c -> c < 128)));
        Reg.method(t, "islower", 0, 0, (a, k) -> PyBool.of(text(a[0]).chars().anyMatch(BytesText::isLower)
                && text(a[0]).chars().noneMatch(BytesText::isUpper)));
        Reg.method(t, "isupper", 0, 0, (a, k) -> PyBool.of(text(a[0]).chars().anyMatch(BytesText::isUpper)
                && text(a[0]).chars().noneMatch(BytesText::isLower)));
        Reg.method(t, "istitle", 0, 0, (a, k) -> PyBool.of(StrCase.istitle(asciiOnly(text(a[0])))));
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    /** Bytes 128..255 have no case: replaced by an uncased character for the str title check. */
    private static String asciiOnly(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 128 ? (char) c : ' '));
        return sb.toString();
    }

    private static void mapping(PyType t, String name, IntUnaryOperator f) {
        Reg.method(t, name, 0, 0, (a, k) -> {
            byte[] v = BytesBuiltins.b(a[0]).clone();
            for (int i = 0; i < v.length; i++) {
                v[i] = (byte) f.applyAsInt(v[i] & 0xff);
            }
            return new PyBytes(v);
        });
    }

    private static void predicate(PyType t, String name, IntPredicate p) {
        Reg.method(t, name, 0, 0, (a, k) -> {
            String s = text(a[0]);
            return PyBool.of(!s.isEmpty() && s.chars().allMatch(p));
        });
    }

    private static String asciiTitle(String s, boolean onlyFirst) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean upperNow = onlyFirst ? i == 0 : !prevCased;
            if (upperNow && isLower(c)) {
                sb.append((char) (c - 32));
            } else if (!upperNow && isUpper(c)) {
                sb.append((char) (c + 32));
            } else {
                sb.append(c);
            }
            prevCased = isUpper(c) || isLower(c);
        }
        return sb.toString();
    }

    private static PyList whitespaceSplit(String s, long maxsplit, boolean right) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!right) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && WS.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && WS.indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                parts.add(s.substring(i, j));
                i = j;
            }
        } else {
            int i = s.length() - 1;
            while (true) {
                while (i >= 0 && WS.indexOf(s.charAt(i)) >= 0) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                if (maxsplit >= 0 && parts.size() == maxsplit) {
                    parts.add(0, s.substring(0, i + 1));
                    break;
                }
                int j = i;
                while (j >= 0 && WS.indexOf(s.charAt(j)) < 0) {
                    j--;
                }
                parts.add(0, s.substring(j + 1, i + 1));
                i = j;
            }
        }
        PyList out = new PyList();
        for (String p : parts) {
            out.append(bytes(p));
        }
        return out;
    }

    private static PyList splitlines(String s, boolean keep) {
        PyList out = new PyList();
        int i = 0, start = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int eol = i;
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                out.append(bytes(s.substring(start, keep ? i : eol)));
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.append(bytes(s.substring(start)));
        }
        return out;
    }
}
