package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.symtable.Scope;
import dev.tiercel.frontend.symtable.SymbolTable;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyStr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Generates CPython 3.13 bytecode from the AST: the unit stack, instruction emission and name resolution live
 * here; statements, expressions and definitions are delegated to helper generators.
 */
public final class CodeGen {
    static final int STACK_USE_GUIDELINE = 30;
    private static final int MAX_NESTING = 30_000;

    final SymbolTable st;
    final String filename;
    final Deque<CodeUnit> stack = new ArrayDeque<>();
    CodeUnit u;
    final StmtGen stmts = new StmtGen(this);
    final ExprGen exprs = new ExprGen(this);
    final DefGen defs = new DefGen(this);
    final TryGen tries = new TryGen(this);
    private int depth;
    /** Single-statement mode: top-level expression statements print their value. */
    boolean interactive;
    /** The module's leading {@code from __future__} imports. */
    final FutureFeatures future;

    private CodeGen(SymbolTable st, String filename, FutureFeatures future) {
        this.st = st;
        this.filename = filename;
        this.future = future;
    }

    /** Compiles a module ({@code exec} mode). */
    public static PyCode compileModule(Module m, String filename) {
        FutureFeatures future = FutureFeatures.of(m);
        Module folded = new ConstantFolder().fold(future.annotations ? StringAnnotations.apply(m) : m);
        SymbolTable st = SymbolTable.build(folded);
        CodeGen g = new CodeGen(st, filename, future);
        g.enterScope("<module>", CodeUnit.Kind.MODULE, folded, 1, null);
        g.body(folded.body(), true);
        return g.finishUnit(true);
    }

    /** Compiles one interactive statement ({@code single} mode): expression statements print their value. */
    public static PyCode compileInteractive(Module m, String filename) {
        FutureFeatures future = FutureFeatures.of(m);
        Module folded = new ConstantFolder().fold(future.annotations ? StringAnnotations.apply(m) : m);
        SymbolTable st = SymbolTable.build(folded);
        CodeGen g = new CodeGen(st, filename, future);
        g.interactive = true;
        g.enterScope("<module>", CodeUnit.Kind.MODULE, folded, 1, null);
        g.body(folded.body(), true);
        return g.finishUnit(true);
    }

    /** Compiles an expression ({@code eval} mode). */
    public static PyCode compileExpression(Expr e, String filename) {
        Expr folded = new ConstantFolder().foldExpr(e);
        Object key = new Object();
        SymbolTable st = SymbolTable.buildExpression(folded, key);
        CodeGen g = new CodeGen(st, filename, FutureFeatures.NONE);
        g.enterScope("<module>", CodeUnit.Kind.MODULE, key, 1, null);
        g.visitExpr(folded);
        return g.finishUnit(false);
    }

    // ---- units ----

    void enterScope(String name, CodeUnit.Kind kind, Object key, int lineno, String privateName) {
        Scope ste = st.lookup(key);
        if (ste == null) {
            throw new IllegalStateException("no symbol table for " + name);
        }
        String priv = privateName != null ? privateName : (u != null ? u.privateName : null);
        CodeUnit unit = new CodeUnit(kind, ste, name, priv, lineno);
        if (u != null) {
            stack.push(u);
        }
        u = unit;
        setQualname();
        Loc loc = new Loc(kind == CodeUnit.Kind.MODULE ? 0 : lineno, lineno, 0, 0);
        if (kind != CodeUnit.Kind.MODULE) {
            loc = new Loc(lineno, lineno, 0, 0);
        }
        emit(RESUME, 0, loc);
    }

    private void setQualname() {
        if (stack.size() > 1 || (stack.size() == 1 && stack.peek().kind != CodeUnit.Kind.MODULE)) {
            CodeUnit parent = stack.peek();
            if (parent.kind == CodeUnit.Kind.TYPE_PARAMS) {
                if (stack.size() == 2) {
                    u.qualname = u.name;
                    return;
                }
                java.util.Iterator<CodeUnit> it = stack.iterator();
                it.next();
                parent = it.next();
            }
            boolean forceGlobal = false;
            if (u.kind == CodeUnit.Kind.FUNCTION || u.kind == CodeUnit.Kind.ASYNC_FUNCTION
                    || u.kind == CodeUnit.Kind.CLASS) {
                String mangled = SymbolTable.mangle(parent.privateName, u.name);
                forceGlobal = parent.ste.scope(mangled) == Scope.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                String base = parent.kind == CodeUnit.Kind.FUNCTION || parent.kind == CodeUnit.Kind.ASYNC_FUNCTION
                        || parent.kind == CodeUnit.Kind.LAMBDA ? parent.qualname + ".<locals>" : parent.qualname;
                u.qualname = base + "." + u.name;
                return;
            }
        }
        u.qualname = u.name;
    }

