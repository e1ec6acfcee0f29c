package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.ArrayList;
import java.util.List;

/** {@code str}: comparison, slicing, {@code format()} and the str methods. */
public final class StrBuiltins {
    private StrBuiltins() {}

    /** Compares by code point, as Python does. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x), sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    public static PyObject slice(PyStr s, PySlice sl) {
        long[] r = sl.indices(s.length());
        if (r[2] == 1) {
            return PyStr.of(s.substring((int) r[0], (int) (r[0] + r[3])));
        }
        StringBuilder sb = new StringBuilder();
        long j = r[0];
        for (int i = 0; i < r[3]; i++, j += r[2]) {
            sb.appendCodePoint(s.codePointAt((int) j));
        }
        return PyStr.of(sb.toString());
    }

    /** {@code format(value, spec)}. */
    public static String format(PyObject v, String spec) {
        PyType t = v.type();
        if (t.heap) {
            PyObject m = t.lookup("__format__");
            if (m != null && !(m instanceof dev.tiercel.runtime.object.PyBuiltinFunction)) {
                PyObject r = Ops.callMethod(m, v, PyStr.of(spec));
                return Ops.asString(r, "__format__ result");
            }
        }
        return builtinFormat(v, spec);
    }

    /** What the builtin types' own {@code __format__} make of {@code v} (an empty spec is {@code str(v)}). */
    public static String builtinFormat(PyObject v, String spec) {
        PyType t = v.type();
        if (spec.isEmpty() && dev.tiercel.runtime.object.Derived.isDerived(v)) {
            return Ops.str(v);
        }
        if (v instanceof PyStr s) {
            return spec.isEmpty() ? s.value : FormatSpec.parse(spec).formatStr(s.value);
        }
        if (v instanceof PyBool && spec.isEmpty()) {
            return v.toString();
        }
        if (v instanceof PyInt i) {
            return spec.isEmpty() ? i.toString() : FormatSpec.parse(spec).formatInt(i.toBigInteger());
        }
        if (v instanceof PyFloat f) {
            return spec.isEmpty() ? FloatBuiltins.repr(f.value) : FormatSpec.parse(spec).formatFloat(f.value);
        }
        if (v instanceof dev.tiercel.runtime.object.PyComplex c) {
            return ComplexBuiltins.format(c, spec);
        }
        if (spec.isEmpty()) {
            return Ops.str(v);
        }
        throw PyErr.typeError("unsupported format string passed to " + t.name() + ".__format__");
    }

