package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.Alias;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.symtable.Scope;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.List;

/** Statement code generation (CPython's compiler_visit_stmt and its helpers). */
final class StmtGen {
    private final CodeGen c;

    StmtGen(CodeGen c) {
        this.c = c;
    }

    static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case Stmt.If i -> findAnnotations(i.body()) || findAnnotations(i.orelse());
                case Stmt.With w -> findAnnotations(w.body());
                case Stmt.Try t -> findAnnotations(t.body()) || findAnnotations(t.orelse())
                        || findAnnotations(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnnotations(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(k -> findAnnotations(k.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    void visit(Stmt s) {
        Loc loc = CodeGen.loc(s.pos());
        switch (s) {
            case Stmt.FunctionDef f -> c.defs.function(f);
            case Stmt.ClassDef k -> c.defs.classDef(k);
            case Stmt.Return r -> returnStmt(r, loc);
            case Stmt.Delete d -> c.visitExprs(d.targets());
            case Stmt.Assign a -> {
                c.visitExpr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        c.emit(COPY, 1, loc);
                    }
                    c.visitExpr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a, loc);
            case Stmt.AnnAssign a -> annAssign(a, loc);
            case Stmt.For f -> forStmt(f, loc);
            case Stmt.While w -> whileStmt(w, loc);
            case Stmt.If i -> ifStmt(i, loc);
            case Stmt.With w -> c.tries.with(w, 0);
            case Stmt.Match m -> new MatchGen(c).match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    c.visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        c.visitExpr(r.cause());
                        n++;
                    }
                }
                c.emit(RAISE_VARARGS, n, loc);
            }
            case Stmt.Try t -> {
                if (t.isStar()) {
                    c.tries.tryStar(t);
                } else if (!t.finalbody().isEmpty()) {
                    c.tries.tryFinally(t);
                } else {
                    c.tries.tryExcept(t);
                }
            }
            case Stmt.Assert a -> assertStmt(a, loc);
            case Stmt.Import i -> importStmt(i, loc);
            case Stmt.ImportFrom i -> importFrom(i, loc);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> {
                if (c.interactive && c.u.kind == CodeUnit.Kind.MODULE) {
                    c.visitExpr(e.value());
                    c.emit(CALL_INTRINSIC_1, 1, loc); // INTRINSIC_PRINT
                    c.emit(POP_TOP, Loc.NONE);
                } else if (e.value() instanceof Expr.Constant) {
                    c.emit(NOP, loc);
                } else {
                    c.visitExpr(e.value());
                    c.emit(POP_TOP, Loc.NONE);
                }
            }
            case Stmt.Pass p -> c.emit(NOP, loc);
            case Stmt.Break b -> breakStmt(loc);
            case Stmt.Continue k -> continueStmt(loc);
            case Stmt.TypeAlias t -> c.defs.typeAlias(t);
        }
    }

    private void returnStmt(Stmt.Return s, Loc loc) {
        Expr value = s.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        if (!c.u.isFunctionLike()) {
            throw CodeGen.error(s.pos(), "'return' outside function");
        }
        if (value != null && c.u.ste.coroutine && c.u.ste.generator) {
            throw CodeGen.error(s.pos(), "'return' with value in async generator");
        }
        if (preserveTos) {
            c.visitExpr(value);
        } else if (value != null) {
            loc = CodeGen.loc(value.pos());
            c.emit(NOP, loc);
        }
        if (value == null || value.pos().line() != s.pos().line()) {
            loc = CodeGen.loc(s.pos());
            c.emit(NOP, loc);
        }
        Loc[] ploc = {loc};
        c.tries.unwindFBlockStack(ploc, preserveTos, false);
        loc = ploc[0];
        if (value == null) {
            c.loadConst(PyNone.INSTANCE, loc);
        } else if (!preserveTos) {
            c.loadConst(((Expr.Constant) value).value(), loc);
        }
        c.emit(RETURN_VALUE, loc);
    }

    private void breakStmt(Loc loc) {
        Loc origin = loc;
        c.emit(NOP, loc);
        Loc[] ploc = {loc};
        FBlock loop = c.tries.unwindFBlockStack(ploc, false, true);
        if (loop == null) {
            throw new dev.tiercel.frontend.lexer.SyntaxErrorException("'break' outside loop", origin.line(),
                    origin.col() + 1, origin.endLine(), origin.endCol() + 1);
        }
        c.tries.unwindFBlock(ploc, loop, false);
        c.jump(JUMP, loop.exit(), ploc[0]);
    }

