package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.UnaryOperator;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyNone;
import java.util.List;
import java.util.function.Supplier;

/**
 * CPython's {@code invalid_*} grammar rules: what to report once parsing is known to have failed. The parser calls
 * these only on its error path, at the point where it is stuck, so they cost nothing for valid code and never change
 * what valid code means. Each method is named after the CPython rule it reproduces and either throws the specific
 * error or returns so the caller reports its generic one. Trial parses restore the token position.
 */
final class InvalidRules {
    private final ExpressionParser exprs;
    private final TokenStream ts;

    InvalidRules(ExpressionParser exprs) {
        this.exprs = exprs;
        this.ts = exprs.tokens();
    }

    /**
     * invalid_named_expression, for {@code target = value} where a target cannot be: at a statement's first '='
     * (given by {@code eqMark}), in a condition, or inside a display. {@code target} is the expression right before
     * the '='. Returns the hint error, or null when the rule does not match.
     */
    SyntaxErrorException namedExpressionAssign(Expr target, int eqMark) {
        if (!isBitwiseOrLevel(target) || startsWithDisplayOrSingleton(target)) {
            return null;
        }
        Pos valueEnd = trial(eqMark + 1, () -> {
            Expr v = exprs.bitwiseOr();
            return ts.at("=") || ts.at(":=") ? null : v.pos();
        });
        if (valueEnd == null) {
            return null;
        }
        if (target instanceof Expr.Name n && !isParenthesized(n)) {
            return TokenStream.errorAt(Pos.span(n.pos(), valueEnd),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        return TokenStream.errorAt(target.pos(), "cannot assign to " + Targets.describe(target)
                + " here. Maybe you meant '==' instead of '='?");
    }

    /**
     * invalid_expression's first alternative: two expressions in a row inside brackets ("Perhaps you forgot a
     * comma?"), unless the first is a soft keyword, a name before a string (a prefix typo), or print/exec.
     */
    void forgotComma(int startIndex, Expr a) {
        Token first = ts.tokenAt(startIndex);
        if (ts.bracketLevel(ts.mark() - 1) == 0 || SOFT_KEYWORDS.contains(first.text()) && first.kind() == TokenKind.NAME
                || first.kind() == TokenKind.NAME && ts.tokenAt(startIndex + 1).kind() == TokenKind.STRING
                || a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            return;
        }
        // expression_without_invalid: a conditional expression, or else just its first part
        Pos b = trial(ts.mark(), () -> exprs.expression().pos());
        if (b == null) {
            b = trial(ts.mark(), () -> exprs.disjunction().pos());
        }
        if (b != null) {
            throw TokenStream.errorAt(Pos.span(a.pos(), b), "invalid syntax. Perhaps you forgot a comma?");
        }
    }

    private static final java.util.Set<String> SOFT_KEYWORDS = java.util.Set.of("match", "case", "_", "type");

    /** invalid_comprehension: "[a, b for ...]" needs parentheses around the target. */
    void comprehensionTarget(List<Expr> elts) {
        if (!(ts.at("for") || ts.at("async") && ts.atAhead(1, "for"))) {
            return;
        }
        Token prev = ts.prev();
        Pos end = elts.size() > 1 && !prev.is(",") ? elts.get(elts.size() - 1).pos()
                : new Pos(prev.line(), prev.col(), prev.endLine(), prev.endCol());
        throw TokenStream.errorAt(Pos.span(elts.get(0).pos(), end),
                "did you forget parentheses around the comprehension target?");
    }

    /** invalid_kwarg: "f(x=)" has no value. */
    void kwargValue(Token name, Token eq) {
        if (ts.at(",") || ts.at(")")) {
            throw TokenStream.errorAt(name.line(), name.col(), eq.endLine(), eq.endCol(),
                    "expected argument value expression");
        }
    }

    /** invalid_kwarg: "f(a=1 for a in b)" probably meant a comparison or walrus in a generator. */
    void kwargFollowedByComprehension(Token name, Token eq) {
        if (ts.at("for") || ts.at("async") && ts.atAhead(1, "for")) {
            throw TokenStream.errorAt(name.line(), name.col(), eq.endLine(), eq.endCol(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
    }

    /** invalid_kwarg: "f(True=1)". */
    void kwargSingleton() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.NAME && (t.text().equals("True") || t.text().equals("False")
                || t.text().equals("None")) && ts.atAhead(1, "=") && !ts.atAhead(2, "=")) {
            Token eq = ts.peek(1);
            throw TokenStream.errorAt(t.line(), t.col(), eq.endLine(), eq.endCol(), "cannot assign to " + t.text());
        }
    }

    /** invalid_parameters / invalid_lambda_parameters: "def f((a, b))" (Python 2 tuple parameters). */
    void parenthesizedParameters(boolean isDef) {
        Token open = ts.peek();
        Token close = trial(ts.mark(), () -> {
            ts.next();
            do {
                if (!ts.atName()) {
                    return null;
                }
                ts.next();
                if (isDef && ts.accept(":")) {
                    exprs.expression(); // a parameter's annotation
                }
            } while (ts.accept(",") && !ts.at(")"));
            return ts.at(")") ? ts.peek() : null;
        });
        if (close != null) {
            throw TokenStream.errorAt(open.line(), open.col(), close.endLine(), close.endCol(),
                    isDef ? "Function parameters cannot be parenthesized"
                            : "Lambda expression parameters cannot be parenthesized");
        }
    }

    /** invalid_type_params: "[*Ts: int]" and "[**P: int]" cannot have bounds. */
    void typeParamBound(String kind) {
        if (ts.at(":")) {
            Token colon = ts.peek();
            Pos end = trial(ts.mark() + 1, () -> exprs.expression().pos());
            throw TokenStream.errorAt(end == null ? new Pos(colon.line(), colon.col(), colon.endLine(), colon.endCol())
                    : new Pos(colon.line(), colon.col(), end.endLine(), end.endCol()), "cannot use bound with " + kind);
        }
    }

    /** Whether the token {@code ahead} of the current one can begin an expression. */
    boolean startsExpressionAt(int ahead) {
        Boolean r = trial(ts.mark() + ahead, exprs::startsExpression);
        return r != null && r;
    }

    /** The element of a statement's first target list that an '=' directly follows. */
    Expr lastElement(Expr target) {
        if (target instanceof Expr.Tuple t && !t.elts().isEmpty() && !isParenthesized(t)) {
            return t.elts().get(t.elts().size() - 1);
        }
        return target;
    }

    /** invalid_del_stmt: 'del' followed by expressions that are not all deletable. */
    void delStmt(int afterDel) {
        Expr e = trial(afterDel, () -> {
            Expr v = exprs.starExpressions();
            return ts.at(TokenKind.NEWLINE) || ts.at(";") ? v : null;
        });
        if (e != null) {
            Targets.toTarget(e, dev.tiercel.frontend.ast.Ctx.DEL, Targets.Use.DELETE);
        }
    }

    /** True when {@code e} parses at the bitwise_or level (an atom, a call, arithmetic, a parenthesized group). */
    boolean isBitwiseOrLevel(Expr e) {
        if (isParenthesized(e)) {
            return true;
        }
        return !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Starred || e instanceof Expr.NamedExpr
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT)
                || e instanceof Expr.Tuple);
    }

    private boolean startsWithDisplayOrSingleton(Expr e) {
        Expr first = leftmostPrimary(e);
        return first instanceof Expr.ListExpr || first instanceof Expr.GeneratorExp
                || (first instanceof Expr.Tuple t && isParenthesized(t))
                || (first instanceof Expr.Constant c && (c.value() instanceof PyBool || c.value() == PyNone.INSTANCE));
    }

    private Expr leftmostPrimary(Expr e) {
        while (!isParenthesized(e)) {
            Expr next = switch (e) {
                case Expr.Attribute a -> a.value();
                case Expr.Subscript s -> s.value();
                case Expr.Call c -> c.func();
                case Expr.BinOp b -> b.left();
                default -> null;
            };
            if (next == null) {
                break;
            }
            e = next;
        }
        return e;
    }

    /** Whether the source wraps {@code e} in its own parentheses (CPython's "group"), found from the tokens. */
    boolean isParenthesized(Expr e) {
        int first = ts.indexAt(e.pos().line(), e.pos().col());
        int last = ts.indexEndingAt(e.pos().endLine(), e.pos().endCol());
        if (first < 0 || last < 0) {
            return false;
        }
        if (e instanceof Expr.Tuple t) {
            // a tuple's own parentheses are part of its span
            return ts.tokenAt(first).is("(") && ts.tokenAt(last).is(")") && (t.elts().isEmpty()
                    || t.elts().get(0).pos().col() != t.pos().col() || t.elts().get(0).pos().line() != t.pos().line());
        }
        return first > 0 && ts.tokenAt(first - 1).is("(") && ts.tokenAt(last + 1).is(")");
    }

    /** Runs a parse from token {@code at}; returns its result or null if it failed; the position is restored. */
    <T> T trial(int at, Supplier<T> parse) {
        int mark = ts.mark();
        int furthest = ts.furthest();
        ts.reset(at);
        try {
            return parse.get();
        } catch (SyntaxErrorException e) {
            return null;
        } finally {
            ts.reset(mark);
            ts.restoreFurthest(furthest);
        }
    }
}
