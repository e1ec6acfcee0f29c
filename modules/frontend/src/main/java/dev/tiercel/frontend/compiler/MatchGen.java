package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.CmpOp;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.MatchCase;
import dev.tiercel.frontend.ast.Pattern;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Match statements (PEP 634), following CPython 3.13's pattern compiler. */
final class MatchGen {
    private final CodeGen c;

    MatchGen(CodeGen c) {
        this.c = c;
    }

    /** Pattern-compilation state: names captured so far, failure labels popping 0..n items, items kept on top. */
    private static final class Ctx0 {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Integer> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isWildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    void match(Stmt.Match s) {
        c.visitExpr(s.subject());
        int end = c.newLabel();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        MatchCase m = cases.get(n - 1);
        boolean hasDefault = isWildcard(m.pattern()) && n > 1;
        Ctx0 pc = new Ctx0();
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            m = cases.get(i);
            Loc ploc = CodeGen.loc(m.pattern().pos());
            if (i != n - (hasDefault ? 1 : 0) - 1) {
                c.emit(COPY, 1, ploc);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                c.nameop(name, Ctx.STORE, ploc);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                c.exprs.jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (i != n - (hasDefault ? 1 : 0) - 1) {
                c.emit(POP_TOP, ploc);
            }
            c.visitStmts(m.body());
            c.jump(JUMP, end, Loc.NONE);
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault) {
            m = cases.get(n - 1);
            Loc ploc = CodeGen.loc(m.pattern().pos());
            if (n == 1) {
                c.emit(POP_TOP, ploc);
            } else {
                c.emit(NOP, ploc);
            }
            if (m.guard() != null) {
                c.exprs.jumpIf(m.guard(), end, false);
            }
            c.visitStmts(m.body());
        }
        c.useLabel(end);
    }

    private void ensureFailPop(Ctx0 pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(c.newLabel());
        }
    }