    private void continueStmt(Loc loc) {
        Loc origin = loc;
        c.emit(NOP, loc);
        Loc[] ploc = {loc};
        FBlock loop = c.tries.unwindFBlockStack(ploc, false, true);
        if (loop == null) {
            throw new dev.tiercel.frontend.lexer.SyntaxErrorException("'continue' not properly in loop",
                    origin.line(), origin.col() + 1, origin.endLine(), origin.endCol() + 1);
        }
        c.jump(JUMP, loop.block(), ploc[0]);
    }

    private void augAssign(Stmt.AugAssign s, Loc stmtLoc) {
        Expr e = s.target();
        Loc loc = CodeGen.loc(e.pos());
        switch (e) {
            case Expr.Attribute a -> {
                c.visitExpr(a.value());
                c.emit(COPY, 1, loc);
                c.emitName(LOAD_ATTR, a.attr(), ExprGen.attrLoc(loc, a));
            }
            case Expr.Subscript sub -> {
                c.visitExpr(sub.value());
                if (ExprGen.isTwoElementSlice(sub.slice())) {
                    c.exprs.slice((Expr.Slice) sub.slice());
                    c.emit(COPY, 3, loc);
                    c.emit(COPY, 3, loc);
                    c.emit(COPY, 3, loc);
                    c.emit(BINARY_SLICE, loc);
                } else {
                    c.visitExpr(sub.slice());
                    c.emit(COPY, 2, loc);
                    c.emit(COPY, 2, loc);
                    c.emit(BINARY_SUBSCR, loc);
                }
            }
            case Expr.Name n -> c.nameop(n.id(), Ctx.LOAD, loc);
            default -> throw CodeGen.error(e.pos(), "illegal expression for augmented assignment");
        }
        c.visitExpr(s.value());
        c.emit(BINARY_OP, s.op().nb + 13, stmtLoc);
        switch (e) {
            case Expr.Attribute a -> {
                Loc l = ExprGen.attrLoc(loc, a);
                c.emit(SWAP, 2, l);
                c.emitName(STORE_ATTR, a.attr(), l);
            }
            case Expr.Subscript sub -> {
                if (ExprGen.isTwoElementSlice(sub.slice())) {
                    c.emit(SWAP, 4, loc);
                    c.emit(SWAP, 3, loc);
                    c.emit(SWAP, 2, loc);
                    c.emit(STORE_SLICE, loc);
                } else {
                    c.emit(SWAP, 3, loc);
                    c.emit(SWAP, 2, loc);
                    c.emit(STORE_SUBSCR, loc);
                }
            }
            case Expr.Name n -> c.nameop(n.id(), Ctx.STORE, loc);
            default -> { }
        }
    }