    /** Optimizes and assembles the current unit, then returns to its parent. */
    PyCode finishUnit(boolean addNone) {
        if (addNone) {
            emit(LOAD_CONST, addConst(PyNone.INSTANCE), Loc.NONE);
        }
        emit(RETURN_VALUE, 0, Loc.NONE);
        PyCode code = new UnitAssembler(u, filename, future.codeFlags()).assemble();
        u = stack.isEmpty() ? null : stack.pop();
        return code;
    }

    // ---- emission ----

    Instr emit(int op, int oparg, Loc loc) {
        return u.seq.add(op, oparg, loc);
    }

    Instr emit(int op, Loc loc) {
        return u.seq.add(op, 0, loc);
    }

    void jump(int op, int label, Loc loc) {
        u.seq.addJump(op, label, loc);
    }

    int newLabel() {
        return u.seq.newLabel();
    }

    void useLabel(int label) {
        u.seq.useLabel(label);
    }

    int addConst(Object value) {
        return u.consts.add(value);
    }

    void loadConst(Object value, Loc loc) {
        emit(LOAD_CONST, addConst(value), loc);
    }

    int addName(String name) {
        return CodeUnit.add(u.names, mangle(name));
    }

    String mangle(String name) {
        return SymbolTable.mangle(u.privateName, name);
    }

    /** LOAD_ATTR and friends encode flags in the low bits of their name index. */
    void emitName(int op, String name, Loc loc) {
        int arg = CodeUnit.add(u.names, mangle(name));
        switch (op) {
            case LOAD_ATTR -> emit(LOAD_ATTR, arg << 1, loc);
            case LOAD_METHOD -> emit(LOAD_ATTR, (arg << 1) | 1, loc);
            case LOAD_SUPER_ATTR -> emit(LOAD_SUPER_ATTR, (arg << 2) | 2, loc);
            case LOAD_SUPER_METHOD -> emit(LOAD_SUPER_ATTR, (arg << 2) | 3, loc);
            case LOAD_ZERO_SUPER_ATTR -> emit(LOAD_SUPER_ATTR, arg << 2, loc);
            case LOAD_ZERO_SUPER_METHOD -> emit(LOAD_SUPER_ATTR, (arg << 2) | 1, loc);
            default -> emit(op, arg, loc);
        }
    }

    static Loc loc(Pos p) {
        return Loc.of(p);
    }

