package dev.tiercel.frontend.ast;

import java.util.List;

/** Statement nodes, named and shaped like CPython's {@code ast} module. */
public sealed interface Stmt extends Node {
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, boolean isAsync) implements Stmt {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decorators, List<TypeParam> typeParams) implements Stmt {}
    record Return(Pos pos, Expr value) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}
    record TypeAlias(Pos pos, Expr.Name name, List<TypeParam> typeParams, Expr value) implements Stmt {}
    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}
    record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {}
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            boolean isStar) implements Stmt {}
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
}
