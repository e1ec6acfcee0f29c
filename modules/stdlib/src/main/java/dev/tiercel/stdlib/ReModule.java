package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code re} module for str patterns, over Tiercel's own engine ({@link RegexParser}, {@link RegexMatcher}),
 * so that matches, groups, spans and errors are Python's. Bytes patterns are not supported yet.
 */
public final class ReModule implements BuiltinModuleProvider {
    static final int I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, A = 256;

    static final PyType PATTERN = new PyType("Pattern", new PyType[] {PyTypes.OBJECT}, true);
    static final PyType MATCH = new PyType("Match", new PyType[] {PyTypes.OBJECT}, true);
    static PyType error;

    static {
        PATTERN.module = "re";
        MATCH.module = "re";
    }

    @Override
    public String moduleName() {
        return "re";
    }

    /** A compiled pattern. */
    static final class Pat extends PyObject {
        final String source;
        final int flags;
        final RegexNode root;
        final int groups;
        final Map<String, Integer> names;
        /** The code points a match can start with, or null (see {@link RegexFirst}). */
        final java.util.function.IntPredicate first;

        Pat(String source, int flags) {
            this.source = source;
            try {
                RegexParser.Parsed parsed = RegexParser.parse(source, flags);
                this.root = parsed.root();
                this.groups = parsed.groups();
                this.names = parsed.names();
                this.flags = parsed.flags() | U;
                this.first = RegexFirst.of(root);
            } catch (RegexParser.Error e) {
                throw patternError(e.getMessage(), source, e.pos);
            }
        }

        String nameOf(int group) {
            for (Map.Entry<String, Integer> e : names.entrySet()) {
                if (e.getValue() == group) {
                    return e.getKey();
                }
            }
            return null;
        }

        @Override
        public PyType type() {
            return PATTERN;
        }
    }

    /** A match: spans in code points of the subject. */
    static final class Mat extends PyObject {
        final Pat pat;
        final String string;
        final int[] cps;
        final int[] starts;
        final int[] ends;
        final int lastIndex;
        final int pos;
        final int endpos;

        Mat(Pat pat, String string, int[] cps, RegexMatcher m, int pos, int endpos) {
            this.pat = pat;
            this.string = string;
            this.cps = cps;
            this.starts = m.starts.clone();
            this.ends = m.ends.clone();
            this.lastIndex = m.lastIndex;
            this.pos = pos;
            this.endpos = endpos;
        }

        @Override
        public PyType type() {
            return MATCH;
        }

        int index(PyObject g) {
            if (g instanceof PyStr s) {
                Integer i = pat.names.get(s.value);
                if (i == null) {
                    throw PyErr.of(PyExc.IndexError, "no such group");
                }
                return i;
            }
            if (!(g instanceof PyInt)) {
                throw PyErr.of(PyExc.IndexError, "no such group");
            }
            long i = Ops.index(g);
            if (i < 0 || i >= starts.length) {
                throw PyErr.of(PyExc.IndexError, "no such group");
            }
            return (int) i;
        }

        String text(int i) {
            return starts[i] < 0 ? null : new String(cps, starts[i], ends[i] - starts[i]);
        }

        PyObject group(int i, PyObject dflt) {
            String t = text(i);
            return t == null ? dflt : PyStr.of(t);
        }
    }

