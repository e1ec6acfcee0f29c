package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.CmpOp;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Keyword;
import dev.tiercel.frontend.symtable.Scope;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** Expression code generation (CPython's compiler_visit_expr1 and helpers). */
final class ExprGen {
    static final int INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6;

    private final CodeGen c;

    ExprGen(CodeGen c) {
        this.c = c;
    }

    void visit(Expr e) {
        Loc loc = CodeGen.loc(e.pos());
        switch (e) {
            case Expr.BoolOp b -> boolOp(b, loc);
            case Expr.NamedExpr n -> {
                c.visitExpr(n.value());
                c.emit(COPY, 1, loc);
                c.visitExpr(n.target());
            }
            case Expr.BinOp b -> {
                c.visitExpr(b.left());
                c.visitExpr(b.right());
                c.emit(BINARY_OP, b.op().nb, loc);
            }
            case Expr.UnaryOp u -> {
                c.visitExpr(u.operand());
                switch (u.op()) {
                    case UADD -> c.emit(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                    case NOT -> {
                        c.emit(TO_BOOL, loc);
                        c.emit(UNARY_NOT, loc);
                    }
                    case INVERT -> c.emit(UNARY_INVERT, loc);
                    case USUB -> c.emit(UNARY_NEGATIVE, loc);
                }
            }
            case Expr.Lambda l -> c.defs.lambda(l);
            case Expr.IfExp i -> {
                int end = c.newLabel(), next = c.newLabel();
                jumpIf(i.test(), next, false);
                c.visitExpr(i.body());
                c.jump(JUMP, end, Loc.NONE);
                c.useLabel(next);
                c.visitExpr(i.orelse());
                c.useLabel(end);
            }
            case Expr.Dict d -> dict(d, loc);
            case Expr.Set s -> starUnpack(loc, s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.GeneratorExp g -> new ComprehensionGen(c).comprehension(e, "<genexpr>", g.generators(),
                    g.elt(), null, ComprehensionGen.GENEXP);
            case Expr.ListComp l -> new ComprehensionGen(c).comprehension(e, "<listcomp>", l.generators(), l.elt(),
                    null, ComprehensionGen.LISTCOMP);
            case Expr.SetComp s -> new ComprehensionGen(c).comprehension(e, "<setcomp>", s.generators(), s.elt(),
                    null, ComprehensionGen.SETCOMP);
            case Expr.DictComp d -> new ComprehensionGen(c).comprehension(e, "<dictcomp>", d.generators(), d.key(),
                    d.value(), ComprehensionGen.DICTCOMP);
            case Expr.Yield y -> {
                if (!c.u.isFunctionLike()) {
                    throw CodeGen.error(e.pos(), "'yield' outside function");
                }
                if (y.value() != null) {
                    c.visitExpr(y.value());
                } else {
                    c.loadConst(PyNone.INSTANCE, loc);
                }
                yield_(loc);
            }
            case Expr.YieldFrom y -> {
                if (!c.u.isFunctionLike()) {
                    throw CodeGen.error(e.pos(), "'yield' outside function");
                }
                if (c.u.kind == CodeUnit.Kind.ASYNC_FUNCTION) {
                    throw CodeGen.error(e.pos(), "'yield from' inside async function");
                }
                c.visitExpr(y.value());
                c.emit(GET_YIELD_FROM_ITER, loc);
                c.loadConst(PyNone.INSTANCE, loc);
                yieldFrom(loc, false);
            }
            case Expr.Await a -> {
                if (!c.u.isFunctionLike() || (c.u.kind != CodeUnit.Kind.ASYNC_FUNCTION
                        && c.u.kind != CodeUnit.Kind.COMPREHENSION)) {
                    throw CodeGen.error(e.pos(), c.u.isFunctionLike() ? "'await' outside async function"
                            : "'await' outside function");
                }
                c.visitExpr(a.value());
                c.emit(GET_AWAITABLE, 0, loc);
                c.loadConst(PyNone.INSTANCE, loc);
                yieldFrom(loc, true);
            }
            case Expr.Compare k -> compare(k, loc);
            case Expr.Call k -> call(k);
            case Expr.JoinedStr j -> joinedStr(j, loc);
            case Expr.FormattedValue f -> formattedValue(f, loc);
            case Expr.Constant k -> c.loadConst(k.value(), loc);
            case Expr.Attribute a -> attribute(a, loc);
            case Expr.Subscript s -> subscript(s, loc);
            case Expr.Starred s -> {
                if (s.ctx() == Ctx.STORE) {
                    throw CodeGen.error(e.pos(), "starred assignment target must be in a list or tuple");
                }
                throw CodeGen.error(e.pos(), "can't use starred expression here");
            }
            case Expr.Slice s -> {
                int n = slice(s);
                c.emit(BUILD_SLICE, n, loc);
            }
            case Expr.Name n -> c.nameop(n.id(), n.ctx(), loc);
            case Expr.ListExpr l -> {
                switch (l.ctx()) {
                    case STORE -> assignmentHelper(loc, l.elts());
                    case LOAD -> starUnpack(loc, l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                    case DEL -> c.visitExprs(l.elts());
                }
            }
            case Expr.Tuple t -> {
                switch (t.ctx()) {
                    case STORE -> assignmentHelper(loc, t.elts());
                    case LOAD -> starUnpack(loc, t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                    case DEL -> c.visitExprs(t.elts());
                }
            }
        }
    }

    void yield_(Loc loc) {
        if (c.u.ste.generator && c.u.ste.coroutine) {
            c.emit(CALL_INTRINSIC_1, 4, loc); // INTRINSIC_ASYNC_GEN_WRAP
        }
        c.emit(YIELD_VALUE, 0, loc);
        c.emit(RESUME, 1, loc);
    }

    void yieldFrom(Loc loc, boolean await) {
        int send = c.newLabel(), fail = c.newLabel(), exit = c.newLabel();
        c.useLabel(send);
        c.jump(SEND, exit, loc);
        c.jump(SETUP_FINALLY, fail, loc);
        c.emit(YIELD_VALUE, 1, loc);
        c.emit(POP_BLOCK, Loc.NONE);
        c.emit(RESUME, await ? 3 : 2, loc);
        c.jump(JUMP_NO_INTERRUPT, send, loc);
        c.useLabel(fail);
        c.emit(CLEANUP_THROW, loc);
        c.useLabel(exit);
        c.emit(END_SEND, loc);
    }

    private void boolOp(Expr.BoolOp b, Loc loc) {
        int jumpOp = b.isAnd() ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        int end = c.newLabel();
        List<Expr> s = b.values();
        for (int i = 0; i < s.size() - 1; i++) {
            c.visitExpr(s.get(i));
            c.emit(COPY, 1, loc);
            c.emit(TO_BOOL, loc);
            c.jump(jumpOp, end, loc);
            c.emit(POP_TOP, loc);
        }
        c.visitExpr(s.get(s.size() - 1));
        c.useLabel(end);
    }

    /** Jumps to {@code next} when {@code e}'s truth equals {@code cond}. */
    void jumpIf(Expr e, int next, boolean cond) {
        Loc loc = CodeGen.loc(e.pos());
        switch (e) {
            case Expr.UnaryOp u when u.op() == dev.tiercel.frontend.ast.UnaryOperator.NOT -> {
                jumpIf(u.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                boolean cond2 = !b.isAnd();
                int next2 = next;
                if (cond2 != cond) {
                    next2 = c.newLabel();
                }
                List<Expr> s = b.values();
                for (int i = 0; i < s.size() - 1; i++) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(s.size() - 1), next, cond);
                if (next2 != next) {
                    c.useLabel(next2);
                }
                return;
            }
            case Expr.IfExp i -> {
                int end = c.newLabel(), next2 = c.newLabel();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                c.jump(JUMP, end, Loc.NONE);
                c.useLabel(next2);
                jumpIf(i.orelse(), next, cond);
                c.useLabel(end);
                return;
            }
            case Expr.Compare k when k.ops().size() > 1 -> {
                dev.tiercel.frontend.SyntaxWarnings.checkCompare(k);
                int n = k.ops().size() - 1;
                int cleanup = c.newLabel();
                c.visitExpr(k.left());
                for (int i = 0; i < n; i++) {
                    c.visitExpr(k.comparators().get(i));
                    c.emit(SWAP, 2, loc);
                    c.emit(COPY, 2, loc);
                    compareOp(k.ops().get(i), loc);
                    c.emit(TO_BOOL, loc);
                    c.jump(POP_JUMP_IF_FALSE, cleanup, loc);
                }
                c.visitExpr(k.comparators().get(n));
                compareOp(k.ops().get(n), loc);
                c.emit(TO_BOOL, loc);
                c.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc);
                int end = c.newLabel();
                c.jump(JUMP, end, Loc.NONE);
                c.useLabel(cleanup);
                c.emit(POP_TOP, loc);
                if (!cond) {
                    c.jump(JUMP, next, Loc.NONE);
                }
                c.useLabel(end);
                return;
            }
            default -> { }
        }
        c.visitExpr(e);
        c.emit(TO_BOOL, loc);
        c.jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc);
    }

    void compareOp(CmpOp op, Loc loc) {
        int cmp;
        switch (op) {
            case IS -> {
                c.emit(IS_OP, 0, loc);
                return;
            }
            case IS_NOT -> {
                c.emit(IS_OP, 1, loc);
                return;
            }
            case IN -> {
                c.emit(CONTAINS_OP, 0, loc);
                return;
            }
            case NOT_IN -> {
                c.emit(CONTAINS_OP, 1, loc);
                return;
            }
            case LT -> cmp = 0;
            case LT_E -> cmp = 1;
            case EQ -> cmp = 2;
            case NOT_EQ -> cmp = 3;
            case GT -> cmp = 4;
            default -> cmp = 5;
        }
        int[] masks = {2, 10, 8, 7, 4, 12}; // LT, LE, EQ, NE (unordered|lt|gt), GT, GE
        c.emit(COMPARE_OP, (cmp << 5) | masks[cmp], loc);
    }

    private void compare(Expr.Compare e, Loc loc) {
        dev.tiercel.frontend.SyntaxWarnings.checkCompare(e);
        c.visitExpr(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            c.visitExpr(e.comparators().get(0));
            compareOp(e.ops().get(0), loc);
            return;
        }
        int cleanup = c.newLabel();
        for (int i = 0; i < n; i++) {
            c.visitExpr(e.comparators().get(i));
            c.emit(SWAP, 2, loc);
            c.emit(COPY, 2, loc);
            compareOp(e.ops().get(i), loc);
            c.emit(COPY, 1, loc);
            c.emit(TO_BOOL, loc);
            c.jump(POP_JUMP_IF_FALSE, cleanup, loc);
            c.emit(POP_TOP, loc);
        }
        c.visitExpr(e.comparators().get(n));
        compareOp(e.ops().get(n), loc);
        int end = c.newLabel();
        c.jump(JUMP, end, Loc.NONE);
        c.useLabel(cleanup);
        c.emit(SWAP, 2, loc);
        c.emit(POP_TOP, loc);
        c.useLabel(end);
    }

    // ---- containers ----

    static boolean allConst(List<Expr> elts) {
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    void starUnpack(Loc loc, List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts)) {
            List<PyObject> items = new ArrayList<>();
            for (Expr e : elts) {
                items.add(((Expr.Constant) e).value());
            }
            if (tuple && pushed == 0) {
                c.loadConst(new PyTuple(items.toArray(new PyObject[0])), loc);
            } else {
                c.emit(build, pushed, loc);
                if (add == SET_ADD) {
                    c.loadConst(new FrozenSetConst(items), loc);
                } else {
                    c.loadConst(new PyTuple(items.toArray(new PyObject[0])), loc);
                }
                c.emit(extend, 1, loc);
                if (tuple) {
                    c.emit(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
                }
            }
            return;
        }
        boolean big = n + pushed > CodeGen.STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(e -> e instanceof Expr.Starred);
        if (!seenStar && !big) {
            c.visitExprs(elts);
            c.emit(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            c.emit(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    c.emit(build, i + pushed, loc);
                    built = true;
                }
                c.visitExpr(s.value());
                c.emit(extend, 1, loc);
            } else {
                c.visitExpr(elt);
                if (built) {
                    c.emit(add, 1, loc);
                }
            }
        }
        if (tuple) {
            c.emit(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
    }

    void assignmentHelper(Loc loc, List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred s) {
                if (seenStar) {
                    throw new dev.tiercel.frontend.lexer.SyntaxErrorException(
                            "multiple starred expressions in assignment", loc.line(), loc.col() + 1, loc.endLine(),
                            loc.endCol() + 1);
                }
                if (i >= 256 || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw CodeGen.error(s.pos(), "too many expressions in star-unpacking assignment");
                }
                c.emit(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.emit(UNPACK_SEQUENCE, n, loc);
        }
        for (Expr elt : elts) {
            c.visitExpr(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    private void dict(Expr.Dict e, Loc loc) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i, loc);
                    if (haveDict) {
                        c.emit(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.emit(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                c.visitExpr(e.values().get(i));
                c.emit(DICT_UPDATE, 1, loc);
            } else if (elements * 2 > CodeGen.STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1, loc);
                if (haveDict) {
                    c.emit(DICT_UPDATE, 1, loc);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n, loc);
            if (haveDict) {
                c.emit(DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            c.emit(BUILD_MAP, 0, loc);
        }
    }

    private void subdict(Expr.Dict e, int begin, int end, Loc loc) {
        int n = end - begin;
        boolean big = n * 2 > CodeGen.STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(e.keys().subList(begin, end))) {
            for (int i = begin; i < end; i++) {
                c.visitExpr(e.values().get(i));
            }
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = ((Expr.Constant) e.keys().get(i)).value();
            }
            c.loadConst(new PyTuple(keys), loc);
            c.emit(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            c.emit(BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            c.visitExpr(e.keys().get(i));
            c.visitExpr(e.values().get(i));
            if (big) {
                c.emit(MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            c.emit(BUILD_MAP, n, loc);
        }
    }

    // ---- attributes, subscripts, slices ----

    /** For an attribute spanning lines, CPython locates the access at the attribute name. */
    static Loc attrLoc(Loc loc, Expr.Attribute a) {
        if (a.pos().line() != a.pos().endLine()) {
            int endCol = a.pos().endCol();
            int len = dev.tiercel.frontend.lexer.Tokenizer.utf8Length(a.attr());
            if (len <= endCol) {
                return new Loc(a.pos().endLine(), a.pos().endLine(), endCol - len, endCol);
            }
        }
        return loc;
    }

    private void attribute(Expr.Attribute a, Loc loc) {
        if (a.ctx() == Ctx.LOAD && canOptimizeSuperCall(a)) {
            Expr.Call superCall = (Expr.Call) a.value();
            loadArgsForSuper(superCall);
            c.emitName(superCall.args().isEmpty() ? LOAD_ZERO_SUPER_ATTR : LOAD_SUPER_ATTR, a.attr(), loc);
            c.emit(NOP, attrLoc(loc, a));
            return;
        }
        maybeAddStaticAttribute(a);
        c.visitExpr(a.value());
        Loc l = attrLoc(loc, a);
        switch (a.ctx()) {
            case LOAD -> c.emitName(LOAD_ATTR, a.attr(), l);
            case STORE -> {
                if (a.attr().equals("__debug__")) {
                    throw CodeGen.error(a.pos(), "cannot assign to __debug__");
                }
                c.emitName(STORE_ATTR, a.attr(), l);
            }
            case DEL -> c.emitName(DELETE_ATTR, a.attr(), l);
        }
    }

    private void maybeAddStaticAttribute(Expr.Attribute a) {
        if (!(a.value() instanceof Expr.Name n) || a.ctx() != Ctx.STORE || !n.id().equals("self")) {
            return;
        }
        if (c.u.kind == CodeUnit.Kind.CLASS) {
            c.u.staticAttributes.add(a.attr());
            return;
        }
        for (CodeUnit unit : c.stack) {
            if (unit.kind == CodeUnit.Kind.CLASS) {
                unit.staticAttributes.add(a.attr());
                return;
            }
        }
    }

    static boolean isTwoElementSlice(Expr s) {
        return s instanceof Expr.Slice sl && sl.step() == null;
    }

    private void subscript(Expr.Subscript s, Loc loc) {
        if (s.ctx() == Ctx.LOAD) {
            dev.tiercel.frontend.SyntaxWarnings.checkSubscript(s);
        }
        c.visitExpr(s.value());
        if (isTwoElementSlice(s.slice()) && s.ctx() != Ctx.DEL) {
            slice((Expr.Slice) s.slice());
            c.emit(s.ctx() == Ctx.LOAD ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            c.visitExpr(s.slice());
            c.emit(switch (s.ctx()) {
                case LOAD -> BINARY_SUBSCR;
                case STORE -> STORE_SUBSCR;
                case DEL -> DELETE_SUBSCR;
            }, loc);
        }
    }

    int slice(Expr.Slice s) {
        Loc loc = CodeGen.loc(s.pos());
        int n = 2;
        if (s.lower() != null) {
            c.visitExpr(s.lower());
        } else {
            c.loadConst(PyNone.INSTANCE, loc);
        }
        if (s.upper() != null) {
            c.visitExpr(s.upper());
        } else {
            c.loadConst(PyNone.INSTANCE, loc);
        }
        if (s.step() != null) {
            n++;
            c.visitExpr(s.step());
        }
        return n;
    }

    // ---- f-strings ----

    private void joinedStr(Expr.JoinedStr j, Loc loc) {
        int count = j.values().size();
        if (count > CodeGen.STACK_USE_GUIDELINE) {
            c.loadConst(PyStr.of(""), loc);
            c.emitName(LOAD_METHOD, "join", loc);
            c.emit(BUILD_LIST, 0, loc);
            for (Expr v : j.values()) {
                c.visitExpr(v);
                c.emit(LIST_APPEND, 1, loc);
            }
            c.emit(CALL, 1, loc);
            return;
        }
        c.visitExprs(j.values());
        if (count > 1) {
            c.emit(BUILD_STRING, count, loc);
        } else if (count == 0) {
            c.loadConst(PyStr.of(""), loc);
        }
    }

    private void formattedValue(Expr.FormattedValue f, Loc loc) {
        c.visitExpr(f.value());
        if (f.conversion() != -1) {
            int oparg = switch (f.conversion()) {
                case 's' -> 1;
                case 'r' -> 2;
                default -> 3;
            };
            c.emit(CONVERT_VALUE, oparg, loc);
        }
        if (f.formatSpec() != null) {
            c.visitExpr(f.formatSpec());
            c.emit(FORMAT_WITH_SPEC, loc);
        } else {
            c.emit(FORMAT_SIMPLE, loc);
        }
    }

    // ---- calls ----

    private void call(Expr.Call e) {
        dev.tiercel.frontend.SyntaxWarnings.checkCall(e);
        checkKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        c.visitExpr(e.func());
        c.emit(PUSH_NULL, CodeGen.loc(e.func().pos()));
        callHelper(CodeGen.loc(e.pos()), 0, e.args(), e.keywords());
    }

    private void checkKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            if (k.arg().equals("__debug__")) {
                throw CodeGen.error(k.pos(), "cannot assign to __debug__");
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                if (k.arg().equals(keywords.get(j).arg())) {
                    throw CodeGen.error(keywords.get(j).pos(), "keyword argument repeated: " + k.arg());
                }
            }
        }
    }

    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Expr.Name n)) {
            return false;
        }
        return (c.st.top.flags(n.id()) & Scope.DEF_IMPORT) != 0;
    }

    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != Ctx.LOAD) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        int argsl = e.args().size(), kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= CodeGen.STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : e.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        Loc loc = CodeGen.loc(meth.pos());
        if (canOptimizeSuperCall(meth)) {
            Expr.Call superCall = (Expr.Call) meth.value();
            loadArgsForSuper(superCall);
            c.emitName(superCall.args().isEmpty() ? LOAD_ZERO_SUPER_METHOD : LOAD_SUPER_METHOD, meth.attr(), loc);
            c.emit(NOP, attrLoc(loc, meth));
        } else {
            c.visitExpr(meth.value());
            loc = attrLoc(loc, meth);
            c.emitName(LOAD_METHOD, meth.attr(), loc);
        }
        c.visitExprs(e.args());
        Loc callLoc = attrLoc(CodeGen.loc(e.pos()), meth);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) {
                c.visitExpr(k.value());
            }
            kwNames(e.keywords(), loc);
            c.emit(CALL_KW, argsl + kwdsl, callLoc);
        } else {
            c.emit(CALL, argsl, callLoc);
        }
        return true;
    }

    private void kwNames(List<Keyword> keywords, Loc loc) {
        PyObject[] names = new PyObject[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(keywords.get(i).arg());
        }
        c.loadConst(new PyTuple(names), loc);
    }

    void callHelper(Loc loc, int n, List<Expr> args, List<Keyword> keywords) {
        int nelts = args.size(), nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > CodeGen.STACK_USE_GUIDELINE
                || args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            c.visitExprs(args);
            if (nkw > 0) {
                for (Keyword k : keywords) {
                    c.visitExpr(k.value());
                }
                kwNames(keywords, loc);
                c.emit(CALL_KW, n + nelts + nkw, loc);
            } else {
                c.emit(CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            c.visitExpr(s.value());
        } else {
            starUnpack(loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            c.emit(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        c.emit(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    c.visitExpr(kw.value());
                    c.emit(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkw - nseen, nkw);
                if (haveDict) {
                    c.emit(DICT_MERGE, 1, loc);
                }
            }
        }
        c.emit(CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc);
    }

    private void subkwargs(Loc loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > CodeGen.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                c.visitExpr(keywords.get(i).value());
            }
            kwNames(keywords.subList(begin, end), loc);
            c.emit(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            c.emit(BUILD_MAP, 0, Loc.NONE);
        }
        for (int i = begin; i < end; i++) {
            c.loadConst(PyStr.of(keywords.get(i).arg()), loc);
            c.visitExpr(keywords.get(i).value());
            if (big) {
                c.emit(MAP_ADD, 1, Loc.NONE);
            }
        }
        if (!big) {
            c.emit(BUILD_MAP, n, loc);
        }
    }

    // ---- super() ----

    private boolean canOptimizeSuperCall(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call call) || !(call.func() instanceof Expr.Name n)
                || !n.id().equals("super")) {
            return false;
        }
        if (c.u.ste.scope("super") != Scope.GLOBAL_IMPLICIT) {
            return false;
        }
        if (c.u.ste.scope("__class__") != Scope.FREE) {
            return false;
        }
        if (!call.keywords().isEmpty() || call.args().size() == 1 || call.args().size() > 2) {
            return false;
        }
        if (call.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            return false;
        }
        if (!c.u.isFunctionLike() || c.u.ste.varnames.isEmpty() && call.args().isEmpty()) {
            return false;
        }
        if (call.args().isEmpty()) {
            // zero-argument form needs the first parameter, and it must not be a cell
            String first = c.u.ste.varnames.isEmpty() ? null : c.u.ste.varnames.get(0);
            if (first == null || c.u.ste.scope(first) == Scope.CELL) {
                return false;
            }
        }
        return true;
    }

    private void loadArgsForSuper(Expr.Call call) {
        Expr.Name superName = (Expr.Name) call.func();
        c.nameop(superName.id(), Ctx.LOAD, CodeGen.loc(superName.pos()));
        if (call.args().size() == 2) {
            c.visitExpr(call.args().get(0));
            c.visitExpr(call.args().get(1));
        } else {
            c.nameop("__class__", Ctx.LOAD, CodeGen.loc(call.pos()));
            c.emit(LOAD_FAST, CodeUnit.add(c.u.varnames, c.u.ste.varnames.get(0)), CodeGen.loc(call.pos()));
        }
    }
}
