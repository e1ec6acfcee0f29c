package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.Comprehension;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.symtable.Scope;
import dev.tiercel.runtime.code.PyCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comprehensions: generator expressions get their own code object; list/set/dict comprehensions are inlined
 * (PEP 709), isolating their variables by saving and restoring the enclosing scope's values.
 */
final class ComprehensionGen {
    static final int GENEXP = 0, LISTCOMP = 1, SETCOMP = 2, DICTCOMP = 3;
    /**
     * CPython 3.13.1+ (our reference is 3.13.5) also applies GET_ITER to the outermost iterable inside the
     * comprehension; 3.13.0 did not. Kept switchable so compiler output can be diffed against a 3.13.0 oracle.
     */
    static volatile boolean innerGetIter = true;

    private final CodeGen c;

    ComprehensionGen(CodeGen c) {
        this.c = c;
    }

    /** Saved state of an inlined comprehension. */
    private static final class Inlined {
        List<String> pushedLocals;
        Map<String, int[]> tempSymbols;
        List<String> fastHidden;
        int cleanup = -1;
        int end = -1;
    }

    void comprehension(Expr e, String name, List<Comprehension> gens, Expr elt, Expr val, int type) {
        Scope entry = c.st.lookup(e);
        boolean inlined = entry.compInlined;
        boolean isAsync = entry.coroutine;
        CodeUnit.Kind outerKind = c.u.kind;
        Loc loc = CodeGen.loc(e.pos());
        Comprehension outermost = gens.get(0);
        Inlined state = null;
        if (inlined) {
            c.visitExpr(outermost.iter());
            c.emit(outermost.isAsync() ? GET_AITER : GET_ITER, CodeGen.loc(outermost.iter().pos()));
            state = pushInlined(loc, entry);
        } else {
            c.enterScope(name, CodeUnit.Kind.COMPREHENSION, e, e.pos().line(), null);
            c.u.argcount = 1;
        }
        if (isAsync && type != GENEXP && outerKind != CodeUnit.Kind.ASYNC_FUNCTION
                && outerKind != CodeUnit.Kind.COMPREHENSION) {
            throw CodeGen.error(e.pos(), "asynchronous comprehension outside of an asynchronous function");
        }
        if (type != GENEXP) {
            int op = type == LISTCOMP ? BUILD_LIST : type == SETCOMP ? BUILD_SET : BUILD_MAP;
            c.emit(op, 0, loc);
            if (inlined) {
                c.emit(SWAP, 2, loc);
            }
        }
        generator(loc, gens, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlined(loc, state);
            return;
        }
        if (type != GENEXP) {
            c.emit(RETURN_VALUE, loc);
        } else {
            c.defs.wrapInStopIterationHandler();
        }
        PyCode co = c.finishUnit(true);
        c.defs.makeClosure(loc, co, 0);
        c.visitExpr(outermost.iter());
        c.emit(outermost.isAsync() ? GET_AITER : GET_ITER, CodeGen.loc(outermost.iter().pos()));
        c.emit(CALL, 0, loc);
        if (isAsync && type != GENEXP) {
            c.emit(GET_AWAITABLE, 0, loc);
            c.loadConst(dev.tiercel.runtime.object.PyNone.INSTANCE, loc);
            c.exprs.yieldFrom(loc, true);
        }
    }

    private void generator(Loc loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val, int type,
            boolean iterOnStack) {
        Comprehension gen = gens.get(index);
        if (gen.isAsync()) {
            asyncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
        } else {
            syncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
        }
    }