    /** {@code str.format(*args, **kwargs)}. */
    static String formatMethod(String fmt, PyObject[] args, int npos, String[] kwnames) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        boolean manual = false, automatic = false;
        int i = 0, n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1, j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '{') {
                        depth++;
                    } else if (fmt.charAt(j) == '}') {
                        depth--;
                    }
                    if (depth > 0) {
                        j++;
                    }
                }
                if (j >= n) {
                    throw PyErr.valueError(i + 1 >= n ? "Single '{' encountered in format string"
                            : "expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j);
                i = j + 1;
                String spec = "";
                char conv = 0;
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                if (spec.contains("{")) {
                    spec = formatMethod(spec, args, npos, kwnames);
                }
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                    end++;
                }
                String head = field.substring(0, end);
                PyObject v;
                if (head.isEmpty()) {
                    if (manual) {
                        throw PyErr.valueError(
                                "cannot switch from manual field specification to automatic field numbering");
                    }
                    automatic = true;
                    if (auto >= npos) {
                        throw PyErr.of(dev.tiercel.runtime.object.PyExc.IndexError,
                                "Replacement index " + auto + " out of range for positional args tuple");
                    }
                    v = args[auto++];
                } else if (Character.isDigit(head.charAt(0))) {
                    if (automatic) {
                        throw PyErr.valueError(
                                "cannot switch from automatic field numbering to manual field specification");
                    }
                    manual = true;
                    int k = Integer.parseInt(head);
                    if (k >= npos) {
                        throw PyErr.of(dev.tiercel.runtime.object.PyExc.IndexError,
                                "Replacement index " + k + " out of range for positional args tuple");
                    }
                    v = args[k];
                } else {
                    v = Args.kw(args, kwnames, head);
                    if (v == null) {
                        throw PyErr.keyError(PyStr.of(head));
                    }
                }
                String rest = field.substring(end);
                while (!rest.isEmpty()) {
                    if (rest.charAt(0) == '.') {
                        int e = 1;
                        while (e < rest.length() && rest.charAt(e) != '.' && rest.charAt(e) != '[') {
                            e++;
                        }
                        v = Ops.getattr(v, rest.substring(1, e));
                        rest = rest.substring(e);
                    } else {
                        int e = rest.indexOf(']');
                        String key = rest.substring(1, e);
                        PyObject kobj = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                                ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                        v = Ops.getitem(v, kobj);
                        rest = rest.substring(e + 1);
                    }
                }
                if (conv == 'r') {
                    v = PyStr.of(Ops.repr(v));
                } else if (conv == 's') {
                    v = PyStr.of(Ops.str(v));
                } else if (conv == 'a') {
                    v = PyStr.of(ascii(Ops.repr(v)));
                }
                out.append(format(v, spec));
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char c) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '[') {
                depth++;
            } else if (x == ']') {
                depth--;
            } else if (x == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code ascii()}: non-ASCII escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    private static String arg(PyObject o, String what) {
        if (o instanceof PyStr ps) {
            return ps.value;
        }
        throw PyErr.typeError(what + " must be str, not " + o.type().name());
    }

    static boolean isWs(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x1f || c == 0x85;
    }

    static String strip(String v, PyObject chars, boolean left, boolean right) {
        int a = 0, b = v.length();
        if (chars == null || chars == PyNone.INSTANCE) {
            while (left && a < b && isWs(v.charAt(a))) {
                a++;
            }
            while (right && b > a && isWs(v.charAt(b - 1))) {
                b--;
            }
        } else {
            String cs = arg(chars, "strip arg");
            while (left && a < b && cs.indexOf(v.charAt(a)) >= 0) {
                a++;
            }
            while (right && b > a && cs.indexOf(v.charAt(b - 1)) >= 0) {
                b--;
            }
        }
        return v.substring(a, b);
    }

    static PyList split(String v, PyObject sepObj, long maxsplit) {
        PyList out = new PyList();
        if (sepObj == null || sepObj == PyNone.INSTANCE) {
            int i = 0, n = v.length();
            long splits = 0;
            while (true) {
                while (i < n && isWs(v.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && splits >= maxsplit) {
                    out.append(PyStr.of(v.substring(i)));
                    break;
                }
                int j = i;
                while (j < n && !isWs(v.charAt(j))) {
                    j++;
                }
                out.append(PyStr.of(v.substring(i, j)));
                splits++;
                i = j;
            }
            return out;
        }
        String sep = arg(sepObj, "sep");
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int i = 0;
        long splits = 0;
        while (maxsplit < 0 || splits < maxsplit) {
            int j = v.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(PyStr.of(v.substring(i, j)));
            i = j + sep.length();
            splits++;
        }
        out.append(PyStr.of(v.substring(i)));
        return out;
    }

    static PyList rsplit(String v, PyObject sepObj, long maxsplit) {
        if (maxsplit < 0) {
            return split(v, sepObj, -1);
        }
        List<PyObject> parts = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.INSTANCE) {
            int e = v.length();
            long splits = 0;
            while (true) {
                while (e > 0 && isWs(v.charAt(e - 1))) {
                    e--;
                }
                if (e == 0) {
                    break;
                }
                if (splits >= maxsplit) {
                    parts.add(0, PyStr.of(v.substring(0, e)));
                    break;
                }
                int b = e;
                while (b > 0 && !isWs(v.charAt(b - 1))) {
                    b--;
                }
                parts.add(0, PyStr.of(v.substring(b, e)));
                splits++;
                e = b;
            }
        } else {
            String sep = arg(sepObj, "sep");
            int e = v.length();
            long splits = 0;
            while (splits < maxsplit) {
                int j = v.lastIndexOf(sep, e - sep.length());
                if (j < 0) {
                    break;
                }
                parts.add(0, PyStr.of(v.substring(j + sep.length(), e)));
                e = j;
                splits++;
            }
            parts.add(0, PyStr.of(v.substring(0, e)));
        }
        return PyList.of(parts.toArray(new PyObject[0]));
    }

    static String join(String sep, PyObject iterable) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (PyObject o : Ops.toArray(iterable)) {
            if (!(o instanceof PyStr ps)) {
                throw PyErr.typeError("sequence item " + i + ": expected str instance, " + o.type().name()
                        + " found");
            }
            if (i++ > 0) {
                sb.append(sep);
            }
            sb.append(ps.value);
        }
        return sb.toString();
    }

    private static long optLong(PyObject[] a, int i, long dflt) {
        return a.length > i && a[i] != PyNone.INSTANCE ? Ops.index(a[i]) : dflt;
    }

    /** Resolves optional start/end arguments to char offsets (BMP strings) as Python slice bounds. */
    /** A start index past the end finds nothing, not even the empty string. */
    private static boolean startBeyondEnd(PyStr s, PyObject[] a) {
        long st = optLong(a, 2, 0);
        return (st < 0 ? st + s.length() : st) > s.length();
    }

    private static int[] range(PyStr s, PyObject[] a, int from) {
        int len = s.length();
        long st = optLong(a, from, 0), en = optLong(a, from + 1, len);
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        if (en < 0) {
            en = Math.max(0, en + len);
        }
        st = Math.min(st, len);
        en = Math.min(en, len);
        if (s.isBmp()) {
            return new int[] {(int) st, (int) Math.max(st, en)};
        }
        int cs = s.value.offsetByCodePoints(0, (int) st);
        int ce = s.value.offsetByCodePoints(0, (int) Math.max(st, en));
        return new int[] {cs, ce};
    }

    private static int cpIndex(PyStr s, int charIdx) {
        return s.isBmp() || charIdx < 0 ? charIdx : s.value.codePointCount(0, charIdx);
    }

    private static boolean affix(PyObject[] a, boolean prefix) {
        PyStr self = (PyStr) a[0];
        int[] r = range(self, a, 2);
        String sub = self.value.substring(r[0], r[1]);
        PyObject x = a[1];
        PyObject[] options = x instanceof PyTuple t ? t.items : new PyObject[] {x};
        for (PyObject o : options) {
            if (!(o instanceof PyStr p)) {
                throw PyErr.typeError((prefix ? "startswith" : "endswith")
                        + " first arg must be str or a tuple of str, not " + o.type().name());
            }
            if (prefix ? sub.startsWith(p.value) : sub.endsWith(p.value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(String v, java.util.function.IntPredicate p) {
        if (v.isEmpty()) {
            return false;
        }
        return v.codePoints().allMatch(p);
    }

    static PyObject make(PyType t, PyObject[] a, String[] k) {
        int n = Args.npos(a, k);
        PyObject obj = n > 0 ? a[0] : Args.kw(a, k, "object");
        if (obj == null) {
            return PyStr.EMPTY;
        }
        PyObject enc = n > 1 ? a[1] : Args.kw(a, k, "encoding");
        PyObject err = n > 2 ? a[2] : Args.kw(a, k, "errors");
        if (enc != null || err != null) {
            if (obj instanceof dev.tiercel.runtime.object.PyBytes || obj instanceof UnionAndByteArray.ByteArray) {
                return Codecs.decode(BytesBuiltins.b(obj), enc == null ? "utf-8" : Ops.str(enc),
                        err == null ? "strict" : Ops.str(err));
            }
            throw PyErr.typeError(obj instanceof PyStr ? "decoding str is not supported"
                    : "decoding to str: need a bytes-like object, " + obj.type().name() + " found");
        }
        return PyStr.of(Ops.str(obj));
    }

    static void install() {
        PyType t = PyTypes.STR;
        t.factory = (ty, a, k) -> dev.tiercel.runtime.object.Derived.of(ty, make(ty, a, k));
        Reg.methodKw(t, "split", (a, k) -> {
            Args.allowKw("split", k, "sep", "maxsplit");
            int n = Args.npos(a, k);
            PyObject sep = n > 1 ? a[1] : Args.kw(a, k, "sep");
            PyObject ms = n > 2 ? a[2] : Args.kw(a, k, "maxsplit");
            return split(s(a[0]), sep, ms == null ? -1 : Ops.index(ms));
        });
        Reg.methodKw(t, "rsplit", (a, k) -> {
            int n = Args.npos(a, k);
            PyObject sep = n > 1 ? a[1] : Args.kw(a, k, "sep");
            PyObject ms = n > 2 ? a[2] : Args.kw(a, k, "maxsplit");
            return rsplit(s(a[0]), sep, ms == null ? -1 : Ops.index(ms));
        });
        Reg.method(t, "join", 1, 1, (a, k) -> PyStr.of(join(s(a[0]), a[1])));
        Reg.method(t, "strip", 0, 1, (a, k) -> PyStr.of(strip(s(a[0]), a.length > 1 ? a[1] : null, true, true)));
        Reg.method(t, "lstrip", 0, 1, (a, k) -> PyStr.of(strip(s(a[0]), a.length > 1 ? a[1] : null, true, false)));
        Reg.method(t, "rstrip", 0, 1, (a, k) -> PyStr.of(strip(s(a[0]), a.length > 1 ? a[1] : null, false, true)));
        Reg.method(t, "upper", 0, 0, (a, k) -> PyStr.of(s(a[0]).toUpperCase()));
        Reg.method(t, "lower", 0, 0, (a, k) -> PyStr.of(s(a[0]).toLowerCase()));
        Reg.method(t, "casefold", 0, 0, (a, k) -> PyStr.of(StrCase.casefold(s(a[0]))));
        Reg.method(t, "swapcase", 0, 0, (a, k) -> PyStr.of(StrCase.swapcase(s(a[0]))));
        Reg.method(t, "capitalize", 0, 0, (a, k) -> PyStr.of(StrCase.capitalize(s(a[0]))));
        Reg.method(t, "title", 0, 0, (a, k) -> PyStr.of(StrCase.title(s(a[0]))));
        Reg.method(t, "istitle", 0, 0, (a, k) -> PyBool.of(StrCase.istitle(s(a[0]))));
        Reg.method(t, "startswith", 1, 3, (a, k) -> PyBool.of(affix(a, true)));
        Reg.method(t, "endswith", 1, 3, (a, k) -> PyBool.of(affix(a, false)));
        Reg.method(t, "find", 1, 3, (a, k) -> {
            PyStr self = (PyStr) a[0];
            int[] r = range(self, a, 2);
            if (startBeyondEnd(self, a)) {
                return PyInt.of(-1);
            }
            int i = self.value.substring(0, r[1]).indexOf(arg(a[1], "find arg"), r[0]);
            return PyInt.of(cpIndex(self, i));
        });
        Reg.method(t, "rfind", 1, 3, (a, k) -> {
            PyStr self = (PyStr) a[0];
            int[] r = range(self, a, 2);
            if (startBeyondEnd(self, a)) {
                return PyInt.of(-1);
            }
            String sub = arg(a[1], "rfind arg");
            int i = self.value.substring(0, r[1]).lastIndexOf(sub);
            return PyInt.of(i < r[0] ? -1 : cpIndex(self, i));
        });
        Reg.method(t, "index", 1, 3, (a, k) -> {
            PyStr self = (PyStr) a[0];
            int[] r = range(self, a, 2);
            if (startBeyondEnd(self, a)) {
                throw PyErr.valueError("substring not found");
            }
            int i = self.value.substring(0, r[1]).indexOf(arg(a[1], "index arg"), r[0]);
            if (i < 0) {
                throw PyErr.valueError("substring not found");
            }
            return PyInt.of(cpIndex(self, i));
        });
        Reg.method(t, "rindex", 1, 3, (a, k) -> {
            PyStr self = (PyStr) a[0];
            int[] r = range(self, a, 2);
            if (startBeyondEnd(self, a)) {
                throw PyErr.valueError("substring not found");
            }
            int i = self.value.substring(0, r[1]).lastIndexOf(arg(a[1], "rindex arg"));
            if (i < r[0]) {
                throw PyErr.valueError("substring not found");
            }
            return PyInt.of(cpIndex(self, i));
        });
        Reg.method(t, "count", 1, 3, (a, k) -> {
            PyStr self = (PyStr) a[0];
            int[] r = range(self, a, 2);
            if (startBeyondEnd(self, a)) {
                return PyInt.of(0);
            }
            String v = self.value.substring(r[0], r[1]);
            String sub = arg(a[1], "count arg");
            if (sub.isEmpty()) {
                return PyInt.of(v.codePointCount(0, v.length()) + 1);
            }
            int c = 0;
            for (int i = v.indexOf(sub); i >= 0; i = v.indexOf(sub, i + sub.length())) {
                c++;
            }
            return PyInt.of(c);
        });
        Reg.method(t, "replace", 2, 3, (a, k) -> {
            String v = s(a[0]), old = arg(a[1], "replace arg 1"), nw = arg(a[2], "replace arg 2");
            long count = a.length > 3 ? Ops.index(a[3]) : -1;
            if (count < 0) {
                return PyStr.of(v.replace(old, nw));
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (long c = 0; c < count; c++) {
                int j = old.isEmpty() ? (i <= v.length() ? i : -1) : v.indexOf(old, i);
                if (j < 0) {
                    break;
                }
                sb.append(v, i, j).append(nw);
                if (old.isEmpty()) {
                    if (j < v.length()) {
                        sb.append(v.charAt(j));
                    }
                    i = j + 1;
                } else {
                    i = j + old.length();
                }
            }
            if (i <= v.length()) {
                sb.append(v.substring(i));
            }
            return PyStr.of(sb.toString());
        });
        Reg.methodKw(t, "format", (a, k) -> PyStr.of(formatMethod(s(a[0]),
                java.util.Arrays.copyOfRange(a, 1, a.length), Args.npos(a, k) - 1, k)));
        Reg.method(t, "__format__", 1, 1, (a, k) -> PyStr.of(builtinFormat(a[0], arg(a[1], "format spec"))));
        Reg.method(t, "isdigit", 0, 0, (a, k) -> PyBool.of(all(s(a[0]), StrCase::isDigit)));
        Reg.method(t, "isdecimal", 0, 0, (a, k) -> PyBool.of(all(s(a[0]), StrCase::isDecimal)));
        Reg.method(t, "isnumeric", 0, 0, (a, k) -> PyBool.of(all(s(a[0]), StrCase::isNumeric)));
        Reg.method(t, "isalpha", 0, 0, (a, k) -> PyBool.of(all(s(a[0]), Character::isLetter)));
        Reg.method(t, "isalnum", 0, 0, (a, k) -> PyBool.of(all(s(a[0]), StrCase::isAlnum)));
        Reg.method(t, "isspace", 0, 0, (a, k) -> PyBool.of(all(s(a[0]), StrBuiltins::isWs)));
        Reg.method(t, "isidentifier", 0, 0, (a, k) -> {
            String v = s(a[0]);
            return PyBool.of(!v.isEmpty() && (Character.isUnicodeIdentifierStart(v.codePointAt(0))
                    || v.charAt(0) == '_') && v.codePoints().allMatch(c -> c == '_'
                    || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)));
        });
        Reg.method(t, "isascii", 0, 0, (a, k) -> PyBool.of(s(a[0]).chars().allMatch(c -> c < 128)));
        Reg.method(t, "isprintable", 0, 0, (a, k) -> PyBool.of(s(a[0]).codePoints().allMatch(Reprs::isPrintable)));
        Reg.method(t, "isupper", 0, 0, (a, k) -> PyBool.of(StrCase.isupper(s(a[0]))));
        Reg.method(t, "islower", 0, 0, (a, k) -> PyBool.of(StrCase.islower(s(a[0]))));
        Reg.method(t, "center", 1, 2, (a, k) -> justify(a, '^'));
        Reg.method(t, "ljust", 1, 2, (a, k) -> justify(a, '<'));
        Reg.method(t, "rjust", 1, 2, (a, k) -> justify(a, '>'));
        Reg.method(t, "zfill", 1, 1, (a, k) -> {
            String v = s(a[0]);
            long w = Ops.index(a[1]);
            int len = ((PyStr) a[0]).length();
            if (w <= len) {
                return dev.tiercel.runtime.object.Derived.base(a[0]);
            }
            String sign = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? v.substring(0, 1) : "";
            return PyStr.of(sign + "0".repeat((int) (w - len)) + v.substring(sign.length()));
        });
        Reg.method(t, "partition", 1, 1, (a, k) -> {
            String v = s(a[0]), sep = arg(a[1], "sep");
            if (sep.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            int i = v.indexOf(sep);
            if (i < 0) {
                return PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
            }
            return PyTuple.of(PyStr.of(v.substring(0, i)), a[1], PyStr.of(v.substring(i + sep.length())));
        });
        Reg.method(t, "rpartition", 1, 1, (a, k) -> {
            String v = s(a[0]), sep = arg(a[1], "sep");
            if (sep.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            int i = v.lastIndexOf(sep);
            if (i < 0) {
                return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]);
            }
            return PyTuple.of(PyStr.of(v.substring(0, i)), a[1], PyStr.of(v.substring(i + sep.length())));
        });
        Reg.methodKw(t, "splitlines", (a, k) -> {
            String v = s(a[0]);
            PyObject ke = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "keepends");
            boolean keep = ke != null && Ops.isTrue(ke);
            PyList out = new PyList();
            int i = 0, n = v.length();
            while (i < n) {
                int j = i;
                while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(v.charAt(j)) < 0) {
                    j++;
                }
                int eol = j;
                if (j < n) {
                    j += (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') ? 2 : 1;
                }
                out.append(PyStr.of(v.substring(i, keep ? j : eol)));
                i = j;
            }
            return out;
        });
        Reg.method(t, "removeprefix", 1, 1, (a, k) -> {
            String v = s(a[0]), p = arg(a[1], "prefix");
            return v.startsWith(p) ? PyStr.of(v.substring(p.length())) : dev.tiercel.runtime.object.Derived.base(a[0]);
        });
        Reg.method(t, "removesuffix", 1, 1, (a, k) -> {
            String v = s(a[0]), p = arg(a[1], "suffix");
            return v.endsWith(p) && !p.isEmpty() ? PyStr.of(v.substring(0, v.length() - p.length()))
                    : dev.tiercel.runtime.object.Derived.base(a[0]);
        });
        Reg.methodKw(t, "encode", (a, k) -> {
            Args.allowKw("encode", k, "encoding", "errors");
            int n = Args.npos(a, k);
            PyObject enc = n > 1 ? a[1] : Args.kw(a, k, "encoding");
            PyObject err = n > 2 ? a[2] : Args.kw(a, k, "errors");
            return Codecs.encode(s(a[0]), enc == null ? "utf-8" : arg(enc, "encode() argument 'encoding'"),
                    err == null ? "strict" : arg(err, "encode() argument 'errors'"));
        });
        Reg.method(t, "expandtabs", 0, 1, (a, k) -> {
            long ts = a.length > 1 ? Ops.index(a[1]) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(a[0]).toCharArray()) {
                if (c == '\t') {
                    int sp = ts > 0 ? (int) (ts - col % ts) : 0;
                    sb.append(" ".repeat(sp));
                    col += sp;
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return PyStr.of(sb.toString());
        });
        Reg.method(t, "__len__", 0, 0, (a, k) -> PyInt.of(((PyStr) a[0]).length()));
        Reg.method(t, "__contains__", 1, 1, (a, k) -> PyBool.of(Ops.contains(a[0], a[1])));
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> Ops.getitem(a[0], a[1]));
        Reg.method(t, "__add__", 1, 1, (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_ADD));
        Reg.method(t, "__mul__", 1, 1, (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_MULTIPLY));
        Reg.method(t, "__mod__", 1, 1, (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_REMAINDER));
        t.dict.put("maketrans", new dev.tiercel.runtime.object.PyDescriptors.StaticMethod(
                new dev.tiercel.runtime.object.PyBuiltinFunction("maketrans", (a, k) -> {
                    dev.tiercel.runtime.object.PyDict d = new dev.tiercel.runtime.object.PyDict();
                    if (a.length == 1) {
                        dev.tiercel.runtime.object.PyDict src = (dev.tiercel.runtime.object.PyDict) a[0];
                        for (int p = src.next(0); p >= 0; p = src.next(p + 1)) {
                            PyObject key = src.keyAt(p);
                            d.put(key instanceof PyStr ks ? PyInt.of(ks.value.codePointAt(0)) : key, src.valueAt(p));
                        }
                        return d;
                    }
                    String x = s(a[0]), y = s(a[1]);
                    for (int i = 0; i < x.length(); i++) {
                        d.put(PyInt.of(x.charAt(i)), PyInt.of(y.charAt(i)));
                    }
                    if (a.length > 2) {
                        for (char c : s(a[2]).toCharArray()) {
                            d.put(PyInt.of(c), PyNone.INSTANCE);
                        }
                    }
                    return d;
                }, false, "str")));
        Reg.method(t, "translate", 1, 1, (a, k) -> {
            StringBuilder sb = new StringBuilder();
            s(a[0]).codePoints().forEach(c -> {
                PyObject r;
                try {
                    r = Ops.getitem(a[1], PyInt.of(c));
                } catch (dev.tiercel.runtime.object.PyException e) {
                    if (!e.value.isInstance(dev.tiercel.runtime.object.PyExc.LookupError)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    return;
                }
                if (r instanceof PyStr rs) {
                    sb.append(rs.value);
                } else if (r instanceof PyInt ri) {
                    sb.appendCodePoint((int) ri.value);
                }
            });
            return PyStr.of(sb.toString());
        });
    }

    private static PyObject justify(PyObject[] a, char align) {
        PyStr self = (PyStr) a[0];
        long w = Ops.index(a[1]);
        String fill = a.length > 2 ? arg(a[2], "fill character") : " ";
        int len = self.length();
        if (w <= len) {
            return dev.tiercel.runtime.object.Derived.base(self);
        }
        int pad = (int) (w - len);
        String v = self.value;
        return PyStr.of(switch (align) {
            case '<' -> v + fill.repeat(pad);
            case '>' -> fill.repeat(pad) + v;
            default -> {
                int left = pad / 2 + (int) (pad & w & 1);
                yield fill.repeat(left) + v + fill.repeat(pad - left);
            }
        });
    }

    static boolean isStrLike(PyObject o) {
        return o instanceof PyStr || (o instanceof PyInstance && o.type().isSubtypeOf(PyTypes.STR));
    }
}
