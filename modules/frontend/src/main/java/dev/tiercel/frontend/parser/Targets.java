package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed expression into an assignment/deletion target, or reports why it cannot be one. */
final class Targets {
    private Targets() {
    }

    enum Use { ASSIGN, DELETE, FOR, AUG, WITH, COMPREHENSION, NAMED }

    static Expr toTarget(Expr e, Ctx ctx, Use use) {
        return switch (e) {
            case Expr.Name n -> {
                checkName(n, use);
                yield new Expr.Name(n.pos(), n.id(), ctx);
            }
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Expr.Starred s when use != Use.AUG && use != Use.DELETE ->
                new Expr.Starred(s.pos(), toTarget(s.value(), ctx, use), ctx);
            case Expr.Tuple t when use != Use.AUG -> new Expr.Tuple(t.pos(), all(t.elts(), ctx, use), ctx);
            case Expr.ListExpr l when use != Use.AUG -> new Expr.ListExpr(l.pos(), all(l.elts(), ctx, use), ctx);
            default -> throw invalid(e, use);
        };
    }

    private static void checkName(Expr.Name n, Use use) {
        if (n.id().equals("__debug__")) {
            throw TokenStream.errorAt(n.pos(), use == Use.DELETE ? "cannot delete __debug__"
                    : "cannot assign to __debug__");
        }
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx, Use use) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(toTarget(e, ctx, use));
        }
        return out;
    }

    static RuntimeException invalid(Expr e, Use use) {
        Expr culprit = e;
        String kind = describe(e);
        if (use == Use.AUG) {
            return TokenStream.errorAt(e.pos(), "'" + kind + "' is an illegal expression for augmented assignment");
        }
        if (use == Use.DELETE) {
            return TokenStream.errorAt(culprit.pos(), "cannot delete " + kind);
        }
        if (e instanceof Expr.Starred s && use == Use.DELETE) {
            return TokenStream.errorAt(s.pos(), "cannot delete starred");
        }
        String suffix = "";
        if (use == Use.NAMED) {
            return TokenStream.errorAt(culprit.pos(), "cannot use assignment expressions with " + kind);
        }
        return TokenStream.errorAt(culprit.pos(), "cannot assign to " + kind + suffix);
    }

    static String describe(Expr e) {
        return switch (e) {
            case Expr.Call c -> "function call";
            case Expr.Compare c -> "comparison";
            case Expr.Lambda l -> "lambda";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v instanceof dev.tiercel.runtime.object.PyBool) {
                    yield v == dev.tiercel.runtime.object.PyBool.TRUE ? "True" : "False";
                }
                if (v instanceof dev.tiercel.runtime.object.PyNone) {
                    yield "None";
                }
                if (v instanceof dev.tiercel.runtime.object.PyEllipsis) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.Starred s -> "starred";
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.Name n -> "name";
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            default -> "expression";
        };
    }
}
