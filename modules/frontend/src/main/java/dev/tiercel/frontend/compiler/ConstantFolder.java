package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.CmpOp;
import dev.tiercel.frontend.ast.Comprehension;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.ExceptHandler;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Keyword;
import dev.tiercel.frontend.ast.MatchCase;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.ast.WithItem;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The AST optimizer (CPython's ast_opt.c): folds constant expressions and constant tuples. */
final class ConstantFolder {
    /**
     * Deepest statement/expression nesting folded before CPython's "maximum recursion depth exceeded during
     * compilation" (calibrated: {@code x = a.b.b...} with 9996 attributes compiles, 9997 do not).
     */
    private static final int MAX_DEPTH = 9998;
    private int depth;

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.RECURSION_ERROR,
                    "maximum recursion depth exceeded during compilation", 0, 0, 0, 0);
        }
    }

    Module fold(Module m) {
        return new Module(stmts(m.body()));
    }

    Expr foldExpr(Expr e) {
        return expr(e);
    }

    private List<Stmt> stmts(List<Stmt> in) {
        return map(in, this::stmt);
    }

    private static <T> List<T> map(List<T> in, Function<T, T> f) {
        List<T> out = new ArrayList<>(in.size());
        for (T t : in) {
            out.add(t == null ? null : f.apply(t));
        }
        return out;
    }

    private List<Expr> exprs(List<Expr> in) {
        return map(in, this::expr);
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private Arguments args(Arguments a) {
        return new Arguments(map(a.posonlyargs(), this::arg), map(a.args(), this::arg),
                a.vararg() == null ? null : arg(a.vararg()), map(a.kwonlyargs(), this::arg), exprs(a.kwDefaults()),
                a.kwarg() == null ? null : arg(a.kwarg()), exprs(a.defaults()));
    }

    private Arg arg(Arg a) {
        return new Arg(a.pos(), a.arg(), opt(a.annotation()));
    }

    private Stmt stmt(Stmt s) {
        enter();
        try {
            return foldStmt(s);
        } finally {
            depth--;
        }
    }

    private Stmt foldStmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.pos(), f.name(), args(f.args()), stmts(f.body()),
                    exprs(f.decorators()), opt(f.returns()), f.typeParams(), f.isAsync());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.pos(), c.name(), exprs(c.bases()),
                    map(c.keywords(), this::keyword), stmts(c.body()), exprs(c.decorators()), c.typeParams());
            case Stmt.Return r -> new Stmt.Return(r.pos(), opt(r.value()));
            case Stmt.Delete d -> new Stmt.Delete(d.pos(), exprs(d.targets()));
            case Stmt.Assign a -> new Stmt.Assign(a.pos(), exprs(a.targets()), expr(a.value()));
            case Stmt.TypeAlias t -> t;
            case Stmt.AugAssign a -> new Stmt.AugAssign(a.pos(), expr(a.target()), a.op(), expr(a.value()));
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(a.pos(), expr(a.target()), expr(a.annotation()),
                    opt(a.value()), a.simple());
            case Stmt.For f -> new Stmt.For(f.pos(), expr(f.target()), iter(expr(f.iter())), stmts(f.body()),
                    stmts(f.orelse()), f.isAsync());
            case Stmt.While w -> new Stmt.While(w.pos(), expr(w.test()), stmts(w.body()), stmts(w.orelse()));
            case Stmt.If i -> new Stmt.If(i.pos(), expr(i.test()), stmts(i.body()), stmts(i.orelse()));
            case Stmt.With w -> new Stmt.With(w.pos(), map(w.items(), it -> new WithItem(expr(it.contextExpr()),
                    opt(it.optionalVars()))), stmts(w.body()), w.isAsync());
            case Stmt.Match m -> new Stmt.Match(m.pos(), expr(m.subject()), map(m.cases(),
                    k -> new MatchCase(pattern(k.pattern()), opt(k.guard()), stmts(k.body()))));
            case Stmt.Raise r -> new Stmt.Raise(r.pos(), opt(r.exc()), opt(r.cause()));
            case Stmt.Try t -> new Stmt.Try(t.pos(), stmts(t.body()), map(t.handlers(),
                    h -> new ExceptHandler(h.pos(), opt(h.type()), h.name(), stmts(h.body()))), stmts(t.orelse()),
                    stmts(t.finalbody()), t.isStar());
            case Stmt.Assert a -> new Stmt.Assert(a.pos(), expr(a.test()), opt(a.msg()));
            case Stmt.ExprStmt e -> new Stmt.ExprStmt(e.pos(), expr(e.value()));
            default -> s;
        };
    }

    private dev.tiercel.frontend.ast.Pattern pattern(dev.tiercel.frontend.ast.Pattern p) {
        return switch (p) {
            case dev.tiercel.frontend.ast.Pattern.MatchValue v ->
                new dev.tiercel.frontend.ast.Pattern.MatchValue(v.pos(), expr(v.value()));
            case dev.tiercel.frontend.ast.Pattern.MatchSequence s ->
                new dev.tiercel.frontend.ast.Pattern.MatchSequence(s.pos(), map(s.patterns(), this::pattern));
            case dev.tiercel.frontend.ast.Pattern.MatchMapping m ->
                new dev.tiercel.frontend.ast.Pattern.MatchMapping(m.pos(), exprs(m.keys()),
                        map(m.patterns(), this::pattern), m.rest());
            case dev.tiercel.frontend.ast.Pattern.MatchClass k ->
                new dev.tiercel.frontend.ast.Pattern.MatchClass(k.pos(), expr(k.cls()), map(k.patterns(),
                        this::pattern), k.kwdAttrs(), map(k.kwdPatterns(), this::pattern));
            case dev.tiercel.frontend.ast.Pattern.MatchAs a -> new dev.tiercel.frontend.ast.Pattern.MatchAs(a.pos(),
                    a.pattern() == null ? null : pattern(a.pattern()), a.name());
            case dev.tiercel.frontend.ast.Pattern.MatchOr o ->
                new dev.tiercel.frontend.ast.Pattern.MatchOr(o.pos(), map(o.patterns(), this::pattern));
            default -> p;
        };
    }

    private Keyword keyword(Keyword k) {
        return new Keyword(k.pos(), k.arg(), expr(k.value()));
    }

    private Comprehension comp(Comprehension c) {
        return new Comprehension(expr(c.target()), iter(expr(c.iter())), exprs(c.ifs()), c.isAsync());
    }

    /** An iterated list display becomes a tuple (constant if it can be); a constant set a frozenset. */
    private Expr iter(Expr e) {
        if (e instanceof Expr.ListExpr l && l.ctx() == Ctx.LOAD) {
            if (l.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                return e;
            }
            Expr t = tupleConst(l.pos(), l.elts());
            return t != null ? t : new Expr.Tuple(l.pos(), l.elts(), Ctx.LOAD);
        }
        if (e instanceof Expr.Set s) {
            return setConst(s);
        }
        return e;
    }

    private Expr setConst(Expr.Set s) {
        if (!ExprGen.allConst(s.elts()) || s.elts().isEmpty()) {
            return s;
        }
        List<PyObject> items = new ArrayList<>();
        for (Expr e : s.elts()) {
            items.add(((Expr.Constant) e).value());
        }
        return new Expr.Constant(s.pos(), new FrozenSetConst(items));
    }

    private Expr tupleConst(dev.tiercel.frontend.ast.Pos pos, List<Expr> elts) {
        if (!ExprGen.allConst(elts)) {
            return null;
        }
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = ((Expr.Constant) elts.get(i)).value();
        }
        return new Expr.Constant(pos, new PyTuple(items));
    }

    private Expr expr(Expr e) {
        enter();
        try {
            return foldNode(e);
        } finally {
            depth--;
        }
    }

    private Expr foldNode(Expr e) {
        return switch (e) {
            case Expr.BoolOp b -> new Expr.BoolOp(b.pos(), b.isAnd(), exprs(b.values()));
            case Expr.NamedExpr n -> new Expr.NamedExpr(n.pos(), n.target(), expr(n.value()));
            case Expr.BinOp b -> {
                Expr l = expr(b.left()), r = expr(b.right());
                if (l instanceof Expr.Constant lc && r instanceof Expr.Constant rc) {
                    PyObject v = ConstArithmetic.binary(lc.value(), b.op(), rc.value());
                    if (v != null) {
                        yield new Expr.Constant(b.pos(), v);
                    }
                }
                if (b.op() == dev.tiercel.frontend.ast.Operator.MOD && l instanceof Expr.Constant lc
                        && lc.value() instanceof dev.tiercel.runtime.object.PyStr fmt && r instanceof Expr.Tuple t
                        && t.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
                    Expr joined = PercentFormat.optimize(b.pos(), fmt.value, t.elts());
                    if (joined != null) {
                        yield joined;
                    }
                }
                yield new Expr.BinOp(b.pos(), l, b.op(), r);
            }
            case Expr.UnaryOp u -> {
                Expr o = expr(u.operand());
                if (u.op() == dev.tiercel.frontend.ast.UnaryOperator.NOT && o instanceof Expr.Compare k
                        && k.ops().size() == 1) {
                    CmpOp inverted = switch (k.ops().get(0)) {
                        case IS -> CmpOp.IS_NOT;
                        case IS_NOT -> CmpOp.IS;
                        case IN -> CmpOp.NOT_IN;
                        case NOT_IN -> CmpOp.IN;
                        default -> null; // ==, <, ... cannot be inverted safely
                    };
                    if (inverted != null) {
                        yield new Expr.Compare(k.pos(), k.left(), List.of(inverted), k.comparators());
                    }
                }
                if (o instanceof Expr.Constant oc) {
                    PyObject v = ConstArithmetic.unary(u.op(), oc.value());
                    if (v != null) {
                        yield new Expr.Constant(u.pos(), v);
                    }
                }
                yield new Expr.UnaryOp(u.pos(), u.op(), o);
            }
            case Expr.Lambda l -> new Expr.Lambda(l.pos(), args(l.args()), expr(l.body()));
            case Expr.IfExp i -> new Expr.IfExp(i.pos(), expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Dict d -> new Expr.Dict(d.pos(), exprs(d.keys()), exprs(d.values()));
            case Expr.Set s -> new Expr.Set(s.pos(), exprs(s.elts()));
            case Expr.ListComp c -> new Expr.ListComp(c.pos(), expr(c.elt()), map(c.generators(), this::comp));
            case Expr.SetComp c -> new Expr.SetComp(c.pos(), expr(c.elt()), map(c.generators(), this::comp));
            case Expr.DictComp c -> new Expr.DictComp(c.pos(), expr(c.key()), expr(c.value()),
                    map(c.generators(), this::comp));
            case Expr.GeneratorExp c -> new Expr.GeneratorExp(c.pos(), expr(c.elt()),
                    map(c.generators(), this::comp));
            case Expr.Await a -> new Expr.Await(a.pos(), expr(a.value()));
            case Expr.Yield y -> new Expr.Yield(y.pos(), opt(y.value()));
            case Expr.YieldFrom y -> new Expr.YieldFrom(y.pos(), expr(y.value()));
            case Expr.Compare c -> {
                List<Expr> comps = exprs(c.comparators());
                CmpOp last = c.ops().get(c.ops().size() - 1);
                if (last == CmpOp.IN || last == CmpOp.NOT_IN) {
                    int k = comps.size() - 1;
                    comps.set(k, iter(comps.get(k)));
                }
                yield new Expr.Compare(c.pos(), expr(c.left()), c.ops(), comps);
            }
            case Expr.Call c -> new Expr.Call(c.pos(), expr(c.func()), exprs(c.args()), map(c.keywords(),
                    this::keyword));
            case Expr.FormattedValue f -> new Expr.FormattedValue(f.pos(), expr(f.value()), f.conversion(),
                    opt(f.formatSpec()));
            case Expr.JoinedStr j -> new Expr.JoinedStr(j.pos(), exprs(j.values()));
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), expr(a.value()), a.attr(), a.ctx());
            case Expr.Subscript s -> {
                Expr v = expr(s.value()), sl = expr(s.slice());
                if (s.ctx() == Ctx.LOAD && v instanceof Expr.Constant vc && sl instanceof Expr.Constant sc) {
                    PyObject r = ConstArithmetic.subscript(vc.value(), sc.value());
                    if (r != null) {
                        yield new Expr.Constant(s.pos(), r);
                    }
                }
                yield new Expr.Subscript(s.pos(), v, sl, s.ctx());
            }
            case Expr.Starred s -> new Expr.Starred(s.pos(), expr(s.value()), s.ctx());
            case Expr.Slice s -> new Expr.Slice(s.pos(), opt(s.lower()), opt(s.upper()), opt(s.step()));
            case Expr.Name n -> n.id().equals("__debug__") && n.ctx() == Ctx.LOAD
                    ? new Expr.Constant(n.pos(), PyBool.TRUE) : n;
            case Expr.ListExpr l -> new Expr.ListExpr(l.pos(), exprs(l.elts()), l.ctx());
            case Expr.Tuple t -> {
                List<Expr> elts = exprs(t.elts());
                if (t.ctx() == Ctx.LOAD) {
                    Expr c = tupleConst(t.pos(), elts);
                    if (c != null) {
                        yield c;
                    }
                }
                yield new Expr.Tuple(t.pos(), elts, t.ctx());
            }
            case Expr.Constant c -> c;
        };
    }
}
