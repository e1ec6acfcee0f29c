package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.ExceptHandler;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.MatchCase;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.runtime.object.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code from __future__ import annotations} (PEP 563): every annotation becomes a string constant holding its
 * source text as CPython writes it ({@link Unparser}). Done before constant folding and the symbol table, which is
 * what CPython's separate annotation scope amounts to: names used only in annotations bind nothing and are folded
 * into nothing.
 */
final class StringAnnotations {
    private StringAnnotations() {
    }

    static Module apply(Module m) {
        return new Module(stmts(m.body()));
    }

    private static List<Stmt> stmts(List<Stmt> in) {
        List<Stmt> out = new ArrayList<>(in.size());
        for (Stmt s : in) {
            out.add(stmt(s));
        }
        return out;
    }

    private static Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.pos(), f.name(), args(f.args()), stmts(f.body()),
                    f.decorators(), ann(f.returns()), f.typeParams(), f.isAsync());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.pos(), c.name(), c.bases(), c.keywords(), stmts(c.body()),
                    c.decorators(), c.typeParams());
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(a.pos(), a.target(), ann(a.annotation()), a.value(),
                    a.simple());
            case Stmt.For f -> new Stmt.For(f.pos(), f.target(), f.iter(), stmts(f.body()), stmts(f.orelse()),
                    f.isAsync());
            case Stmt.While w -> new Stmt.While(w.pos(), w.test(), stmts(w.body()), stmts(w.orelse()));
            case Stmt.If i -> new Stmt.If(i.pos(), i.test(), stmts(i.body()), stmts(i.orelse()));
            case Stmt.With w -> new Stmt.With(w.pos(), w.items(), stmts(w.body()), w.isAsync());
            case Stmt.Match m -> new Stmt.Match(m.pos(), m.subject(),
                    map(m.cases(), c -> new MatchCase(c.pattern(), c.guard(), stmts(c.body()))));
            case Stmt.Try t -> new Stmt.Try(t.pos(), stmts(t.body()),
                    map(t.handlers(), h -> new ExceptHandler(h.pos(), h.type(), h.name(), stmts(h.body()))),
                    stmts(t.orelse()), stmts(t.finalbody()), t.isStar());
            default -> s;
        };
    }

    private static <T> List<T> map(List<T> in, Function<T, T> f) {
        List<T> out = new ArrayList<>(in.size());
        for (T t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    private static Arguments args(Arguments a) {
        return new Arguments(map(a.posonlyargs(), StringAnnotations::arg), map(a.args(), StringAnnotations::arg),
                arg(a.vararg()), map(a.kwonlyargs(), StringAnnotations::arg), a.kwDefaults(), arg(a.kwarg()),
                a.defaults());
    }

    private static Arg arg(Arg a) {
        return a == null ? null : new Arg(a.pos(), a.arg(), ann(a.annotation()));
    }

    private static Expr ann(Expr e) {
        if (e == null) {
            return null;
        }
        checkEvaluable(e);
        return new Expr.Constant(e.pos(), PyStr.of(Unparser.annotation(e)));
    }

    /** What CPython's annotation scope rejects (a lambda inside is a scope of its own). */
    private static void checkEvaluable(Expr e) {
        String what = switch (e) {
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.NamedExpr n -> "named expression";
            default -> null;
        };
        if (what != null) {
            throw CodeGen.error(e.pos(), what + " cannot be used within an annotation");
        }
        if (!(e instanceof Expr.Lambda)) {
            for (Expr child : children(e)) {
                if (child != null) {
                    checkEvaluable(child);
                }
            }
        }
    }

    /** The direct sub-expressions of an expression (comprehension clauses and call keywords included). */
    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        switch (e) {
            case Expr.BoolOp b -> out.addAll(b.values());
            case Expr.NamedExpr n -> out.add(n.value());
            case Expr.BinOp b -> out.addAll(List.of(b.left(), b.right()));
            case Expr.UnaryOp u -> out.add(u.operand());
            case Expr.IfExp i -> out.addAll(List.of(i.test(), i.body(), i.orelse()));
            case Expr.Dict d -> {
                out.addAll(d.keys());
                out.addAll(d.values());
            }
            case Expr.Set s -> out.addAll(s.elts());
            case Expr.ListComp c -> comprehension(out, c.elt(), c.generators());
            case Expr.SetComp c -> comprehension(out, c.elt(), c.generators());
            case Expr.GeneratorExp c -> comprehension(out, c.elt(), c.generators());
            case Expr.DictComp c -> {
                out.add(c.value());
                comprehension(out, c.key(), c.generators());
            }
            case Expr.Await a -> out.add(a.value());
            case Expr.Yield y -> out.add(y.value());
            case Expr.YieldFrom y -> out.add(y.value());
            case Expr.Compare c -> {
                out.add(c.left());
                out.addAll(c.comparators());
            }
            case Expr.Call c -> {
                out.add(c.func());
                out.addAll(c.args());
                c.keywords().forEach(k -> out.add(k.value()));
            }
            case Expr.FormattedValue f -> out.addAll(java.util.Arrays.asList(f.value(), f.formatSpec()));
            case Expr.JoinedStr j -> out.addAll(j.values());
            case Expr.Attribute a -> out.add(a.value());
            case Expr.Subscript s -> out.addAll(List.of(s.value(), s.slice()));
            case Expr.Starred s -> out.add(s.value());
            case Expr.ListExpr l -> out.addAll(l.elts());
            case Expr.Tuple t -> out.addAll(t.elts());
            case Expr.Slice s -> out.addAll(java.util.Arrays.asList(s.lower(), s.upper(), s.step()));
            case Expr.Lambda l -> out.add(l.body());
            case Expr.Constant c -> { }
            case Expr.Name n -> { }
        }
        return out;
    }

    private static void comprehension(List<Expr> out, Expr elt, List<dev.tiercel.frontend.ast.Comprehension> gens) {
        out.add(elt);
        for (var g : gens) {
            out.add(g.target());
            out.add(g.iter());
            out.addAll(g.ifs());
        }
    }
}
