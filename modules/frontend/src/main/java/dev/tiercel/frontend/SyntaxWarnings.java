package dev.tiercel.frontend;

import dev.tiercel.frontend.ast.CmpOp;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.UnaryOperator;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyEllipsis;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxWarnings CPython 3.13's tokenizer and compiler emit (invalid escape sequences, {@code is} with a
 * literal, calling or subscripting a literal, an always-true assert), collected while compiling (on the compile
 * thread) and printed afterwards to {@code sys.stderr} in the warnings module's default format, independently of
 * the {@code warnings} module: {@code FILE:LINE: SyntaxWarning: MESSAGE} and, when the file can be read, its line.
 * When the program has imported {@code warnings} or gave {@code -W}/{@code PYTHONWARNINGS} options, they go through
 * {@code warnings.warn_explicit} instead, so filters apply; a filter that turns one into an exception makes the
 * compilation fail with a SyntaxError at the warning's place, as CPython's compiler does.
 */
public final class SyntaxWarnings {
    private SyntaxWarnings() {}

    /** One warning: where and what; {@code literal} for the tokenizer's (a re-parsed literal warns once). */
    public record Warning(int line, int col, int endLine, int endCol, String message, boolean literal) {}

    private static final ThreadLocal<List<Warning>> PENDING = new ThreadLocal<>();

    /** Starts collecting for a compilation on this thread. */
    static void begin() {
        PENDING.set(new ArrayList<>());
    }

