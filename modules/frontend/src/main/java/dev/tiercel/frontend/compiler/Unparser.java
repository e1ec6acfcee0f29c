package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.CmpOp;
import dev.tiercel.frontend.ast.Comprehension;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Keyword;
import dev.tiercel.frontend.ast.Operator;
import dev.tiercel.runtime.code.Disassembler;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyEllipsis;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.List;

/**
 * An expression back to source text, as CPython's compiler writes string annotations (PEP 563,
 * {@code _PyAST_ExprAsUnicode}): the same spacing, the same parentheses (from operator precedence, not from the
 * original source) and constants written by their repr.
 */
final class Unparser {
    // precedence levels, lowest first
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, BOR = 6, BXOR = 7, BAND = 8,
            SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, AWAIT = 14, ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {
    }

    /** The text of an annotation. */
    static String annotation(Expr e) {
        return text(e, TEST);
    }

    private static String text(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> boolOp(b, level);
            case Expr.BinOp b -> binOp(b, level);
            case Expr.UnaryOp u -> unaryOp(u, level);
            case Expr.Lambda l -> lambda(l, level);
            case Expr.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    out.append("{*()}");
                } else {
                    out.append('{');
                    list(s.elts(), TEST);
                    out.append('}');
                }
            }
            case Expr.ListComp c -> comprehension("[", c.elt(), null, c.generators(), "]");
            case Expr.SetComp c -> comprehension("{", c.elt(), null, c.generators(), "}");
            case Expr.DictComp c -> comprehension("{", c.key(), c.value(), c.generators(), "}");
            case Expr.GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
            case Expr.Yield y -> {
                out.append(y.value() == null ? "(yield" : "(yield ");
                if (y.value() != null) {
                    expr(y.value(), TEST);
                }
                out.append(')');
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Expr.Await a -> {
                open(level > AWAIT);
                out.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Compare c -> compare(c, level);
            case Expr.Call c -> call(c);
            case Expr.Constant c -> constant(c.value());
            case Expr.JoinedStr j -> out.append('f').append(Disassembler.repr(PyStr.of(fstringBody(j.values(), false))));
            case Expr.FormattedValue f -> out.append('f').append(Disassembler.repr(PyStr.of(fstringBody(List.of(f),
                    false))));
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                // an integer needs a space before the dot ("1 .real")
                out.append(a.value() instanceof Expr.Constant k && k.value() instanceof PyInt ? " ." : ".");
                out.append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                out.append('[');
                expr(s.slice(), TUPLE);
                out.append(']');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), BOR);
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.ListExpr l -> {
                out.append('[');
                list(l.elts(), TEST);
                out.append(']');
            }
            case Expr.Tuple t -> tuple(t.elts(), level);
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                out.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
            case Expr.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                out.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
        }
    }

    private void open(boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
    }

    private void close(boolean parenthesize) {
        if (parenthesize) {
            out.append(')');
        }
    }

    private void list(List<Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), level);
        }
    }

    private void tuple(List<Expr> elts, int level) {
        if (elts.isEmpty()) {
            out.append("()");
            return;
        }
        open(level > TUPLE);
        list(elts, TEST);
        if (elts.size() == 1) {
            out.append(',');
        }
        close(level > TUPLE);
    }

    private void boolOp(Expr.BoolOp b, int level) {
        int pr = b.isAnd() ? AND : OR;
        open(level > pr);
        for (int i = 0; i < b.values().size(); i++) {
            if (i > 0) {
                out.append(b.isAnd() ? " and " : " or ");
            }
            expr(b.values().get(i), pr + 1);
        }
        close(level > pr);
    }

    private void binOp(Expr.BinOp b, int level) {
        int pr = switch (b.op()) {
            case ADD, SUB -> ARITH;
            case MULT, MAT_MULT, DIV, MOD, FLOOR_DIV -> TERM;
            case LSHIFT, RSHIFT -> SHIFT;
            case BIT_OR -> BOR;
            case BIT_XOR -> BXOR;
            case BIT_AND -> BAND;
            case POW -> POWER;
        };
        int rightAssoc = b.op() == Operator.POW ? 1 : 0;
        open(level > pr);
        expr(b.left(), pr + rightAssoc);
        out.append(' ').append(b.op().symbol).append(' ');
        expr(b.right(), pr + 1 - rightAssoc);
        close(level > pr);
    }

    private void unaryOp(Expr.UnaryOp u, int level) {
        int pr = switch (u.op()) {
            case NOT -> NOT;
            default -> FACTOR;
        };
        open(level > pr);
        out.append(switch (u.op()) {
            case NOT -> "not ";
            case INVERT -> "~";
            case UADD -> "+";
            case USUB -> "-";
        });
        expr(u.operand(), pr);
        close(level > pr);
    }

    private void lambda(Expr.Lambda l, int level) {
        open(level > TEST);
        Arguments a = l.args();
        out.append(a.args().size() + a.posonlyargs().size() > 0 ? "lambda " : "lambda");
        arguments(a);
        out.append(": ");
        expr(l.body(), TEST);
        close(level > TEST);
    }

    /** Parameters without annotations, as a lambda's are written. */
    private void arguments(Arguments a) {
        boolean[] first = {true};
        int positional = a.posonlyargs().size() + a.args().size();
        for (int i = 0; i < positional; i++) {
            separator(first);
            Arg arg = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            out.append(arg.arg());
            int d = i - positional + a.defaults().size();
            if (d >= 0) {
                out.append('=');
                expr(a.defaults().get(d), TEST);
            }
            if (!a.posonlyargs().isEmpty() && i + 1 == a.posonlyargs().size()) {
                out.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            separator(first);
            out.append('*');
            if (a.vararg() != null) {
                out.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            separator(first);
            out.append(a.kwonlyargs().get(i).arg());
            int d = i - a.kwonlyargs().size() + a.kwDefaults().size();
            if (d >= 0 && a.kwDefaults().get(d) != null) {
                out.append('=');
                expr(a.kwDefaults().get(d), TEST);
            }
        }
        if (a.kwarg() != null) {
            separator(first);
            out.append("**").append(a.kwarg().arg());
        }
    }

    private void separator(boolean[] first) {
        if (!first[0]) {
            out.append(", ");
        }
        first[0] = false;
    }

    private void dict(Expr.Dict d) {
        out.append('{');
        for (int i = 0; i < d.keys().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (d.keys().get(i) == null) {
                out.append("**");
                expr(d.values().get(i), BOR);
            } else {
                expr(d.keys().get(i), TEST);
                out.append(": ");
                expr(d.values().get(i), TEST);
            }
        }
        out.append('}');
    }

    private void comprehension(String open, Expr elt, Expr value, List<Comprehension> gens, String close) {
        out.append(open);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Comprehension g : gens) {
            out.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(close);
    }

    private void compare(Expr.Compare c, int level) {
        open(level > CMP);
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            out.append(' ').append(op.symbol).append(' ');
            expr(c.comparators().get(i), CMP + 1);
        }
        close(level > CMP);
    }

    private void call(Expr.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, ATOM); // a lone generator argument keeps its own parentheses only
            return;
        }
        out.append('(');
        boolean[] first = {true};
        for (Expr a : c.args()) {
            separator(first);
            expr(a, TEST);
        }
        for (Keyword k : c.keywords()) {
            separator(first);
            out.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(k.value(), TEST);
        }
        out.append(')');
    }

    private void constant(PyObject v) {
        if (v == PyEllipsis.INSTANCE) {
            out.append("...");
        } else if (v instanceof PyTuple t) {
            out.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                constant(t.get(i));
            }
            out.append(t.size() == 1 ? ",)" : ")");
        } else if (v instanceof PyFloat || v instanceof PyComplex) {
            // infinities are written as a literal that parses back to them
            out.append(Disassembler.repr(v).replace("inf", "1e309"));
        } else {
            out.append(Disassembler.repr(v));
        }
    }

    /** The text between an f-string's quotes; in a format spec the braces of literal text are kept as is. */
    private static String fstringBody(List<Expr> values, boolean formatSpec) {
        StringBuilder body = new StringBuilder();
        for (Expr v : values) {
            switch (v) {
                case Expr.Constant c when c.value() instanceof PyStr s ->
                    body.append(s.value.replace("{", "{{").replace("}", "}}"));
                case Expr.FormattedValue f -> body.append(formattedValue(f));
                case Expr.JoinedStr j -> body.append(fstringBody(j.values(), formatSpec));
                default -> body.append(text(v, TEST));
            }
        }
        return body.toString();
    }

    private static String formattedValue(Expr.FormattedValue f) {
        String value = text(f.value(), TEST + 1);
        StringBuilder sb = new StringBuilder(value.startsWith("{") ? "{ " : "{").append(value);
        if (f.conversion() > 0) {
            sb.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() != null) {
            sb.append(':');
            sb.append(f.formatSpec() instanceof Expr.JoinedStr j ? fstringBody(j.values(), true)
                    : text(f.formatSpec(), TEST));
        }
        return sb.append('}').toString();
    }
}
