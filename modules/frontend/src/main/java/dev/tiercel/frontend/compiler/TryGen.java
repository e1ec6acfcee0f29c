package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.ExceptHandler;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.ast.WithItem;
import dev.tiercel.runtime.object.PyNone;
import java.util.List;

/** try/except/finally, with, async for, and unwinding the frame-block stack for break/continue/return. */
final class TryGen {
    private final CodeGen c;

    TryGen(CodeGen c) {
        this.c = c;
    }

    private void popExceptAndReraise(Loc loc) {
        c.emit(COPY, 3, loc);
        c.emit(POP_EXCEPT, loc);
        c.emit(RERAISE, 1, loc);
    }

    void tryFinally(Stmt.Try s) {
        Loc loc = CodeGen.loc(s.pos());
        int body = c.newLabel(), end = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.jump(SETUP_FINALLY, end, loc);
        c.useLabel(body);
        c.pushFBlock(FBlock.Type.FINALLY_TRY, body, end, s.finalbody(), loc);
        if (!s.handlers().isEmpty()) {
            tryExcept(s);
        } else {
            c.visitStmts(s.body());
        }
        c.emit(POP_BLOCK, Loc.NONE);
        c.popFBlock();
        c.visitStmts(s.finalbody());
        c.jump(JUMP, exit, Loc.NONE);
        c.useLabel(end);
        c.jump(SETUP_CLEANUP, cleanup, Loc.NONE);
        c.emit(PUSH_EXC_INFO, Loc.NONE);
        c.pushFBlock(FBlock.Type.FINALLY_END, end, -1, null, Loc.NONE);
        c.visitStmts(s.finalbody());
        c.popFBlock();
        c.emit(RERAISE, 0, Loc.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.useLabel(exit);
    }

    void tryExcept(Stmt.Try s) {
        Loc loc = CodeGen.loc(s.pos());
        int body = c.newLabel(), except = c.newLabel(), end = c.newLabel(), cleanup = c.newLabel();
        c.jump(SETUP_FINALLY, except, loc);
        c.useLabel(body);
        c.pushFBlock(FBlock.Type.TRY_EXCEPT, body, -1, null, loc);
        c.visitStmts(s.body());
        c.popFBlock();
        c.emit(POP_BLOCK, Loc.NONE);
        c.visitStmts(s.orelse());
        c.jump(JUMP_NO_INTERRUPT, end, Loc.NONE);
        c.useLabel(except);
        c.jump(SETUP_CLEANUP, cleanup, Loc.NONE);
        c.emit(PUSH_EXC_INFO, Loc.NONE);
        c.pushFBlock(FBlock.Type.EXCEPTION_HANDLER, -1, -1, null, loc);
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            Loc hloc = CodeGen.loc(h.pos());
            if (h.type() == null && i < handlers.size() - 1) {
                throw CodeGen.error(h.pos(), "default 'except:' must be last");
            }
            int nextExcept = c.newLabel();
            except = nextExcept;
            if (h.type() != null) {
                c.visitExpr(h.type());
                c.emit(CHECK_EXC_MATCH, hloc);
                c.jump(POP_JUMP_IF_FALSE, except, hloc);
            }
            if (h.name() != null) {
                int cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
                c.nameop(h.name(), Ctx.STORE, hloc);
                c.jump(SETUP_CLEANUP, cleanupEnd, hloc);
                c.useLabel(cleanupBody);
                c.pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, -1, h.name(), hloc);
                c.visitStmts(h.body());
                c.popFBlock();
                c.emit(POP_BLOCK, Loc.NONE);
                c.emit(POP_BLOCK, Loc.NONE);
                c.emit(POP_EXCEPT, Loc.NONE);
                c.loadConst(PyNone.INSTANCE, Loc.NONE);
                c.nameop(h.name(), Ctx.STORE, Loc.NONE);
                c.nameop(h.name(), Ctx.DEL, Loc.NONE);
                c.jump(JUMP_NO_INTERRUPT, end, Loc.NONE);
                c.useLabel(cleanupEnd);
                c.loadConst(PyNone.INSTANCE, Loc.NONE);
                c.nameop(h.name(), Ctx.STORE, Loc.NONE);
                c.nameop(h.name(), Ctx.DEL, Loc.NONE);
                c.emit(RERAISE, 1, Loc.NONE);
            } else {
                int cleanupBody = c.newLabel();
                c.emit(POP_TOP, hloc);
                c.useLabel(cleanupBody);
                c.pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, -1, null, hloc);
                c.visitStmts(h.body());
                c.popFBlock();
                c.emit(POP_BLOCK, Loc.NONE);
                c.emit(POP_EXCEPT, Loc.NONE);
                c.jump(JUMP_NO_INTERRUPT, end, Loc.NONE);
            }
            c.useLabel(except);
        }
        c.popFBlock();
        c.emit(RERAISE, 0, Loc.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.useLabel(end);
    }

    /** {@code try ... except* ...}, optionally with {@code finally} (CPython's compiler_try_star_*). */
    void tryStar(Stmt.Try s) {
        if (s.finalbody().isEmpty()) {
            tryStarExcept(s);
            return;
        }
        Loc loc = CodeGen.loc(s.pos());
        int body = c.newLabel(), end = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.jump(SETUP_FINALLY, end, loc);
        c.useLabel(body);
        c.pushFBlock(FBlock.Type.FINALLY_TRY, body, end, s.finalbody(), loc);
        tryStarExcept(s);
        c.emit(POP_BLOCK, Loc.NONE);
        c.popFBlock();
        c.visitStmts(s.finalbody());
        c.jump(JUMP, exit, Loc.NONE);
        c.useLabel(end);
        c.jump(SETUP_CLEANUP, cleanup, Loc.NONE);
        c.emit(PUSH_EXC_INFO, Loc.NONE);
        c.pushFBlock(FBlock.Type.FINALLY_END, end, -1, null, Loc.NONE);
        c.visitStmts(s.finalbody());
        c.popFBlock();
        c.emit(RERAISE, 0, Loc.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.useLabel(exit);
    }

    private void tryStarExcept(Stmt.Try s) {
        Loc loc = CodeGen.loc(s.pos());
        int body = c.newLabel(), except = c.newLabel(), orelse = c.newLabel(), end = c.newLabel(),
                cleanup = c.newLabel(), reraiseStar = c.newLabel();
        c.jump(SETUP_FINALLY, except, loc);
        c.useLabel(body);
        c.pushFBlock(FBlock.Type.TRY_EXCEPT, body, -1, null, loc);
        c.visitStmts(s.body());
        c.popFBlock();
        c.emit(POP_BLOCK, Loc.NONE);
        c.jump(JUMP, orelse, Loc.NONE);
        int n = s.handlers().size();
        c.useLabel(except);
        c.jump(SETUP_CLEANUP, cleanup, Loc.NONE);
        c.emit(PUSH_EXC_INFO, Loc.NONE);
        c.pushFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, -1, -1, "except handler", loc);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            Loc hloc = CodeGen.loc(h.pos());
            int nextExcept = c.newLabel();
            except = nextExcept;
            int exceptWithError = c.newLabel(), noMatch = c.newLabel();
            if (i == 0) {
                c.emit(BUILD_LIST, 0, hloc);
                c.emit(COPY, 2, hloc);
            }
            if (h.type() != null) {
                c.visitExpr(h.type());
                c.emit(CHECK_EG_MATCH, hloc);
                c.emit(COPY, 1, hloc);
                c.jump(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            int cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
            if (h.name() != null) {
                c.nameop(h.name(), Ctx.STORE, hloc);
            } else {
                c.emit(POP_TOP, hloc);
            }
            c.jump(SETUP_CLEANUP, cleanupEnd, hloc);
            c.useLabel(cleanupBody);
            c.pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, -1, h.name(), hloc);
            c.visitStmts(h.body());
            c.popFBlock();
            c.emit(POP_BLOCK, Loc.NONE);
            if (h.name() != null) {
                c.loadConst(PyNone.INSTANCE, Loc.NONE);
                c.nameop(h.name(), Ctx.STORE, Loc.NONE);
                c.nameop(h.name(), Ctx.DEL, Loc.NONE);
            }
            c.jump(JUMP, except, Loc.NONE);
            c.useLabel(cleanupEnd);
            if (h.name() != null) {
                c.loadConst(PyNone.INSTANCE, Loc.NONE);
                c.nameop(h.name(), Ctx.STORE, Loc.NONE);
                c.nameop(h.name(), Ctx.DEL, Loc.NONE);
            }
            c.emit(LIST_APPEND, 3, Loc.NONE);
            c.emit(POP_TOP, Loc.NONE);
            c.jump(JUMP, exceptWithError, Loc.NONE);
            c.useLabel(except);
            c.emit(NOP, Loc.NONE);
            c.jump(JUMP, exceptWithError, Loc.NONE);
            c.useLabel(noMatch);
            c.emit(POP_TOP, hloc);
            c.useLabel(exceptWithError);
            if (i == n - 1) {
                c.emit(LIST_APPEND, 1, Loc.NONE);
                c.jump(JUMP, reraiseStar, Loc.NONE);
            }
        }
        c.popFBlock();
        int reraise = c.newLabel();
        c.useLabel(reraiseStar);
        c.emit(CALL_INTRINSIC_2, 1, Loc.NONE); // INTRINSIC_PREP_RERAISE_STAR
        c.emit(COPY, 1, Loc.NONE);
        c.jump(POP_JUMP_IF_NOT_NONE, reraise, Loc.NONE);
        c.emit(POP_TOP, Loc.NONE);
        c.emit(POP_BLOCK, Loc.NONE);
        c.emit(POP_EXCEPT, Loc.NONE);
        c.jump(JUMP_NO_INTERRUPT, end, Loc.NONE);
        c.useLabel(reraise);
        c.emit(POP_BLOCK, Loc.NONE);
        c.emit(SWAP, 2, Loc.NONE);
        c.emit(POP_EXCEPT, Loc.NONE);
        c.emit(RERAISE, 0, Loc.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.useLabel(orelse);
        c.visitStmts(s.orelse());
        c.useLabel(end);
    }

    private void checkAsync(Stmt s, String what) {
        if (c.u.kind != CodeUnit.Kind.ASYNC_FUNCTION) {
            throw CodeGen.error(s.pos(), "'" + what + "' outside async function");
        }
    }

    void asyncWith(Stmt.With s, int pos) {
        checkAsync(s, "async with");
        WithItem item = s.items().get(pos);
        int block = c.newLabel(), fin = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.visitExpr(item.contextExpr());
        Loc loc = CodeGen.loc(item.contextExpr().pos());
        c.emit(BEFORE_ASYNC_WITH, loc);
        c.emit(GET_AWAITABLE, 1, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.exprs.yieldFrom(loc, true);
        c.jump(SETUP_WITH, fin, loc);
        c.useLabel(block);
        c.pushFBlock(FBlock.Type.ASYNC_WITH, block, fin, s, loc);
        if (item.optionalVars() != null) {
            c.visitExpr(item.optionalVars());
        } else {
            c.emit(POP_TOP, loc);
        }
        pos++;
        if (pos == s.items().size()) {
            c.visitStmts(s.body());
        } else {
            asyncWith(s, pos);
        }
        c.popFBlock();
        c.emit(POP_BLOCK, loc);
        callExitWithNones(loc);
        c.emit(GET_AWAITABLE, 2, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.exprs.yieldFrom(loc, true);
        c.emit(POP_TOP, loc);
        c.jump(JUMP, exit, loc);
        c.useLabel(fin);
        c.jump(SETUP_CLEANUP, cleanup, loc);
        c.emit(PUSH_EXC_INFO, loc);
        c.emit(WITH_EXCEPT_START, loc);
        c.emit(GET_AWAITABLE, 2, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.exprs.yieldFrom(loc, true);
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    void with(Stmt.With s, int pos) {
        if (s.isAsync()) {
            asyncWith(s, pos);
            return;
        }
        WithItem item = s.items().get(pos);
        int block = c.newLabel(), fin = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.visitExpr(item.contextExpr());
        Loc loc = CodeGen.loc(item.contextExpr().pos());
        c.emit(BEFORE_WITH, loc);
        c.jump(SETUP_WITH, fin, loc);
        c.useLabel(block);
        c.pushFBlock(FBlock.Type.WITH, block, fin, s, loc);
        if (item.optionalVars() != null) {
            c.visitExpr(item.optionalVars());
        } else {
            c.emit(POP_TOP, loc);
        }
        pos++;
        if (pos == s.items().size()) {
            c.visitStmts(s.body());
        } else {
            with(s, pos);
        }
        c.emit(POP_BLOCK, Loc.NONE);
        c.popFBlock();
        callExitWithNones(loc);
        c.emit(POP_TOP, loc);
        c.jump(JUMP, exit, loc);
        c.useLabel(fin);
        c.jump(SETUP_CLEANUP, cleanup, loc);
        c.emit(PUSH_EXC_INFO, loc);
        c.emit(WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    private void callExitWithNones(Loc loc) {
        c.loadConst(PyNone.INSTANCE, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.emit(CALL, 2, loc);
    }

    private void withExceptFinish(int cleanup) {
        int suppress = c.newLabel();
        c.emit(TO_BOOL, Loc.NONE);
        c.jump(POP_JUMP_IF_TRUE, suppress, Loc.NONE);
        c.emit(RERAISE, 2, Loc.NONE);
        c.useLabel(suppress);
        c.emit(POP_TOP, Loc.NONE);
        c.emit(POP_BLOCK, Loc.NONE);
        c.emit(POP_EXCEPT, Loc.NONE);
        c.emit(POP_TOP, Loc.NONE);
        c.emit(POP_TOP, Loc.NONE);
        int exit = c.newLabel();
        c.jump(JUMP_NO_INTERRUPT, exit, Loc.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.useLabel(exit);
    }

    void asyncFor(Stmt.For s) {
        checkAsync(s, "async for");
        Loc loc = CodeGen.loc(s.pos());
        int start = c.newLabel(), except = c.newLabel(), end = c.newLabel();
        c.visitExpr(s.iter());
        c.emit(GET_AITER, CodeGen.loc(s.iter().pos()));
        c.useLabel(start);
        c.pushFBlock(FBlock.Type.FOR_LOOP, start, end, null, loc);
        c.jump(SETUP_FINALLY, except, loc);
        c.emit(GET_ANEXT, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.exprs.yieldFrom(loc, true);
        c.emit(POP_BLOCK, loc);
        c.visitExpr(s.target());
        c.visitStmts(s.body());
        c.jump(JUMP, start, Loc.NONE);
        c.popFBlock();
        c.useLabel(except);
        c.emit(END_ASYNC_FOR, CodeGen.loc(s.iter().pos()));
        c.visitStmts(s.orelse());
        c.useLabel(end);
    }

    /** Emits the unwinding code of one frame block. {@code ploc} may be updated (made artificial). */
    void unwindFBlock(Loc[] ploc, FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                    STOP_ITERATION -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    c.emit(SWAP, 2, ploc[0]);
                }
                c.emit(POP_TOP, ploc[0]);
            }
            case TRY_EXCEPT -> c.emit(POP_BLOCK, ploc[0]);
            case FINALLY_TRY -> {
                c.emit(POP_BLOCK, ploc[0]);
                if (preserveTos) {
                    c.pushFBlock(FBlock.Type.POP_VALUE, -1, -1, null, ploc[0]);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) info.datum();
                c.visitStmts(body);
                if (preserveTos) {
                    c.popFBlock();
                }
                ploc[0] = Loc.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.emit(SWAP, 2, ploc[0]);
                }
                c.emit(POP_TOP, ploc[0]);
                if (preserveTos) {
                    c.emit(SWAP, 2, ploc[0]);
                }
                c.emit(POP_BLOCK, ploc[0]);
                c.emit(POP_EXCEPT, ploc[0]);
            }
            case WITH, ASYNC_WITH -> {
                ploc[0] = info.loc();
                c.emit(POP_BLOCK, ploc[0]);
                if (preserveTos) {
                    c.emit(SWAP, 2, ploc[0]);
                }
                callExitWithNones(ploc[0]);
                if (info.type() == FBlock.Type.ASYNC_WITH) {
                    c.emit(GET_AWAITABLE, 2, ploc[0]);
                    c.loadConst(PyNone.INSTANCE, ploc[0]);
                    c.exprs.yieldFrom(ploc[0], true);
                }
                c.emit(POP_TOP, ploc[0]);
                ploc[0] = Loc.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    c.emit(POP_BLOCK, ploc[0]);
                }
                if (preserveTos) {
                    c.emit(SWAP, 2, ploc[0]);
                }
                c.emit(POP_BLOCK, ploc[0]);
                c.emit(POP_EXCEPT, ploc[0]);
                if (info.datum() != null) {
                    c.loadConst(PyNone.INSTANCE, ploc[0]);
                    c.nameop((String) info.datum(), Ctx.STORE, ploc[0]);
                    c.nameop((String) info.datum(), Ctx.DEL, ploc[0]);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    c.emit(SWAP, 2, ploc[0]);
                }
                c.emit(POP_TOP, ploc[0]);
            }
        }
    }

    /** Unwinds frame blocks; with {@code stopAtLoop}, stops at (and returns) the innermost loop. */
    FBlock unwindFBlockStack(Loc[] ploc, boolean preserveTos, boolean stopAtLoop) {
        List<FBlock> fb = c.u.fblocks;
        if (fb.isEmpty()) {
            return null;
        }
        FBlock top = fb.get(fb.size() - 1);
        if (top.type() == FBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw new dev.tiercel.frontend.lexer.SyntaxErrorException(
                    "'break', 'continue' and 'return' cannot appear in an except* block", ploc[0].line(),
                    ploc[0].col() + 1, ploc[0].endLine(), ploc[0].endCol() + 1);
        }
        if (stopAtLoop && (top.type() == FBlock.Type.WHILE_LOOP || top.type() == FBlock.Type.FOR_LOOP)) {
            return top;
        }
        fb.remove(fb.size() - 1);
        FBlock loop;
        try {
            unwindFBlock(ploc, top, preserveTos);
            loop = unwindFBlockStack(ploc, preserveTos, stopAtLoop);
        } finally {
            fb.add(top);
        }
        return loop;
    }
}