    /** re.error with CPython's attributes; {@code pos} -1 when the error has no position. */
    static PyException patternError(String msg, String pattern, int pos) {
        PyException e = PyErr.of(error, pos < 0 ? msg : msg + " at position " + pos);
        Map<String, PyObject> d = e.value.instanceDict();
        d.put("msg", PyStr.of(msg));
        d.put("pattern", PyStr.of(pattern));
        d.put("pos", pos < 0 ? PyNone.INSTANCE : PyInt.of(pos));
        if (pos < 0) {
            d.put("lineno", PyNone.INSTANCE);
            d.put("colno", PyNone.INSTANCE);
            return e;
        }
        int line = 1;
        int col = 1;
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < pos && i < cps.length; i++) {
            if (cps[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        d.put("lineno", PyInt.of(line));
        d.put("colno", PyInt.of(col));
        return e;
    }

    // ---- compiling --------------------------------------------------------------------------------------------

    private static final Map<String, Pat> CACHE = new LinkedHashMap<>();

    static Pat compile(PyObject p, int flags) {
        if (p instanceof Pat pat) {
            if (flags != 0) {
                throw PyErr.valueError("cannot process flags argument with a compiled pattern");
            }
            return pat;
        }
        if (!(p instanceof PyStr)) {
            throw PyErr.typeError(p instanceof dev.tiercel.runtime.object.PyBytes
                    ? "bytes patterns are not supported by Tiercel's re yet"
                    : "first argument must be string or compiled pattern");
        }
        if ((flags & L) != 0) {
            throw PyErr.valueError("cannot use LOCALE flag with a str pattern");
        }
        if ((flags & A) != 0 && (flags & U) != 0) {
            throw PyErr.valueError("ASCII and UNICODE flags are incompatible");
        }
        String src = ((PyStr) p).value;
        String key = flags + ":" + src;
        Pat pat = CACHE.get(key);
        if (pat == null) {
            pat = new Pat(src, flags);
            if (CACHE.size() > 512) {
                CACHE.clear();
            }
            CACHE.put(key, pat);
        }
        return pat;
    }

    // ---- matching ---------------------------------------------------------------------------------------------

    /** The code points of {@code s} (what {@code s.codePoints().toArray()} gives, without a stream). */
    static int[] codePoints(String s) {
        int n = s.length();
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[j++] = Character.toCodePoint(c, s.charAt(++i));
            } else {
                out[j++] = c;
            }
        }
        return j == n ? out : java.util.Arrays.copyOf(out, j);
    }

    static String subject(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("expected string or bytes-like object, got '" + o.type().name() + "'");
    }

    /** mode 0 match, 1 search, 2 fullmatch. */
    static PyObject search(Pat p, String s, int mode, int pos, int endpos) {
        int[] cps = codePoints(s);
        int end = Math.max(0, Math.min(endpos, cps.length));
        int start = Math.max(0, Math.min(pos, cps.length));
        if (start > end) {
            return PyNone.INSTANCE;
        }
        RegexMatcher m = new RegexMatcher(p.root, p.groups, cps, end, p.first);
        boolean found = switch (mode) {
            case 0 -> m.matchAt(start, false, false);
            case 1 -> m.search(start, false);
            default -> m.matchAt(start, true, false);
        };
        return found ? new Mat(p, s, cps, m, start, end) : PyNone.INSTANCE;
    }

    /** Every match from left to right, with Python's rule for empty matches; stops when {@code each} says so. */
    static void scan(Pat p, String s, int pos, int endpos, Predicate<Mat> each) {
        int[] cps = codePoints(s);
        int end = Math.max(0, Math.min(endpos, cps.length));
        int at = Math.max(0, Math.min(pos, cps.length));
        RegexMatcher m = new RegexMatcher(p.root, p.groups, cps, end, p.first);
        boolean afterEmpty = false;
        while (at <= end && m.search(at, afterEmpty)) {
            Mat mat = new Mat(p, s, cps, m, pos, end);
            if (!each.test(mat)) {
                return;
            }
            afterEmpty = mat.starts[0] == mat.ends[0];
            at = mat.ends[0];
        }
    }

    static PyObject findall(Pat p, String s, int pos, int endpos) {
        PyList out = new PyList();
        scan(p, s, pos, endpos, m -> {
            if (p.groups == 0) {
                out.append(m.group(0, PyStr.EMPTY));
            } else if (p.groups == 1) {
                out.append(m.group(1, PyStr.EMPTY));
            } else {
                PyObject[] items = new PyObject[p.groups];
                for (int i = 0; i < p.groups; i++) {
                    items[i] = m.group(i + 1, PyStr.EMPTY);
                }
                out.append(PyTuple.wrap(items));
            }
            return true;
        });
        return out;
    }

    static PyObject[] sub(Pat p, PyObject repl, String s, long count) {
        Template template = repl instanceof PyStr rs ? Template.parse(p, rs.value) : null;
        int[] cps = codePoints(s);
        StringBuilder sb = new StringBuilder();
        int[] last = {0};
        long[] n = {0};
        scan(p, s, 0, Integer.MAX_VALUE, m -> {
            if (count > 0 && n[0] >= count) {
                return false;
            }
            sb.append(new String(cps, last[0], m.starts[0] - last[0]));
            if (template != null) {
                sb.append(template.expand(m));
            } else {
                PyObject r = Ops.call(repl, m);
                if (!(r instanceof PyStr rs)) {
                    throw PyErr.typeError("expected str instance, " + r.type().name() + " found");
                }
                sb.append(rs.value);
            }
            last[0] = m.ends[0];
            n[0]++;
            return true;
        });
        sb.append(new String(cps, last[0], cps.length - last[0]));
        return new PyObject[] {PyStr.of(sb.toString()), PyInt.of(n[0])};
    }

