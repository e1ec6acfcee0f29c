package dev.tiercel.frontend.symtable;

import dev.tiercel.frontend.ast.Alias;
import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.Comprehension;
import dev.tiercel.frontend.ast.ExceptHandler;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Keyword;
import dev.tiercel.frontend.ast.MatchCase;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.ast.Pattern;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.ast.TypeParam;
import dev.tiercel.frontend.ast.WithItem;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Builds the symbol table of a module (CPython's symtable.c first pass), then resolves scopes. */
public final class SymbolTable {
    public final Scope top;
    private final Map<Object, Scope> byNode = new IdentityHashMap<>();
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private String privateName;

    private SymbolTable(Scope top) {
        this.top = top;
    }

    public static SymbolTable build(Module module) {
        SymbolTable st = new SymbolTable(new Scope(Scope.Type.MODULE, "top", module, 0));
        st.cur = st.top;
        st.byNode.put(module, st.top);
        for (Stmt s : module.body()) {
            st.visitStmt(s);
        }
        new ScopeAnalyzer().analyze(st.top);
        return st;
    }

    public static SymbolTable buildExpression(Expr e, Object key) {
        SymbolTable st = new SymbolTable(new Scope(Scope.Type.MODULE, "top", key, 0));
        st.cur = st.top;
        st.byNode.put(key, st.top);
        st.visitExpr(e);
        new ScopeAnalyzer().analyze(st.top);
        return st;
    }

    /** The block created for an AST node (function, class, lambda, comprehension, type-param list). */
    public Scope lookup(Object node) {
        return byNode.get(node);
    }

    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    // ---- blocks ----

    private void enter(String name, Scope.Type type, Object node, Pos pos) {
        Scope s = new Scope(type, name, node, pos.line());
        if (cur != null && (cur.nested || cur.isFunctionLike())) {
            s.nested = true;
        }
        if (type == Scope.Type.ANNOTATION) {
            s.nested = cur.nested || cur.isFunctionLike();
        }
        cur.children.add(s);
        byNode.put(node, s);
        stack.push(cur);
        cur = s;
    }

    private void exit() {
        cur = stack.pop();
    }

    private void addDef(String name, int flag, Pos pos) {
        addDefIn(cur, name, flag, pos);
    }

    private void addDefIn(Scope ste, String name, int flag, Pos pos) {
        String mangled = mangle(privateName, name);
        int old = ste.flags(mangled);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw err(pos, "duplicate argument '" + name + "' in function definition");
        }
        if ((flag & Scope.DEF_TYPE_PARAM) != 0 && (old & Scope.DEF_TYPE_PARAM) != 0) {
            throw err(pos, "duplicate type parameter '" + name + "'");
        }
        ste.symbols.put(mangled, old | flag);
        if ((flag & Scope.DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & Scope.DEF_GLOBAL) != 0) {
            top.symbols.put(mangled, top.flags(mangled) | flag);
        }
    }

    static SyntaxErrorException err(Pos p, String msg) {
        return new SyntaxErrorException(msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    // ---- statements ----

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), Scope.DEF_LOCAL, f.pos());
                visitDefaults(f.args());
                visitExprs(f.decorators());
                if (!f.typeParams().isEmpty()) {
                    // CPython tests the defaults list for NULL, so generic functions always get ".defaults"
                    enterTypeParams(f, f.name(), f.typeParams(), true,
                            f.args().kwDefaults().stream().anyMatch(x -> x != null), f.pos());
                }
                visitAnnotations(f.args(), f.returns());
                enter(f.name(), Scope.Type.FUNCTION, f, f.pos());
                if (f.isAsync()) {
                    cur.coroutine = true;
                }
                visitParams(f.args());
                visitStmts(f.body());
                exit();
                if (!f.typeParams().isEmpty()) {
                    exit();
                }
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, c.pos());
                visitExprs(c.decorators());
                String savedPrivate = privateName;
                if (!c.typeParams().isEmpty()) {
                    privateName = c.name();
                    enterTypeParams(c, c.name(), c.typeParams(), false, false, c.pos());
                }
                visitExprs(c.bases());
                for (Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                enter(c.name(), Scope.Type.CLASS, c, c.pos());
                privateName = c.name();
                if (!c.typeParams().isEmpty()) {
                    addDef("__type_params__", Scope.DEF_LOCAL, c.pos());
                    addDef(".type_params", Scope.USE, c.pos());
                }
                visitStmts(c.body());
                exit();
                if (!c.typeParams().isEmpty()) {
                    exit();
                }
                privateName = savedPrivate;
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Stmt.TypeAlias t -> {
                visitExpr(t.name());
                // the alias name is bound in the enclosing scope
                boolean generic = !t.typeParams().isEmpty();
                if (generic) {
                    enterTypeParams(t, t.name().id(), t.typeParams(), false, false, t.pos());
                }
                enter(t.name().id(), Scope.Type.TYPE_ALIAS, t, t.pos());
                if (stack.peek() != null && stack.peek().type == Scope.Type.CLASS) {
                    cur.canSeeClassScope = true;
                    addDef("__classdict__", Scope.USE, t.value().pos());
                }
                visitExpr(t.value());
                exit();
                if (generic) {
                    exit();
                }
            }
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int f = cur.flags(mangle(privateName, n.id()));
                    if ((f & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur.symbols.containsKey(n.id())
                            && a.simple()) {
                        throw err(a.pos(), "annotated name '" + n.id() + "' can't be "
                                + ((f & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"));
                    }
                    if (a.simple()) {
                        addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.pos());
                    } else if (a.value() != null) {
                        addDef(n.id(), Scope.DEF_LOCAL, n.pos());
                    }
                } else {
                    visitExpr(a.target());
                }
                visitExpr(a.annotation());
                if (a.value() != null) {
                    visitExpr(a.value());
                }
            }
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Stmt.Match m -> {
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> {
                visitStmts(t.body());
                visitStmts(t.orelse());
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        visitExpr(h.type());
                    }
                    if (h.name() != null) {
                        addDef(h.name(), Scope.DEF_LOCAL, h.pos());
                    }
                    visitStmts(h.body());
                }
                visitStmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    visitAlias(a);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    visitAlias(a);
                }
            }
            case Stmt.Global g -> {
                for (String n : g.names()) {
                    declare(n, g.pos(), true);
                }
            }
            case Stmt.Nonlocal g -> {
                for (String n : g.names()) {
                    declare(n, g.pos(), false);
                }
            }
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    visitExpr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        visitExpr(item.optionalVars());
                    }
                }
                visitStmts(w.body());
            }
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void declare(String name, Pos pos, boolean global) {
        String mangled = mangle(privateName, name);
        int cur0 = cur.flags(mangled);
        String kw = global ? "global" : "nonlocal";
        if ((cur0 & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
            String msg;
            if ((cur0 & Scope.DEF_PARAM) != 0) {
                msg = "name '" + name + "' is parameter and " + kw;
            } else if ((cur0 & Scope.USE) != 0) {
                msg = "name '" + name + "' is used prior to " + kw + " declaration";
            } else if ((cur0 & Scope.DEF_ANNOT) != 0) {
                msg = "annotated name '" + name + "' can't be " + kw;
            } else {
                msg = "name '" + name + "' is assigned to before " + kw + " declaration";
            }
            throw err(pos, msg);
        }
        if (!global && cur.type == Scope.Type.MODULE) {
            throw err(pos, "nonlocal declaration not allowed at module level");
        }
        addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, pos);
        cur.directives.putIfAbsent(mangled, pos);
    }

    private void visitAlias(Alias a) {
        String store = a.asname() != null ? a.asname() : a.name();
        int dot = store.indexOf('.');
        if (dot >= 0) {
            store = store.substring(0, dot);
        }
        if (a.name().equals("*")) {
            if (cur.type != Scope.Type.MODULE) {
                throw err(a.pos(), "import * only allowed at module level");
            }
            return;
        }
        addDef(store, Scope.DEF_IMPORT, a.pos());
    }

    private void enterTypeParams(Object node, String name, List<TypeParam> params, boolean hasDefaults,
            boolean hasKwDefaults, Pos pos) {
        Scope parent = cur;
        enter("<generic parameters of " + name + ">", Scope.Type.TYPE_PARAMETERS, params, pos);
        if (parent.type == Scope.Type.CLASS || parent.canSeeClassScope) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", Scope.USE, pos);
        }
        if (node instanceof Stmt.ClassDef) {
            // set when the type-params tuple is made, used when the bases are built
            addDef(".type_params", Scope.DEF_LOCAL, pos);
            addDef(".type_params", Scope.USE, pos);
            addDef(".generic_base", Scope.DEF_LOCAL, pos);
            addDef(".generic_base", Scope.USE, pos);
        }
        if (hasDefaults) {
            addDef(".defaults", Scope.DEF_PARAM, pos);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", Scope.DEF_PARAM, pos);
        }
        for (TypeParam tp : params) {
            addDef(tp.name(), Scope.DEF_TYPE_PARAM | Scope.DEF_LOCAL, tp.pos());
            Expr bound = tp instanceof TypeParam.TypeVar tv ? tv.bound() : null;
            Expr dflt = switch (tp) {
                case TypeParam.TypeVar tv -> tv.defaultValue();
                case TypeParam.ParamSpec ps -> ps.defaultValue();
                case TypeParam.TypeVarTuple tt -> tt.defaultValue();
            };
            if (bound != null) {
                visitTypeVarBound(bound, tp.name(), bound);
            }
            if (dflt != null) {
                visitTypeVarBound(dflt, tp.name(), dflt);
            }
        }
    }

    private void visitTypeVarBound(Expr e, String name, Object key) {
        boolean classScope = cur.canSeeClassScope;
        enter(name, Scope.Type.TYPE_VARIABLE_BOUND, key, e.pos());
        if (classScope) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", Scope.USE, e.pos());
        }
        visitExpr(e);
        exit();
    }

    private void visitDefaults(Arguments a) {
        visitExprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitAnnotations(Arguments a, Expr returns) {
        for (Arg arg : a.posonlyargs()) {
            visitAnnotation(arg.annotation());
        }
        for (Arg arg : a.args()) {
            visitAnnotation(arg.annotation());
        }
        if (a.vararg() != null) {
            visitAnnotation(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitAnnotation(a.kwarg().annotation());
        }
        for (Arg arg : a.kwonlyargs()) {
            visitAnnotation(arg.annotation());
        }
        visitAnnotation(returns);
    }

    private void visitAnnotation(Expr e) {
        if (e != null) {
            visitExpr(e);
        }
    }

    private void visitParams(Arguments a) {
        for (Arg arg : a.posonlyargs()) {
            addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
        }
        for (Arg arg : a.args()) {
            addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
        }
        for (Arg arg : a.kwonlyargs()) {
            addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    // ---- expressions ----

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitExpr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                notInAnnotationScope("named expression", e);
                handleNamedExpr(n);
            }
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitDefaults(l.args());
                enter("lambda", Scope.Type.FUNCTION, l, l.pos());
                visitParams(l.args());
                visitExpr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int k = 0; k < d.values().size(); k++) {
                    if (d.keys().get(k) != null) {
                        visitExpr(d.keys().get(k));
                    }
                    visitExpr(d.values().get(k));
                }
            }
            case Expr.Set s -> visitExprs(s.elts());
            case Expr.ListComp c -> comprehension(e, "listcomp", c.generators(), c.elt(), null,
                    Scope.Comprehension.LIST);
            case Expr.SetComp c -> comprehension(e, "setcomp", c.generators(), c.elt(), null,
                    Scope.Comprehension.SET);
            case Expr.DictComp c -> comprehension(e, "dictcomp", c.generators(), c.key(), c.value(),
                    Scope.Comprehension.DICT);
            case Expr.GeneratorExp c -> comprehension(e, "genexpr", c.generators(), c.elt(), null,
                    Scope.Comprehension.GENERATOR);
            case Expr.Await a -> {
                notInAnnotationScope("await expression", e);
                visitExpr(a.value());
                cur.coroutine = true;
            }
            case Expr.Yield y -> {
                notInAnnotationScope("yield expression", e);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
                markGenerator(e);
            }
            case Expr.YieldFrom y -> {
                notInAnnotationScope("yield expression", e);
                visitExpr(y.value());
                markGenerator(e);
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
            case Expr.Name n -> {
                int flag = switch (n.ctx()) {
                    case LOAD -> Scope.USE;
                    case STORE, DEL -> Scope.DEF_LOCAL;
                };
                addDef(n.id(), flag, n.pos());
                if (cur.compIterTarget && n.ctx() != dev.tiercel.frontend.ast.Ctx.LOAD) {
                    cur.symbols.put(mangle(privateName, n.id()), cur.flags(mangle(privateName, n.id()))
                            | Scope.DEF_COMP_ITER);
                }
                if (n.ctx() == dev.tiercel.frontend.ast.Ctx.LOAD && cur.isFunctionLike()
                        && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n.pos());
                }
            }
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
        }
    }

    /** symtable_raise_if_annotation_block: what the scopes of PEP 695 (and lazy annotations) cannot contain. */
    private void notInAnnotationScope(String what, Expr e) {
        String where = switch (cur.type) {
            case ANNOTATION -> "an annotation";
            case TYPE_VARIABLE_BOUND -> "a TypeVar bound";
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw err(e.pos(), what + " cannot be used within " + where);
        }
    }

    private void markGenerator(Expr e) {
        if (cur.comprehension != Scope.Comprehension.NONE) {
            String kind = switch (cur.comprehension) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw err(e.pos(), "'yield' inside " + kind);
        }
        if (cur.type == Scope.Type.MODULE || cur.type == Scope.Type.CLASS) {
            throw err(e.pos(), e instanceof Expr.YieldFrom ? "'yield from' outside function"
                    : "'yield' outside function");
        }
        cur.generator = true;
    }

    private void handleNamedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw err(n.pos(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur.comprehension != Scope.Comprehension.NONE) {
            extendNamedExprScope((Expr.Name) n.target());
            visitExpr(n.value());
            return;
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /** A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = mangle(privateName, target.id());
        if (cur.compIterTarget || (cur.flags(name) & Scope.DEF_COMP_ITER) != 0) {
            throw err(target.pos(), "assignment expression cannot rebind comprehension iteration variable '"
                    + name + "'");
        }
        for (Scope s : stack) {
            // stack iterates from innermost parent outwards
            if (s.comprehension != Scope.Comprehension.NONE) {
                if ((s.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                    throw err(target.pos(), "assignment expression cannot rebind comprehension iteration "
                            + "variable '" + name + "'");
                }
                continue;
            }
            if (s.isFunctionLike()) {
                int f = s.flags(name);
                if ((f & Scope.DEF_GLOBAL) != 0) {
                    addDef(name, Scope.DEF_GLOBAL, target.pos());
                } else {
                    addDef(name, Scope.DEF_NONLOCAL, target.pos());
                }
                addDefIn(s, name, Scope.DEF_LOCAL, target.pos());
                return;
            }
            if (s.type == Scope.Type.MODULE) {
                addDef(name, Scope.DEF_GLOBAL, target.pos());
                addDefIn(s, name, Scope.DEF_GLOBAL, target.pos());
                return;
            }
            if (s.type == Scope.Type.CLASS) {
                throw err(target.pos(), "assignment expression within a comprehension cannot be used in a "
                        + "class body");
            }
        }
    }

    private void comprehension(Expr e, String name, List<Comprehension> gens, Expr elt, Expr value,
            Scope.Comprehension kind) {
        Comprehension outermost = gens.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enter(name, Scope.Type.FUNCTION, e, e.pos());
        cur.comprehension = kind;
        if (outermost.isAsync()) {
            cur.coroutine = true;
        }
        addDef(".0", Scope.DEF_PARAM, e.pos());
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            cur.compIterTarget = true;
            visitExpr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(c.iter());
            cur.compIterExpr--;
            visitExprs(c.ifs());
            if (c.isAsync()) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exit();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    // ---- patterns ----

    private void visitPattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::visitPattern);
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), Scope.DEF_LOCAL, s.pos());
                }
            }
            case Pattern.MatchMapping m -> {
                visitExprs(m.keys());
                m.patterns().forEach(this::visitPattern);
                if (m.rest() != null) {
                    addDef(m.rest(), Scope.DEF_LOCAL, m.pos());
                }
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                c.patterns().forEach(this::visitPattern);
                c.kwdPatterns().forEach(this::visitPattern);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), Scope.DEF_LOCAL, a.pos());
                }
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::visitPattern);
        }
    }
}