    private void annAssign(Stmt.AnnAssign s, Loc loc) {
        Expr target = s.target();
        if (s.value() != null) {
            c.visitExpr(s.value());
            c.visitExpr(target);
        }
        switch (target) {
            case Expr.Name n -> {
                if (s.simple() && (c.u.kind == CodeUnit.Kind.MODULE || c.u.kind == CodeUnit.Kind.CLASS)) {
                    c.visitExpr(s.annotation());
                    c.emit(LOAD_NAME, CodeUnit.add(c.u.names, "__annotations__"), loc);
                    c.loadConst(PyStr.of(c.mangle(n.id())), loc);
                    c.emit(STORE_SUBSCR, loc);
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    if (sub.slice() instanceof Expr.Slice sl) {
                        for (Expr part : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                            if (part != null) {
                                checkAnnExpr(part);
                            }
                        }
                    } else {
                        checkAnnExpr(sub.slice());
                    }
                }
            }
            default -> { }
        }
        // complex targets' annotations are evaluated, except as strings under the annotations future
        if (!s.simple() && !c.future.annotations
                && (c.u.kind == CodeUnit.Kind.MODULE || c.u.kind == CodeUnit.Kind.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    private void checkAnnExpr(Expr e) {
        c.visitExpr(e);
        c.emit(POP_TOP, CodeGen.loc(e.pos()));
    }

    private void forStmt(Stmt.For s, Loc loc) {
        if (s.isAsync()) {
            c.tries.asyncFor(s);
            return;
        }
        int start = c.newLabel(), body = c.newLabel(), cleanup = c.newLabel(), end = c.newLabel();
        c.pushFBlock(FBlock.Type.FOR_LOOP, start, end, null, loc);
        c.visitExpr(s.iter());
        Loc iterLoc = CodeGen.loc(s.iter().pos());
        c.emit(GET_ITER, iterLoc);
        c.useLabel(start);
        c.jump(FOR_ITER, cleanup, iterLoc);
        c.emit(NOP, CodeGen.loc(s.target().pos()));
        c.useLabel(body);
        c.visitExpr(s.target());
        c.visitStmts(s.body());
        c.jump(JUMP, start, Loc.NONE);
        c.useLabel(cleanup);
        c.emit(END_FOR, Loc.NONE);
        c.emit(POP_TOP, Loc.NONE);
        c.popFBlock();
        c.visitStmts(s.orelse());
        c.useLabel(end);
    }

    private void whileStmt(Stmt.While s, Loc loc) {
        int loop = c.newLabel(), body = c.newLabel(), end = c.newLabel(), anchor = c.newLabel();
        c.useLabel(loop);
        c.pushFBlock(FBlock.Type.WHILE_LOOP, loop, end, null, loc);
        c.exprs.jumpIf(s.test(), anchor, false);
        c.useLabel(body);
        c.visitStmts(s.body());
        c.exprs.jumpIf(s.test(), body, true);
        c.popFBlock();
        c.useLabel(anchor);
        c.visitStmts(s.orelse());
        c.useLabel(end);
    }

    private void ifStmt(Stmt.If s, Loc loc) {
        int end = c.newLabel();
        int next = s.orelse().isEmpty() ? end : c.newLabel();
        c.exprs.jumpIf(s.test(), next, false);
        c.visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            c.jump(JUMP, end, Loc.NONE);
            c.useLabel(next);
            c.visitStmts(s.orelse());
        }
        c.useLabel(end);
    }

    private void assertStmt(Stmt.Assert s, Loc loc) {
        dev.tiercel.frontend.SyntaxWarnings.checkAssert(s.pos(), s.test());
        int end = c.newLabel();
        c.exprs.jumpIf(s.test(), end, true);
        c.emit(LOAD_ASSERTION_ERROR, loc);
        if (s.msg() != null) {
            c.visitExpr(s.msg());
            c.emit(CALL, 0, loc);
        }
        c.emit(RAISE_VARARGS, 1, CodeGen.loc(s.test().pos()));
        c.useLabel(end);
    }

    private void importStmt(Stmt.Import s, Loc loc) {
        for (Alias alias : s.names()) {
            c.loadConst(PyInt.of(0), loc);
            c.loadConst(PyNone.INSTANCE, loc);
            c.emit(IMPORT_NAME, CodeUnit.add(c.u.names, alias.name()), loc);
            if (alias.asname() != null) {
                importAs(alias.name(), alias.asname(), loc);
            } else {
                String name = alias.name();
                int dot = name.indexOf('.');
                c.nameop(dot >= 0 ? name.substring(0, dot) : name, Ctx.STORE, loc);
            }
        }
    }

    private void importAs(String name, String asname, Loc loc) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                c.emit(IMPORT_FROM, CodeUnit.add(c.u.names, attr), loc);
                if (dot < 0) {
                    break;
                }
                c.emit(SWAP, 2, loc);
                c.emit(POP_TOP, loc);
            }
            c.nameop(asname, Ctx.STORE, loc);
            c.emit(POP_TOP, loc);
            return;
        }
        c.nameop(asname, Ctx.STORE, loc);
    }

    private void importFrom(Stmt.ImportFrom s, Loc loc) {
        c.future.checkPlacement(s);
        c.loadConst(PyInt.of(s.level()), loc);
        PyObject[] names = new PyObject[s.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(s.names().get(i).name());
        }
        c.loadConst(new PyTuple(names), loc);
        c.emit(IMPORT_NAME, CodeUnit.add(c.u.names, s.module() != null ? s.module() : ""), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().equals("*")) {
                c.emit(CALL_INTRINSIC_1, 2, loc); // INTRINSIC_IMPORT_STAR
                c.emit(POP_TOP, Loc.NONE);
                return;
            }
            c.emit(IMPORT_FROM, CodeUnit.add(c.u.names, alias.name()), loc);
            c.nameop(alias.asname() != null ? alias.asname() : alias.name(), Ctx.STORE, loc);
        }
        c.emit(POP_TOP, loc);
    }

    static boolean isScope(int scope, int expected) {
        return scope == expected || expected == Scope.LOCAL;
    }
}