    static PyObject split(Pat p, String s, long maxsplit) {
        int[] cps = codePoints(s);
        PyList out = new PyList();
        int[] last = {0};
        long[] n = {0};
        scan(p, s, 0, Integer.MAX_VALUE, m -> {
            if (maxsplit > 0 && n[0] >= maxsplit) {
                return false;
            }
            out.append(PyStr.of(new String(cps, last[0], m.starts[0] - last[0])));
            for (int g = 1; g <= p.groups; g++) {
                out.append(m.group(g, PyNone.INSTANCE));
            }
            last[0] = m.ends[0];
            n[0]++;
            return true;
        });
        out.append(PyStr.of(new String(cps, last[0], cps.length - last[0])));
        return out;
    }

    static PyObject escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.appendCodePoint(c);
        });
        return PyStr.of(sb.toString());
    }

    // ---- the module -------------------------------------------------------------------------------------------

    private static int flagsOf(PyObject[] a, String[] k, int pos) {
        PyObject f = Args.npos(a, k) > pos ? a[pos] : Args.kw(a, k, "flags");
        return f == null ? 0 : (int) Ops.index(f);
    }

    private static int intArg(PyObject[] a, String[] k, int i, String name, int dflt) {
        PyObject v = Args.npos(a, k) > i ? a[i] : Args.kw(a, k, name);
        return v == null ? dflt : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ops.index(v)));
    }

    private static PyObject arg(PyObject[] a, String[] k, int i, String name) {
        PyObject v = Args.npos(a, k) > i ? a[i] : Args.kw(a, k, name);
        if (v == null) {
            throw PyErr.typeError("missing required argument '" + name + "' (pos " + (i + 1) + ")");
        }
        return v;
    }

    private static void both(PyModule m, String name, PyBuiltinFunction.Body moduleBody,
            PyBuiltinFunction.Body methodBody) {
        m.set(name, new PyBuiltinFunction(name, moduleBody, false, "re"));
        PATTERN.dict.put(name, new PyBuiltinFunction(name, methodBody, true, "Pattern"));
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("re");
        error = new PyType("PatternError", new PyType[] {PyExc.Exception}, true);
        error.module = "re";
        error.instancesHaveDict = true;
        m.set("error", error);
        m.set("PatternError", error);
        String[][] flagNames = {{"I", "IGNORECASE"}, {"L", "LOCALE"}, {"M", "MULTILINE"}, {"S", "DOTALL"},
            {"U", "UNICODE"}, {"X", "VERBOSE"}, {"A", "ASCII"}};
        int[] flagValues = {I, L, M, S, U, X, A};
        for (int i = 0; i < flagNames.length; i++) {
            m.set(flagNames[i][0], PyInt.of(flagValues[i]));
            m.set(flagNames[i][1], PyInt.of(flagValues[i]));
        }
        m.set("NOFLAG", PyInt.ZERO);
        m.set("Pattern", PATTERN);
        m.set("Match", MATCH);
        Mod.fn(m, "compile", (a, k) -> compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 1)));
        Mod.fn(m, "escape", (a, k) -> escape(subject(arg(a, k, 0, "pattern"))));
        Mod.fn(m, "purge", (a, k) -> {
            CACHE.clear();
            return PyNone.INSTANCE;
        });
        installSearches(m);
        installPatternAttributes();
        MatchMethods.install();
        return m;
    }

    private static void installSearches(PyModule m) {
        String[] modes = {"match", "search", "fullmatch"};
        for (int i = 0; i < modes.length; i++) {
            int mode = i;
            both(m, modes[i], (a, k) -> search(compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 2)),
                    subject(arg(a, k, 1, "string")), mode, 0, Integer.MAX_VALUE),
                    (a, k) -> search((Pat) a[0], subject(arg(a, k, 1, "string")), mode,
                            intArg(a, k, 2, "pos", 0), intArg(a, k, 3, "endpos", Integer.MAX_VALUE)));
        }
        both(m, "findall", (a, k) -> findall(compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 2)),
                subject(arg(a, k, 1, "string")), 0, Integer.MAX_VALUE),
                (a, k) -> findall((Pat) a[0], subject(arg(a, k, 1, "string")), intArg(a, k, 2, "pos", 0),
                        intArg(a, k, 3, "endpos", Integer.MAX_VALUE)));
        both(m, "finditer", (a, k) -> finditer(compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 2)),
                subject(arg(a, k, 1, "string")), 0, Integer.MAX_VALUE),
                (a, k) -> finditer((Pat) a[0], subject(arg(a, k, 1, "string")), intArg(a, k, 2, "pos", 0),
                        intArg(a, k, 3, "endpos", Integer.MAX_VALUE)));
        both(m, "sub", (a, k) -> sub(compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 4)), arg(a, k, 1, "repl"),
                subject(arg(a, k, 2, "string")), intArg(a, k, 3, "count", 0))[0],
                (a, k) -> sub((Pat) a[0], arg(a, k, 1, "repl"), subject(arg(a, k, 2, "string")),
                        intArg(a, k, 3, "count", 0))[0]);
        both(m, "subn", (a, k) -> PyTuple.of(sub(compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 4)),
                arg(a, k, 1, "repl"), subject(arg(a, k, 2, "string")), intArg(a, k, 3, "count", 0))),
                (a, k) -> PyTuple.of(sub((Pat) a[0], arg(a, k, 1, "repl"), subject(arg(a, k, 2, "string")),
                        intArg(a, k, 3, "count", 0))));
        both(m, "split", (a, k) -> split(compile(arg(a, k, 0, "pattern"), flagsOf(a, k, 3)),
                subject(arg(a, k, 1, "string")), intArg(a, k, 2, "maxsplit", 0)),
                (a, k) -> split((Pat) a[0], subject(arg(a, k, 1, "string")), intArg(a, k, 2, "maxsplit", 0)));
    }

    /** Matches are found lazily, one per next(), as CPython's callable_iterator does. */
    private static PyObject finditer(Pat p, String s, int pos, int endpos) {
        int[] cps = codePoints(s);
        int end = Math.max(0, Math.min(endpos, cps.length));
        RegexMatcher m = new RegexMatcher(p.root, p.groups, cps, end, p.first);
        int[] at = {Math.max(0, Math.min(pos, cps.length))};
        boolean[] afterEmpty = {false};
        boolean[] done = {false};
        return new PyJavaIterator("callable_iterator", () -> {
            if (done[0] || at[0] > end || !m.search(at[0], afterEmpty[0])) {
                done[0] = true;
                return null;
            }
            Mat mat = new Mat(p, s, cps, m, pos, end);
            afterEmpty[0] = mat.starts[0] == mat.ends[0];
            at[0] = mat.ends[0];
            return mat;
        });
    }

    private static void installPatternAttributes() {
        getter(PATTERN, "pattern", o -> PyStr.of(((Pat) o).source));
        getter(PATTERN, "flags", o -> PyInt.of(((Pat) o).flags));
        getter(PATTERN, "groups", o -> PyInt.of(((Pat) o).groups));
        getter(PATTERN, "groupindex", o -> {
            PyDict d = new PyDict();
            ((Pat) o).names.forEach((n, i) -> d.putStr(n, PyInt.of(i)));
            return d;
        });
        PATTERN.dict.put("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> PyStr.of(patternRepr((Pat) a[0])),
                true, "Pattern"));
        PATTERN.dict.put("__eq__", new PyBuiltinFunction("__eq__", (a, k) -> PyBool.of(a[1] instanceof Pat o
                && o.source.equals(((Pat) a[0]).source) && o.flags == ((Pat) a[0]).flags), true, "Pattern"));
        PATTERN.dict.put("__hash__", new PyBuiltinFunction("__hash__",
                (a, k) -> PyInt.of(((Pat) a[0]).source.hashCode() * 31L + ((Pat) a[0]).flags), true, "Pattern"));
    }

    private static String patternRepr(Pat p) {
        StringBuilder flags = new StringBuilder();
        String[] names = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.VERBOSE", "re.ASCII"};
        int[] values = {I, L, M, S, X, A};
        for (int i = 0; i < names.length; i++) {
            if ((p.flags & values[i]) != 0) {
                flags.append(flags.length() == 0 ? "" : "|").append(names[i]);
            }
        }
        String src = Ops.repr(PyStr.of(p.source));
        return "re.compile(" + src + (flags.length() == 0 ? "" : ", " + flags) + ")";
    }

    static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> f) {
        t.dict.put(name, new PyDescriptors.GetSet(name, f, null));
    }
}
