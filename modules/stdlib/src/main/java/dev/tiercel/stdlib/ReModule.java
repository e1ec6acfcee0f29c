package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The {@code re} module over {@code java.util.regex}, translating Python's pattern and replacement syntax. */
public final class ReModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "re";
    }

    static final int I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, A = 256;

    static final PyType PATTERN = new PyType("Pattern", new PyType[] {PyTypes.OBJECT}, true);
    static final PyType MATCH = new PyType("Match", new PyType[] {PyTypes.OBJECT}, true);
    static PyType error;

    static {
        PATTERN.module = "re";
        MATCH.module = "re";
    }

    /** A compiled pattern. */
    static final class Pat extends PyObject {
        final String source;
        final int flags;
        final Pattern pattern;
        final List<String> groupNames;

        Pat(String source, int flags) {
            this.source = source;
            this.flags = flags;
            this.groupNames = new ArrayList<>();
            int jf = 0;
            if ((flags & I) != 0) {
                jf |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            }
            if ((flags & M) != 0) {
                jf |= Pattern.MULTILINE;
            }
            if ((flags & S) != 0) {
                jf |= Pattern.DOTALL;
            }
            if ((flags & X) != 0) {
                jf |= Pattern.COMMENTS;
            }
            if ((flags & A) == 0) {
                jf |= Pattern.UNICODE_CHARACTER_CLASS;
            }
            try {
                this.pattern = Pattern.compile(translate(source, groupNames), jf);
            } catch (PatternSyntaxException e) {
                throw PyErr.of(error, e.getDescription() + " at position " + Math.max(0, e.getIndex()));
            }
        }

        @Override
        public PyType type() {
            return PATTERN;
        }

        int groups() {
            return pattern.matcher("").groupCount();
        }
    }

    /** A match. */
    static final class Mat extends PyObject {
        final Pat pat;
        final String string;
        final int[] starts;
        final int[] ends;

        Mat(Pat pat, String string, Matcher m) {
            this.pat = pat;
            this.string = string;
            int n = m.groupCount() + 1;
            starts = new int[n];
            ends = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = m.start(i);
                ends[i] = m.end(i);
            }
        }

        @Override
        public PyType type() {
            return MATCH;
        }

        int index(PyObject g) {
            if (g instanceof PyStr s) {
                int i = pat.groupNames.indexOf(s.value);
                if (i < 0) {
                    throw PyErr.of(PyExc.IndexError, "no such group");
                }
                return i + 1;
            }
            long i = Ops.index(g);
            if (i < 0 || i >= starts.length) {
                throw PyErr.of(PyExc.IndexError, "no such group");
            }
            return (int) i;
        }

        PyObject group(int i, PyObject dflt) {
            return starts[i] < 0 ? dflt : PyStr.of(string.substring(starts[i], ends[i]));
        }
    }

    /** Python regex syntax to Java's: named groups, named backreferences, \Z, and unnamed-group name tracking. */
    static String translate(String p, List<String> names) {
        StringBuilder sb = new StringBuilder();
        int groupIndex = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                char d = p.charAt(i + 1);
                if (d == 'Z' && !inClass) {
                    sb.append("\\z");
                } else {
                    sb.append(c).append(d);
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (c == '[') {
                    sb.append('\\');
                }
                sb.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                sb.append(c);
                if (i + 1 < p.length() && p.charAt(i + 1) == '^') {
                    sb.append('^');
                    i++;
                }
                if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
                    sb.append("\\]");
                    i++;
                }
                continue;
            }
            if (c == '{' && !p.substring(i).matches("(?s)\\{(\\d+(,\\d*)?|,\\d+)\\}.*")) {
                sb.append("\\{");
                continue;
            }
            if (c == '}') {
                int open = sb.lastIndexOf("{");
                boolean quantifier = open >= 0 && (open == 0 || sb.charAt(open - 1) != '\\')
                        && sb.substring(open).matches("\\{(\\d+(,\\d*)?|,\\d+)");
                sb.append(quantifier ? "}" : "\\}");
                continue;
            }
            if (c == '(') {
                if (p.startsWith("(?P<", i)) {
                    int e = p.indexOf('>', i);
                    String name = p.substring(i + 4, e);
                    groupIndex++;
                    while (names.size() < groupIndex - 1) {
                        names.add(null);
                    }
                    names.add(name);
                    sb.append("(?<").append(name.replace("_", "U95")).append('>');
                    i = e;
                    continue;
                }
                if (p.startsWith("(?P=", i)) {
                    int e = p.indexOf(')', i);
                    sb.append("\\k<").append(p.substring(i + 4, e).replace("_", "U95")).append('>');
                    i = e;
                    continue;
                }
                if (!p.startsWith("(?", i) || p.startsWith("(?<", i) && !p.startsWith("(?<=", i)
                        && !p.startsWith("(?<!", i)) {
                    groupIndex++;
                    while (names.size() < groupIndex) {
                        names.add(null);
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int flagsOf(PyObject[] a, String[] k, int pos) {
        PyObject f = Args.npos(a, k) > pos ? a[pos] : Args.kw(a, k, "flags");
        return f == null ? 0 : (int) Ops.index(f);
    }

    private static final Map<String, Pat> CACHE = new LinkedHashMap<>();

    static Pat compile(PyObject p, int flags) {
        if (p instanceof Pat pat) {
            return pat;
        }
        String src = Ops.asString(p, "first argument");
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

    static PyObject search(Pat p, String s, int mode, int pos, int endpos) {
        Matcher m = p.pattern.matcher(s);
        m.region(pos, Math.min(endpos, s.length()));
        boolean found = switch (mode) {
            case 0 -> m.lookingAt();
            case 1 -> m.find();
            default -> m.matches();
        };
        return found ? new Mat(p, s, m) : PyNone.INSTANCE;
    }

    static PyObject findall(Pat p, String s) {
        Matcher m = p.pattern.matcher(s);
        PyList out = new PyList();
        int g = m.groupCount();
        while (m.find()) {
            if (g == 0) {
                out.append(PyStr.of(m.group()));
            } else if (g == 1) {
                out.append(PyStr.of(m.group(1) == null ? "" : m.group(1)));
            } else {
                PyObject[] items = new PyObject[g];
                for (int i = 0; i < g; i++) {
                    items[i] = PyStr.of(m.group(i + 1) == null ? "" : m.group(i + 1));
                }
                out.append(PyTuple.wrap(items));
            }
        }
        return out;
    }

    /** Expands a Python replacement template for one match. */
    static String expand(Pat p, Matcher m, String repl) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repl.length(); i++) {
            char c = repl.charAt(i);
            if (c != '\\' || i + 1 >= repl.length()) {
                sb.append(c);
                continue;
            }
            char d = repl.charAt(++i);
            if (Character.isDigit(d)) {
                int j = i;
                while (j < repl.length() && j < i + 2 && Character.isDigit(repl.charAt(j))) {
                    j++;
                }
                int g = Integer.parseInt(repl.substring(i, j));
                if (g > m.groupCount()) {
                    throw PyErr.of(error, "invalid group reference " + g + " at position " + (i - 1));
                }
                String v = m.group(g);
                sb.append(v == null ? "" : v);
                i = j - 1;
            } else if (d == 'g' && i + 1 < repl.length() && repl.charAt(i + 1) == '<') {
                int e = repl.indexOf('>', i);
                String name = repl.substring(i + 2, e);
                int g = name.chars().allMatch(Character::isDigit) ? Integer.parseInt(name)
                        : p.groupNames.indexOf(name) + 1;
                String v = m.group(g);
                sb.append(v == null ? "" : v);
                i = e;
            } else {
                switch (d) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '\\' -> sb.append('\\');
                    default -> sb.append('\\').append(d);
                }
            }
        }
        return sb.toString();
    }

    static PyObject[] sub(Pat p, PyObject repl, String s, long count) {
        Matcher m = p.pattern.matcher(s);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        long n = 0;
        while ((count <= 0 || n < count) && m.find()) {
            sb.append(s, last, m.start());
            if (repl instanceof PyStr rs) {
                sb.append(expand(p, m, rs.value));
            } else {
                sb.append(Ops.asString(Ops.call(repl, new Mat(p, s, m)), "expected str instance"));
            }
            last = m.end();
            n++;
            if (m.end() == m.start()) {
                if (m.end() < s.length()) {
                    sb.append(s.charAt(m.end()));
                }
                last = m.end() + 1;
                if (last > s.length()) {
                    break;
                }
                if (!m.find(last)) {
                    break;
                }
                m.region(last, s.length());
            }
        }
        if (last <= s.length()) {
            sb.append(s.substring(Math.min(last, s.length())));
        }
        return new PyObject[] {PyStr.of(sb.toString()), PyInt.of(n)};
    }

    static PyObject split(Pat p, String s, long maxsplit) {
        Matcher m = p.pattern.matcher(s);
        PyList out = new PyList();
        int last = 0;
        long n = 0;
        while ((maxsplit <= 0 || n < maxsplit) && m.find()) {
            if (m.end() == 0 && m.start() == 0 && s.isEmpty()) {
                break;
            }
            out.append(PyStr.of(s.substring(last, m.start())));
            for (int g = 1; g <= m.groupCount(); g++) {
                out.append(m.group(g) == null ? PyNone.INSTANCE : PyStr.of(m.group(g)));
            }
            last = m.end();
            n++;
        }
        out.append(PyStr.of(s.substring(last)));
        return out;
    }

    private static void both(PyModule m, String name, PyBuiltinFunction.Body moduleBody,
            PyBuiltinFunction.Body methodBody) {
        m.set(name, new PyBuiltinFunction(name, moduleBody, false, "re"));
        PATTERN.dict.put(name, new PyBuiltinFunction(name, methodBody, true, "Pattern"));
    }

    private static int pos(PyObject[] a, String[] k, int i, String name, int dflt) {
        PyObject v = Args.npos(a, k) > i ? a[i] : Args.kw(a, k, name);
        return v == null ? dflt : (int) Ops.index(v);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("re");
        error = new PyType("error", new PyType[] {PyExc.Exception}, true);
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
        m.set("Pattern", PATTERN);
        m.set("Match", MATCH);
        Mod.fn(m, "compile", (a, k) -> compile(a[0], flagsOf(a, k, 1)));
        Mod.fn(m, "escape", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (char c : Ops.str(a[0]).toCharArray()) {
                if (!Character.isLetterOrDigit(c) && c != '_' && c < 128) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            return PyStr.of(sb.toString());
        });
        Mod.fn(m, "purge", (a, k) -> {
            CACHE.clear();
            return PyNone.INSTANCE;
        });
        String[] modes = {"match", "search", "fullmatch"};
        for (int i = 0; i < modes.length; i++) {
            int mode = i;
            both(m, modes[i], (a, k) -> search(compile(a[0], flagsOf(a, k, 2)), Ops.str(a[1]), mode, 0,
                    Integer.MAX_VALUE), (a, k) -> {
                    String s = Ops.str(a[1]);
                    return search((Pat) a[0], s, mode, pos(a, k, 2, "pos", 0), pos(a, k, 3, "endpos", s.length()));
                });
        }
        both(m, "findall", (a, k) -> findall(compile(a[0], flagsOf(a, k, 2)), Ops.str(a[1])),
                (a, k) -> findall((Pat) a[0], Ops.str(a[1])));
        PyBuiltinFunction.Body finditer = (a, k) -> {
            Pat p = a[0] instanceof Pat pp && a.length == 2 ? pp : compile(a[0], flagsOf(a, k, 2));
            String s = Ops.str(a[1]);
            Matcher mt = p.pattern.matcher(s);
            return new PyJavaIterator("callable_iterator", () -> mt.find() ? new Mat(p, s, mt) : null);
        };
        both(m, "finditer", finditer, finditer);
        both(m, "sub", (a, k) -> sub(compile(a[0], flagsOf(a, k, 4)), a[1], Ops.str(a[2]),
                pos(a, k, 3, "count", 0))[0], (a, k) -> sub((Pat) a[0], a[1], Ops.str(a[2]),
                pos(a, k, 3, "count", 0))[0]);
        both(m, "subn", (a, k) -> PyTuple.of(sub(compile(a[0], flagsOf(a, k, 4)), a[1], Ops.str(a[2]),
                pos(a, k, 3, "count", 0))), (a, k) -> PyTuple.of(sub((Pat) a[0], a[1], Ops.str(a[2]),
                pos(a, k, 3, "count", 0))));
        both(m, "split", (a, k) -> split(compile(a[0], flagsOf(a, k, 3)), Ops.str(a[1]),
                pos(a, k, 2, "maxsplit", 0)), (a, k) -> split((Pat) a[0], Ops.str(a[1]), pos(a, k, 2, "maxsplit", 0)));
        Reg.getter(PATTERN, "pattern", o -> PyStr.of(((Pat) o).source));
        Reg.getter(PATTERN, "flags", o -> PyInt.of(((Pat) o).flags | U));
        Reg.getter(PATTERN, "groups", o -> PyInt.of(((Pat) o).groups()));
        PATTERN.dict.put("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> PyStr.of("re.compile("
                + Ops.repr(PyStr.of(((Pat) a[0]).source)) + ")"), true, "Pattern"));
        MATCH.dict.put("group", new PyBuiltinFunction("group", (a, k) -> {
            Mat mt = (Mat) a[0];
            if (a.length <= 2) {
                return mt.group(a.length == 1 ? 0 : mt.index(a[1]), PyNone.INSTANCE);
            }
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = mt.group(mt.index(a[i]), PyNone.INSTANCE);
            }
            return PyTuple.wrap(out);
        }, true, "Match"));
        MATCH.dict.put("__getitem__", new PyBuiltinFunction("__getitem__",
                (a, k) -> ((Mat) a[0]).group(((Mat) a[0]).index(a[1]), PyNone.INSTANCE), true, "Match"));
        MATCH.dict.put("groups", new PyBuiltinFunction("groups", (a, k) -> {
            Mat mt = (Mat) a[0];
            PyObject dflt = a.length > 1 ? a[1] : Args.kw(a, k, "default");
            PyObject[] out = new PyObject[mt.starts.length - 1];
            for (int i = 1; i < mt.starts.length; i++) {
                out[i - 1] = mt.group(i, dflt == null ? PyNone.INSTANCE : dflt);
            }
            return PyTuple.wrap(out);
        }, true, "Match"));
        MATCH.dict.put("groupdict", new PyBuiltinFunction("groupdict", (a, k) -> {
            Mat mt = (Mat) a[0];
            PyDict d = new PyDict();
            for (int i = 0; i < mt.pat.groupNames.size(); i++) {
                String n = mt.pat.groupNames.get(i);
                if (n != null) {
                    d.putStr(n, mt.group(i + 1, a.length > 1 ? a[1] : PyNone.INSTANCE));
                }
            }
            return d;
        }, true, "Match"));
        MATCH.dict.put("start", new PyBuiltinFunction("start",
                (a, k) -> PyInt.of(((Mat) a[0]).starts[a.length > 1 ? ((Mat) a[0]).index(a[1]) : 0]), true, "Match"));
        MATCH.dict.put("end", new PyBuiltinFunction("end",
                (a, k) -> PyInt.of(((Mat) a[0]).ends[a.length > 1 ? ((Mat) a[0]).index(a[1]) : 0]), true, "Match"));
        MATCH.dict.put("span", new PyBuiltinFunction("span", (a, k) -> {
            Mat mt = (Mat) a[0];
            int g = a.length > 1 ? mt.index(a[1]) : 0;
            return PyTuple.of(PyInt.of(mt.starts[g]), PyInt.of(mt.ends[g]));
        }, true, "Match"));
        MATCH.dict.put("expand", new PyBuiltinFunction("expand", (a, k) -> {
            Mat mt = (Mat) a[0];
            Matcher mm = mt.pat.pattern.matcher(mt.string);
            mm.region(mt.starts[0], mt.string.length());
            mm.lookingAt();
            return PyStr.of(expand(mt.pat, mm, Ops.str(a[1])));
        }, true, "Match"));
        MATCH.dict.put("__bool__", new PyBuiltinFunction("__bool__", (a, k) -> PyBool.TRUE, true, "Match"));
        MATCH.dict.put("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> {
            Mat mt = (Mat) a[0];
            return PyStr.of("<re.Match object; span=(" + mt.starts[0] + ", " + mt.ends[0] + "), match="
                    + Ops.repr(mt.group(0, PyNone.INSTANCE)) + ">");
        }, true, "Match"));
        Reg.getter(MATCH, "string", o -> PyStr.of(((Mat) o).string));
        Reg.getter(MATCH, "re", o -> ((Mat) o).pat);
        Reg.getter(MATCH, "lastindex", o -> {
            Mat mt = (Mat) o;
            int last = -1;
            for (int i = 1; i < mt.starts.length; i++) {
                if (mt.starts[i] >= 0) {
                    last = i;
                }
            }
            return last < 0 ? PyNone.INSTANCE : PyInt.of(last);
        });
        return m;
    }

    /** Registers a getter (a read-only attribute). */
    static final class Reg {
        private Reg() {}

        static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> f) {
            t.dict.put(name, new PyDescriptors.GetSet(name, f, null));
        }
    }
}