    private void syncGenerator(Loc loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
            int type, boolean iterOnStack) {
        int start = c.newLabel(), ifCleanup = c.newLabel(), anchor = c.newLabel();
        Comprehension gen = gens.get(index);
        boolean loop = true;
        if (!iterOnStack) {
            if (index == 0) {
                c.u.argcount = 1;
                c.emit(LOAD_FAST, 0, loc);
            } else {
                List<Expr> elts = gen.iter() instanceof Expr.ListExpr l ? l.elts()
                        : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                    c.visitExpr(elts.get(0));
                    loop = false;
                }
                if (loop) {
                    c.visitExpr(gen.iter());
                    c.emit(GET_ITER, CodeGen.loc(gen.iter().pos()));
                }
            }
        }
        if (loop) {
            depth++;
            if (index == 0 && innerGetIter) {
                // 3.13.1+: the outermost iterable is converted to an iterator inside the comprehension too
                c.emit(GET_ITER, CodeGen.loc(gen.iter().pos()));
            }
            c.useLabel(start);
            c.jump(FOR_ITER, anchor, CodeGen.loc(gen.iter().pos()));
        }
        c.visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            c.exprs.jumpIf(cond, ifCleanup, false);
        }
        Loc eltLoc = CodeGen.loc(elt.pos());
        if (++index < gens.size()) {
            generator(loc, gens, index, depth, elt, val, type, false);
        }
        if (index >= gens.size()) {
            switch (type) {
                case GENEXP -> {
                    c.visitExpr(elt);
                    c.exprs.yield_(eltLoc);
                    c.emit(POP_TOP, eltLoc);
                }
                case LISTCOMP -> {
                    c.visitExpr(elt);
                    c.emit(LIST_APPEND, depth + 1, eltLoc);
                }
                case SETCOMP -> {
                    c.visitExpr(elt);
                    c.emit(SET_ADD, depth + 1, eltLoc);
                }
                default -> {
                    c.visitExpr(elt);
                    c.visitExpr(val);
                    eltLoc = new Loc(elt.pos().line(), val.pos().endLine(), elt.pos().col(), val.pos().endCol());
                    c.emit(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        c.useLabel(ifCleanup);
        if (loop) {
            c.jump(JUMP, start, eltLoc);
            c.useLabel(anchor);
            c.emit(END_FOR, Loc.NONE);
            c.emit(POP_TOP, Loc.NONE);
        }
    }

    private void asyncGenerator(Loc loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
            int type, boolean iterOnStack) {
        int start = c.newLabel(), except = c.newLabel(), ifCleanup = c.newLabel();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                c.u.argcount = 1;
                c.emit(LOAD_FAST, 0, loc);
            } else {
                c.visitExpr(gen.iter());
                c.emit(GET_AITER, CodeGen.loc(gen.iter().pos()));
            }
        }
        c.useLabel(start);
        c.pushFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, -1, null, loc);
        c.jump(SETUP_FINALLY, except, loc);
        c.emit(GET_ANEXT, loc);
        c.loadConst(dev.tiercel.runtime.object.PyNone.INSTANCE, loc);
        c.exprs.yieldFrom(loc, true);
        c.emit(POP_BLOCK, loc);
        c.visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            c.exprs.jumpIf(cond, ifCleanup, false);
        }
        depth++;
        if (++index < gens.size()) {
            generator(loc, gens, index, depth, elt, val, type, false);
        }
        Loc eltLoc = CodeGen.loc(elt.pos());
        if (index >= gens.size()) {
            switch (type) {
                case GENEXP -> {
                    c.visitExpr(elt);
                    c.exprs.yield_(eltLoc);
                    c.emit(POP_TOP, eltLoc);
                }
                case LISTCOMP -> {
                    c.visitExpr(elt);
                    c.emit(LIST_APPEND, depth + 1, eltLoc);
                }
                case SETCOMP -> {
                    c.visitExpr(elt);
                    c.emit(SET_ADD, depth + 1, eltLoc);
                }
                default -> {
                    c.visitExpr(elt);
                    c.visitExpr(val);
                    c.emit(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        c.useLabel(ifCleanup);
        c.jump(JUMP, start, eltLoc);
        c.popFBlock();
        c.useLabel(except);
        c.emit(END_ASYNC_FOR, loc);
    }

    private Inlined pushInlined(Loc loc, Scope entry) {
        CodeUnit u = c.u;
        boolean inClassBlock = u.ste.type == Scope.Type.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        Inlined state = new Inlined();
        for (Map.Entry<String, Integer> e : entry.symbols.entrySet()) {
            String k = e.getKey();
            int symbol = e.getValue();
            int scope = entry.scope(k);
            int outFlags = u.ste.flags(k);
            int outsc = u.ste.scope(k);
            if ((scope != outsc && scope != Scope.FREE && !(scope == Scope.CELL && outsc == Scope.FREE))
                    || inClassBlock) {
                if (state.tempSymbols == null) {
                    state.tempSymbols = new LinkedHashMap<>();
                }
                state.tempSymbols.put(k, new int[] {outFlags, outsc, u.ste.symbols.containsKey(k) ? 1 : 0});
                u.ste.symbols.put(k, symbol);
                u.ste.scopes.put(k, scope);
            }
            if (((symbol & Scope.DEF_LOCAL) != 0 && (symbol & Scope.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.isFunctionLike()) {
                    Boolean orig = u.fasthidden.get(k);
                    if (!Boolean.TRUE.equals(orig)) {
                        u.fasthidden.put(k, true);
                        if (state.fastHidden == null) {
                            state.fastHidden = new ArrayList<>();
                        }
                        state.fastHidden.add(k);
                    }
                }
                if (state.pushedLocals == null) {
                    state.pushedLocals = new ArrayList<>();
                }
                c.emit(LOAD_FAST_AND_CLEAR, CodeUnit.add(u.varnames, k), loc);
                if (scope == Scope.CELL) {
                    if (outsc == Scope.FREE) {
                        c.emit(MAKE_CELL, u.freevars.get(k), loc);
                    } else {
                        c.emit(MAKE_CELL, cellIndex(u, k), loc);
                    }
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            c.emit(SWAP, state.pushedLocals.size() + 1, loc);
            state.cleanup = c.newLabel();
            state.end = c.newLabel();
            c.jump(SETUP_FINALLY, state.cleanup, loc);
        }
        return state;
    }

    private static int cellIndex(CodeUnit u, String k) {
        Integer i = u.cellvars.get(k);
        if (i == null) {
            i = CodeUnit.add(u.cellvars, k);
        }
        return i;
    }

    private void popInlined(Loc loc, Inlined state) {
        CodeUnit u = c.u;
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, int[]> e : state.tempSymbols.entrySet()) {
                int[] v = e.getValue();
                if (v[2] == 0) {
                    u.ste.symbols.remove(e.getKey());
                    u.ste.scopes.remove(e.getKey());
                } else {
                    u.ste.symbols.put(e.getKey(), v[0]);
                    u.ste.scopes.put(e.getKey(), v[1]);
                }
            }
        }
        if (state.pushedLocals != null) {
            c.emit(POP_BLOCK, Loc.NONE);
            c.jump(JUMP_NO_INTERRUPT, state.end, Loc.NONE);
            c.useLabel(state.cleanup);
            c.emit(SWAP, 2, Loc.NONE);
            c.emit(POP_TOP, Loc.NONE);
            restoreLocals(loc, state);
            c.emit(RERAISE, 0, Loc.NONE);
            c.useLabel(state.end);
            restoreLocals(loc, state);
        }
        if (state.fastHidden != null) {
            for (String k : state.fastHidden) {
                u.fasthidden.put(k, false);
            }
        }
    }

    private void restoreLocals(Loc loc, Inlined state) {
        int n = state.pushedLocals.size();
        c.emit(SWAP, n + 1, loc);
        for (int i = n - 1; i >= 0; i--) {
            c.emit(STORE_FAST_MAYBE_NULL, CodeUnit.add(c.u.varnames, state.pushedLocals.get(i)), loc);
        }
    }
}