    static SyntaxErrorException error(Pos p, String msg) {
        return new SyntaxErrorException(msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    // ---- names ----

    void nameop(String name, Ctx ctx, Loc loc) {
        if (ctx != Ctx.LOAD && name.equals("__debug__")) {
            throw new SyntaxErrorException(ctx == Ctx.DEL ? "cannot delete __debug__" : "cannot assign to __debug__",
                    loc.line(), loc.col() + 1, loc.endLine(), loc.endCol() + 1);
        }
        String mangled = mangle(name);
        int scope = u.ste.scope(mangled);
        enum OpType { FAST, GLOBAL, DEREF, NAME }
        OpType optype = OpType.NAME;
        java.util.Map<String, Integer> dict = u.names;
        switch (scope) {
            case Scope.FREE -> {
                dict = u.freevars;
                optype = OpType.DEREF;
            }
            case Scope.CELL -> {
                dict = u.cellvars;
                optype = OpType.DEREF;
            }
            case Scope.LOCAL -> {
                if (u.isFunctionLike() || Boolean.TRUE.equals(u.fasthidden.get(mangled))) {
                    optype = OpType.FAST;
                }
            }
            case Scope.GLOBAL_IMPLICIT -> {
                if (u.isFunctionLike()) {
                    optype = OpType.GLOBAL;
                }
            }
            case Scope.GLOBAL_EXPLICIT -> optype = OpType.GLOBAL;
            default -> { }
        }
        switch (optype) {
            case DEREF -> {
                int op;
                if (ctx == Ctx.LOAD) {
                    if (u.ste.type == Scope.Type.CLASS && u.inInlinedComp == 0) {
                        op = LOAD_FROM_DICT_OR_DEREF;
                        emit(LOAD_LOCALS, loc);
                    } else if (u.ste.canSeeClassScope) {
                        op = LOAD_FROM_DICT_OR_DEREF;
                        emit(LOAD_DEREF, CodeUnit.add(u.freevars, "__classdict__"), loc);
                    } else {
                        op = LOAD_DEREF;
                    }
                } else {
                    op = ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF;
                }
                emit(op, dict.get(mangled), loc);
            }
            case FAST -> {
                int op = ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST;
                emit(op, CodeUnit.add(u.varnames, mangled), loc);
            }
            case GLOBAL -> {
                int arg = CodeUnit.add(u.names, mangled);
                if (ctx == Ctx.LOAD) {
                    if (u.ste.canSeeClassScope && scope == Scope.GLOBAL_IMPLICIT) {
                        emit(LOAD_DEREF, CodeUnit.add(u.freevars, "__classdict__"), loc);
                        emit(LOAD_FROM_DICT_OR_GLOBALS, arg, loc);
                    } else {
                        emit(LOAD_GLOBAL, arg << 1, loc);
                    }
                } else {
                    emit(ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, arg, loc);
                }
            }
            case NAME -> {
                int arg = CodeUnit.add(u.names, mangled);
                if (ctx == Ctx.LOAD) {
                    if (u.ste.type == Scope.Type.CLASS && u.inInlinedComp > 0) {
                        emit(LOAD_GLOBAL, arg << 1, loc);
                    } else {
                        emit(LOAD_NAME, arg, loc);
                    }
                } else {
                    emit(ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, arg, loc);
                }
            }
        }
    }

    // ---- visiting ----

    void body(List<Stmt> stmts, boolean module) {
        Loc first = stmts.isEmpty() ? new Loc(u.firstlineno, u.firstlineno, 0, 0) : loc(stmts.get(0).pos());
        if (StmtGen.findAnnotations(stmts)) {
            emit(SETUP_ANNOTATIONS, u.kind == CodeUnit.Kind.MODULE ? first
                    : new Loc(u.firstlineno, u.firstlineno, 0, 0));
        }
        if (stmts.isEmpty()) {
            return;
        }
        int start = 0;
        PyStr doc = docstring(stmts);
        if (doc != null) {
            start = 1;
            Expr value = ((Stmt.ExprStmt) stmts.get(0)).value();
            loadConst(PyStr.of(Docstrings.clean(doc.value)), loc(value.pos()));
            nameop("__doc__", Ctx.STORE, Loc.NONE);
        }
        for (int i = start; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    static PyStr docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.value() instanceof PyStr s) {
            return s;
        }
        return null;
    }

    void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    void visitStmt(Stmt s) {
        enter(s.pos());
        try {
            stmts.visit(s);
        } finally {
            depth--;
        }
    }

    void visitExpr(Expr e) {
        enter(e.pos());
        try {
            exprs.visit(e);
        } finally {
            depth--;
        }
    }

    void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    private void enter(Pos p) {
        // a safety net only: the constant folder stops deeper input first, as CPython's ast_opt does
        if (++depth > MAX_NESTING) {
            throw new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.RECURSION_ERROR,
                    "maximum recursion depth exceeded during compilation", p.line(), p.col() + 1, p.endLine(),
                    p.endCol() + 1);
        }
    }

    // ---- frame blocks ----

    void pushFBlock(FBlock.Type type, int block, int exit, Object datum, Loc loc) {
        if (u.fblocks.size() >= 21) { // CPython 3.13's CO_MAXBLOCKS
            throw new SyntaxErrorException("too many statically nested blocks", loc.line(), loc.col() + 1,
                    loc.endLine(), loc.endCol() + 1);
        }
        u.fblocks.add(new FBlock(type, block, exit, datum, loc));
    }

    void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }
}