    private void jumpToFailPop(Loc loc, Ctx0 pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Loc loc, Ctx0 pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int k = pc.failPop.size() - 1; k > 0; k--) {
            c.useLabel(pc.failPop.get(k));
            c.emit(POP_TOP, loc);
        }
        c.useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Loc loc, int count) {
        while (count > 1) {
            c.emit(SWAP, count--, loc);
        }
    }

    private void storeName(Loc loc, String name, Ctx0 pc, Pattern p) {
        if (name == null) {
            c.emit(POP_TOP, loc);
            return;
        }
        if (pc.stores.contains(name)) {
            throw CodeGen.error(p.pos(), "multiple assignments to name '" + name + "' in pattern");
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Ctx0 pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Ctx0 pc) {
        Loc loc = CodeGen.loc(p.pos());
        switch (p) {
            case Pattern.MatchValue v -> {
                if (!(v.value() instanceof Expr.Constant || v.value() instanceof Expr.Attribute)) {
                    throw CodeGen.error(p.pos(), "patterns may only match literals and attribute lookups");
                }
                c.visitExpr(v.value());
                c.exprs.compareOp(CmpOp.EQ, loc);
                c.emit(TO_BOOL, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                c.loadConst(s.value(), loc);
                c.exprs.compareOp(CmpOp.IS, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, pc, loc);
            case Pattern.MatchMapping m -> mapping(m, pc, loc);
            case Pattern.MatchClass k -> classPattern(k, pc, loc);
            case Pattern.MatchStar s -> storeName(loc, s.name(), pc, p);
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (a.name() != null) {
                            throw CodeGen.error(p.pos(), "name capture '" + a.name()
                                    + "' makes remaining patterns unreachable");
                        }
                        throw CodeGen.error(p.pos(), "wildcard makes remaining patterns unreachable");
                    }
                    storeName(loc, a.name(), pc, p);
                    return;
                }
                pc.onTop++;
                c.emit(COPY, 1, loc);
                pattern(a.pattern(), pc);
                pc.onTop--;
                storeName(loc, a.name(), pc, p);
            }
            case Pattern.MatchOr o -> or(o, pc, loc);
        }
    }

    private void sequence(Pattern.MatchSequence p, Ctx0 pc, Loc loc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw CodeGen.error(p.pos(), "multiple starred names in sequence pattern");
                }
                starWildcard = isWildcardStar(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        pc.onTop++;
        c.emit(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            c.emit(GET_LEN, loc);
            c.loadConst(PyInt.of(size), loc);
            c.exprs.compareOp(CmpOp.EQ, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size - 1 > 0) {
            c.emit(GET_LEN, loc);
            c.loadConst(PyInt.of(size - 1), loc);
            c.exprs.compareOp(CmpOp.GT_E, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            c.emit(POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc, p);
        }
    }

    private void sequenceUnpack(Loc loc, List<Pattern> patterns, Ctx0 pc, Pattern p) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar) {
                if (seenStar) {
                    throw CodeGen.error(p.pos(), "multiple starred expressions in sequence pattern");
                }
                c.emit(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.emit(UNPACK_SEQUENCE, n, loc);
        }
        pc.onTop += n;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
    }

    private void sequenceSubscr(Loc loc, List<Pattern> patterns, int star, Ctx0 pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (isWildcard(q) || i == star) {
                continue;
            }
            c.emit(COPY, 1, loc);
            if (i < star) {
                c.loadConst(PyInt.of(i), loc);
            } else {
                c.emit(GET_LEN, loc);
                c.loadConst(PyInt.of(size - i), loc);
                c.emit(BINARY_OP, dev.tiercel.frontend.ast.Operator.SUB.nb, loc);
            }
            c.emit(BINARY_SUBSCR, loc);
            subpattern(q, pc);
        }
        pc.onTop--;
        c.emit(POP_TOP, loc);
    }

    private void mapping(Pattern.MatchMapping p, Ctx0 pc, Loc loc) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        String star = p.rest();
        pc.onTop++;
        c.emit(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            c.emit(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            c.emit(GET_LEN, loc);
            c.loadConst(PyInt.of(size), loc);
            c.exprs.compareOp(CmpOp.GT_E, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            if (key instanceof Expr.Constant k) {
                if (!seen.add(ConstKey.of(k.value()))) {
                    throw CodeGen.error(p.pos(), "mapping pattern checks duplicate key ("
                            + dev.tiercel.runtime.code.Disassembler.repr(k.value()) + ")");
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw CodeGen.error(p.pos(), "mapping pattern keys may only match literals and attribute lookups");
            }
            c.visitExpr(key);
        }
        c.emit(BUILD_TUPLE, size, loc);
        c.emit(MATCH_KEYS, loc);
        pc.onTop += 2;
        c.emit(COPY, 1, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.emit(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        c.emit(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern q : p.patterns()) {
            pc.onTop--;
            subpattern(q, pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            c.emit(BUILD_MAP, 0, loc);
            c.emit(SWAP, 3, loc);
            c.emit(DICT_UPDATE, 2, loc);
            c.emit(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                c.emit(COPY, 1 + size--, loc);
                c.emit(SWAP, 2, loc);
                c.emit(DELETE_SUBSCR, loc);
            }
            storeName(loc, star, pc, p);
        } else {
            c.emit(POP_TOP, loc);
            c.emit(POP_TOP, loc);
        }
    }

    private void classPattern(Pattern.MatchClass p, Ctx0 pc, Loc loc) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwdAttrs();
        int nargs = patterns.size(), nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            for (int j = i + 1; j < nattrs; j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw CodeGen.error(p.kwdPatterns().get(j).pos(),
                            "attribute name repeated in class pattern: " + attrs.get(i));
                }
            }
        }
        c.visitExpr(p.cls());
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) {
            names[i] = PyStr.of(attrs.get(i));
        }
        c.loadConst(new PyTuple(names), loc);
        c.emit(MATCH_CLASS, nargs, loc);
        c.emit(COPY, 1, loc);
        c.loadConst(PyNone.INSTANCE, loc);
        c.emit(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        c.emit(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? patterns.get(i) : p.kwdPatterns().get(i - nargs);
            if (isWildcard(q)) {
                c.emit(POP_TOP, loc);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void or(Pattern.MatchOr p, Ctx0 pc, Loc loc) {
        int end = c.newLabel();
        int size = p.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Integer> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            Loc aloc = CodeGen.loc(alt.pos());
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            c.emit(COPY, 1, aloc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw CodeGen.error(p.pos(), "alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw CodeGen.error(p.pos(), "alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(aloc, icontrol + 1);
                        }
                    }
                }
            }
            c.jump(JUMP, end, aloc);
            emitAndResetFailPop(aloc, pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        c.emit(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        c.useLabel(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw CodeGen.error(p.pos(), "multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
        c.emit(POP_TOP, loc);
    }
}