    /**
     * The warnings collected since {@link #begin}, in order; a literal's once, the compiler's as often as it
     * generates the code (a {@code finally} body twice, as CPython's compiler does).
     */
    static List<Warning> end() {
        List<Warning> all = PENDING.get();
        PENDING.remove();
        if (all == null) {
            return List.of();
        }
        Set<Warning> seen = new HashSet<>();
        List<Warning> out = new ArrayList<>();
        for (Warning w : all) {
            if (!w.literal() || seen.add(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Records the tokenizer's warning about the literal at {@code line}/{@code col} (ignored outside a compile). */
    public static void warn(int line, int col, String message) {
        add(new Warning(line, col, -1, -1, message, true));
    }

    private static void warn(Pos p, String message) {
        add(new Warning(p.line(), p.col(), p.endLine(), p.endCol(), message, false));
    }

    private static void add(Warning w) {
        List<Warning> all = PENDING.get();
        if (all != null) {
            all.add(w);
        }
    }

    /** Issues the warnings of one compilation; the SyntaxError a filter turned one of them into, or null. */
    static dev.tiercel.runtime.spi.CompileError issue(List<Warning> warnings, String filename) {
        if (warnings.isEmpty()) {
            return null;
        }
        PyObject module = warningsModule();
        if (module == null) {
            print(warnings, filename);
            return null;
        }
        for (Warning w : warnings) {
            try {
                Ops.invoke(module, "warn_explicit", PyStr.of(w.message()), dev.tiercel.runtime.object.PyExc.SyntaxWarning,
                        PyStr.of(filename), PyInt.of(w.line()));
            } catch (dev.tiercel.runtime.object.PyException e) {
                if (!e.value.isInstance(dev.tiercel.runtime.object.PyExc.SyntaxWarning)) {
                    throw e;
                }
                return asError(w, filename);
            }
        }
        return null;
    }

    /** The SyntaxError for {@code w}: the tokenizer's columns are 1-based already, the compiler's 0-based. */
    private static dev.tiercel.runtime.spi.CompileError asError(Warning w, String filename) {
        List<String> lines = sourceLines(filename);
        String text = lines != null && w.line() >= 1 && w.line() <= lines.size() ? lines.get(w.line() - 1) : null;
        return new dev.tiercel.runtime.spi.CompileError(dev.tiercel.runtime.spi.CompileError.Kind.SYNTAX_ERROR,
                w.message(), filename, w.line(), w.literal() ? w.col() : w.col() + 1,
                w.endLine() < 0 ? w.line() : w.endLine(), w.endCol() < 0 ? 0 : w.endCol() + 1, text);
    }

    /** The {@code warnings} module when the program uses it or has warning options; else null (print directly). */
    private static PyObject warningsModule() {
        if (Py.sys == null) {
            return null;
        }
        PyObject modules = Py.sys.dict().getStr("modules");
        PyObject options = Py.sys.dict().getStr("warnoptions");
        try {
            if (modules instanceof dev.tiercel.runtime.object.PyDict m && m.getStr("warnings") instanceof PyObject w
                    && w != PyNone.INSTANCE) {
                return w;
            }
            if (options != null && Ops.isTrue(options) && Py.importer() != null) {
                Py.importer().importName("warnings", new dev.tiercel.runtime.object.PyDict(), PyNone.INSTANCE, 0);
                return ((dev.tiercel.runtime.object.PyDict) Py.sys.dict().getStr("modules")).getStr("warnings");
            }
        } catch (dev.tiercel.runtime.object.PyException e) {
            return null; // no usable warnings module: the fixed format below
        }
        return null;
    }

    /** Prints the warnings of one compilation of {@code filename} in the warnings module's default format. */
    static void print(List<Warning> warnings, String filename) {
        List<String> lines = sourceLines(filename);
        StringBuilder sb = new StringBuilder();
        for (Warning w : warnings) {
            sb.append(filename).append(':').append(w.line()).append(": SyntaxWarning: ").append(w.message())
                    .append('\n');
            if (lines != null && w.line() >= 1 && w.line() <= lines.size()) {
                String text = lines.get(w.line() - 1).strip();
                if (!text.isEmpty()) {
                    sb.append("  ").append(text).append('\n');
                }
            }
        }
        PyObject err = Py.sys == null ? null : Py.sys.dict().getStr("stderr");
        if (err == null || err == PyNone.INSTANCE) {
            System.err.print(sb);
            System.err.flush();
            return;
        }
        Ops.invoke(err, "write", PyStr.of(sb.toString()));
    }

    /** The file's lines as the warnings module's linecache reads them, or null when it is not a readable file. */
    private static List<String> sourceLines(String filename) {
        if (filename.startsWith("<")) {
            return null;
        }
        try {
            Path p = Path.of(filename);
            return Files.isRegularFile(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : null;
        } catch (Exception e) {
            return null; // unreadable: CPython prints no source line either
        }
    }

    // ---------------------------------------------------------------- the compiler's checks

    /** {@code x is LITERAL} / {@code LITERAL is not x}. */
    public static void checkCompare(Expr.Compare e) {
        Expr left = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOp op = e.ops().get(i);
            Expr right = e.comparators().get(i);
            if (op == CmpOp.IS || op == CmpOp.IS_NOT) {
                String lit = literalType(left);
                if (lit == null) {
                    lit = literalType(right);
                }
                if (lit != null) {
                    boolean is = op == CmpOp.IS;
                    warn(e.pos(), "\"" + (is ? "is" : "is not") + "\" with '" + lit + "' literal. Did you mean \""
                            + (is ? "==" : "!=") + "\"?");
                    return;
                }
            }
            left = right;
        }
    }

    /** The type name of a literal that {@code is} should not compare with, or null (None, bools, ..., names). */
    private static String literalType(Expr e) {
        if (e instanceof Expr.Constant c) {
            PyObject v = c.value();
            return v == PyNone.INSTANCE || v instanceof PyBool || v == PyEllipsis.INSTANCE ? null : v.type().name();
        }
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.NOT && u.operand() instanceof Expr.Constant c
                && (c.value() instanceof PyInt || c.value() instanceof PyFloat || c.value() instanceof PyComplex)
                && !(c.value() instanceof PyBool)) {
            return c.value().type().name();
        }
        if (e instanceof Expr.Tuple t && allConstant(t.elts())) {
            return "tuple";
        }
        return null;
    }

    private static boolean allConstant(List<Expr> elts) {
        for (Expr x : elts) {
            if (!(x instanceof Expr.Constant) && literalType(x) == null) {
                return false;
            }
        }
        return true;
    }

    /** Calling a literal: {@code [1, 2] (3, 4)} where a comma was meant. */
    public static void checkCall(Expr.Call e) {
        String t = e.func() instanceof Expr.Lambda ? null : displayType(e.func()); // (lambda: x)() is fine
        if (t != null) {
            // located at the callee, as CPython's compiler does
            warn(e.func().pos(), "'" + t + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /** Subscripting a literal that has no items, or indexing a sequence literal by a non-integer literal. */
    public static void checkSubscript(Expr.Subscript e) {
        Expr v = e.value();
        String t = null;
        if (v instanceof Expr.Constant c) {
            PyObject x = c.value();
            if (x == PyNone.INSTANCE || x == PyEllipsis.INSTANCE || x instanceof PyInt || x instanceof PyFloat
                    || x instanceof PyComplex || x instanceof PySet) {
                t = x.type().name();
            }
        } else if (v instanceof Expr.Set || v instanceof Expr.SetComp || v instanceof Expr.GeneratorExp
                || v instanceof Expr.Lambda) {
            t = displayType(v);
        }
        if (t != null) {
            warn(e.pos(), "'" + t + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String seq = null;
        if (v instanceof Expr.Constant c && (c.value() instanceof PyStr || c.value() instanceof PyBytes
                || c.value() instanceof PyTuple)) {
            seq = c.value().type().name();
        } else if (v instanceof Expr.Tuple || v instanceof Expr.ListExpr || v instanceof Expr.ListComp
                || v instanceof Expr.JoinedStr || v instanceof Expr.FormattedValue) {
            seq = displayType(v);
        }
        if (seq == null) {
            return;
        }
        String index = indexType(e.slice());
        if (index != null) {
            warn(e.pos(), seq + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?");
        }
    }

    /** The type of an index expression that can never be an index, or null. */
    private static String indexType(Expr s) {
        if (s instanceof Expr.Constant c) {
            PyObject x = c.value();
            return x instanceof PyInt || x == PyNone.INSTANCE ? null : x.type().name();
        }
        if (s instanceof Expr.Slice || s instanceof Expr.Name || s instanceof Expr.Call || s instanceof Expr.Attribute
                || s instanceof Expr.Subscript || s instanceof Expr.BinOp || s instanceof Expr.UnaryOp
                || s instanceof Expr.IfExp || s instanceof Expr.NamedExpr || s instanceof Expr.BoolOp
                || s instanceof Expr.Compare || s instanceof Expr.Starred || s instanceof Expr.Await) {
            return null;
        }
        return displayType(s);
    }

    /** The type a display or literal expression always makes, or null for other expressions. */
    private static String displayType(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value().type().name();
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> null;
        };
    }

    /** {@code assert (test, "message")}: a non-empty tuple is always true. */
    public static void checkAssert(Pos pos, Expr test) {
        if (test instanceof Expr.Tuple t && !t.elts().isEmpty()
                || test instanceof Expr.Constant c && c.value() instanceof PyTuple tu && tu.size() > 0) {
            warn(pos, "assertion is always true, perhaps remove parentheses?");
        }
    }
}
