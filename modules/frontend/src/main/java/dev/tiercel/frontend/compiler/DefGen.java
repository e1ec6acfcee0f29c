package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.ast.TypeParam;
import dev.tiercel.frontend.symtable.Scope;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.util.List;

/** Function, lambda, class and type-alias definitions, closures and decorators. */
final class DefGen {
    static final int MAKE_FUNCTION_DEFAULTS = 1, MAKE_FUNCTION_KWDEFAULTS = 2, MAKE_FUNCTION_ANNOTATIONS = 4,
            MAKE_FUNCTION_CLOSURE = 8;

    private final CodeGen c;

    DefGen(CodeGen c) {
        this.c = c;
    }

    void function(Stmt.FunctionDef s) {
        c.visitExprs(s.decorators());
        int firstlineno = s.decorators().isEmpty() ? s.pos().line() : s.decorators().get(0).pos().line();
        Loc loc = CodeGen.loc(s.pos());
        boolean generic = !s.typeParams().isEmpty();
        int funcflags = defaultArguments(loc, s.args());
        int numTypeparamArgs = 0;
        if (generic) {
            if ((funcflags & MAKE_FUNCTION_DEFAULTS) != 0) {
                numTypeparamArgs++;
            }
            if ((funcflags & MAKE_FUNCTION_KWDEFAULTS) != 0) {
                numTypeparamArgs++;
            }
            if (numTypeparamArgs == 2) {
                c.emit(SWAP, 2, loc);
            }
            c.enterScope("<generic parameters of " + s.name() + ">", CodeUnit.Kind.TYPE_PARAMS, s.typeParams(),
                    firstlineno, null);
            typeParams(s.typeParams());
            for (int i = 0; i < numTypeparamArgs; i++) {
                c.emit(LOAD_FAST, i, loc);
            }
        }
        if (annotations(loc, s.args(), s.returns())) {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        functionBody(s, funcflags, firstlineno);
        if (generic) {
            c.emit(SWAP, 2, loc);
            c.emit(CALL_INTRINSIC_2, 4, loc); // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
            c.u.argcount = numTypeparamArgs;
            PyCode co = c.finishUnit(false);
            makeClosure(loc, co, 0);
            if (numTypeparamArgs > 0) {
                c.emit(SWAP, numTypeparamArgs + 1, loc);
                c.emit(CALL, numTypeparamArgs - 1, loc);
            } else {
                c.emit(PUSH_NULL, loc);
                c.emit(CALL, 0, loc);
            }
        }
        applyDecorators(s.decorators());
        c.nameop(s.name(), Ctx.STORE, loc);
    }

    private void functionBody(Stmt.FunctionDef s, int funcflags, int firstlineno) {
        CodeUnit.Kind kind = s.isAsync() ? CodeUnit.Kind.ASYNC_FUNCTION : CodeUnit.Kind.FUNCTION;
        c.enterScope(s.name(), kind, s, firstlineno, null);
        c.u.argcount = s.args().args().size();
        c.u.posonlyargcount = s.args().posonlyargs().size();
        c.u.kwonlyargcount = s.args().kwonlyargs().size();
        PyStr doc = CodeGen.docstring(s.body());
        int first = 0;
        if (doc != null) {
            first = 1;
            c.addConst(PyStr.of(Docstrings.clean(doc.value)));
        } else {
            c.addConst(PyNone.INSTANCE);
        }
        Scope ste = c.u.ste;
        boolean stopIteration = ste.coroutine || ste.generator;
        if (stopIteration) {
            c.pushFBlock(FBlock.Type.STOP_ITERATION, -1, -1, null, Loc.NONE);
        }
        for (int i = first; i < s.body().size(); i++) {
            c.visitStmt(s.body().get(i));
        }
        if (stopIteration) {
            wrapInStopIterationHandler();
            c.popFBlock();
        }
        PyCode co = c.finishUnit(true);
        makeClosure(CodeGen.loc(s.pos()), co, funcflags);
    }

    /** Generators and coroutines turn an escaping StopIteration into RuntimeError. */
    void wrapInStopIterationHandler() {
        int handler = c.newLabel();
        InstrSequence seq = c.u.seq;
        int resume = 0;
        while (seq.instrs.get(resume).opcode != RESUME) {
            resume++;
        }
        Instr setup = new Instr(SETUP_CLEANUP, 0, Loc.NONE);
        setup.label = handler;
        seq.insert(resume, setup);
        c.loadConst(PyNone.INSTANCE, Loc.NONE);
        c.emit(RETURN_VALUE, Loc.NONE);
        c.useLabel(handler);
        c.emit(CALL_INTRINSIC_1, 3, Loc.NONE); // INTRINSIC_STOPITERATION_ERROR
        c.emit(RERAISE, 1, Loc.NONE);
    }

    private int defaultArguments(Loc loc, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            c.visitExprs(args.defaults());
            c.emit(BUILD_TUPLE, args.defaults().size(), loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        List<PyObject> keys = new java.util.ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr dflt = args.kwDefaults().get(i);
            if (dflt != null) {
                keys.add(PyStr.of(c.mangle(args.kwonlyargs().get(i).arg())));
                c.visitExpr(dflt);
            }
        }
        if (!keys.isEmpty()) {
            c.loadConst(new PyTuple(keys.toArray(new PyObject[0])), loc);
            c.emit(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    private boolean annotations(Loc loc, Arguments args, Expr returns) {
        int[] len = {0};
        for (Arg a : args.args()) {
            annotation(a.arg(), a.annotation(), len, loc);
        }
        for (Arg a : args.posonlyargs()) {
            annotation(a.arg(), a.annotation(), len, loc);
        }
        if (args.vararg() != null) {
            annotation(args.vararg().arg(), args.vararg().annotation(), len, loc);
        }
        for (Arg a : args.kwonlyargs()) {
            annotation(a.arg(), a.annotation(), len, loc);
        }
        if (args.kwarg() != null) {
            annotation(args.kwarg().arg(), args.kwarg().annotation(), len, loc);
        }
        annotation("return", returns, len, loc);
        if (len[0] > 0) {
            c.emit(BUILD_TUPLE, len[0], loc);
            return true;
        }
        return false;
    }

    private void annotation(String id, Expr ann, int[] len, Loc loc) {
        if (ann == null) {
            return;
        }
        c.loadConst(PyStr.of(c.mangle(id)), loc);
        if (ann instanceof Expr.Starred s) {
            c.visitExpr(s.value());
            c.emit(UNPACK_SEQUENCE, 1, loc);
        } else {
            c.visitExpr(ann);
        }
        len[0] += 2;
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            c.emit(CALL, 0, CodeGen.loc(decorators.get(i).pos()));
        }
    }

    void makeClosure(Loc loc, PyCode co, int flags) {
        String[] free = co.freevars();
        if (free.length > 0) {
            for (String name : free) {
                int reftype = refType(name);
                Integer arg = reftype == Scope.CELL ? c.u.cellvars.get(name) : c.u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_make_closure: cannot find '" + name + "' in "
                            + c.u.name);
                }
                c.emit(LOAD_CLOSURE, arg, loc);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            c.emit(BUILD_TUPLE, free.length, loc);
        }
        c.loadConst(co, loc);
        c.emit(MAKE_FUNCTION, loc);
        for (int bit : new int[] {MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_KWDEFAULTS,
            MAKE_FUNCTION_DEFAULTS}) {
            if ((flags & bit) != 0) {
                c.emit(SET_FUNCTION_ATTRIBUTE, bit, loc);
            }
        }
    }

    private int refType(String name) {
        if (c.u.ste.type == Scope.Type.CLASS
                && ((name.equals("__class__") && c.u.ste.needsClassClosure)
                || (name.equals("__classdict__") && c.u.ste.needsClassdict))) {
            return Scope.CELL;
        }
        return c.u.ste.scope(name);
    }

    void lambda(Expr.Lambda e) {
        Loc loc = CodeGen.loc(e.pos());
        int funcflags = defaultArguments(loc, e.args());
        c.enterScope("<lambda>", CodeUnit.Kind.LAMBDA, e, e.pos().line(), null);
        c.u.argcount = e.args().args().size();
        c.u.posonlyargcount = e.args().posonlyargs().size();
        c.u.kwonlyargcount = e.args().kwonlyargs().size();
        c.addConst(PyNone.INSTANCE);
        c.visitExpr(e.body());
        PyCode co;
        if (c.u.ste.generator) {
            co = c.finishUnit(false);
        } else {
            c.emit(RETURN_VALUE, CodeGen.loc(e.body().pos()));
            co = c.finishUnit(true);
        }
        makeClosure(loc, co, funcflags);
    }

    void classDef(Stmt.ClassDef s) {
        c.visitExprs(s.decorators());
        int firstlineno = s.decorators().isEmpty() ? s.pos().line() : s.decorators().get(0).pos().line();
        Loc loc = CodeGen.loc(s.pos());
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            c.enterScope("<generic parameters of " + s.name() + ">", CodeUnit.Kind.TYPE_PARAMS, s.typeParams(),
                    firstlineno, s.name());
            typeParams(s.typeParams());
            c.nameop(".type_params", Ctx.STORE, loc);
        }
        classBody(s, firstlineno);
        if (generic) {
            c.nameop(".type_params", Ctx.LOAD, loc);
            c.emit(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            c.nameop(".generic_base", Ctx.STORE, loc);
            List<Expr> bases = new java.util.ArrayList<>(s.bases());
            bases.add(new Expr.Name(s.pos(), ".generic_base", Ctx.LOAD));
            c.exprs.callHelper(loc, 2, bases, s.keywords());
            PyCode co = c.finishUnit(false);
            makeClosure(loc, co, 0);
            c.emit(PUSH_NULL, loc);
            c.emit(CALL, 0, loc);
        } else {
            c.exprs.callHelper(loc, 2, s.bases(), s.keywords());
        }
        applyDecorators(s.decorators());
        c.nameop(s.name(), Ctx.STORE, loc);
    }

    private void classBody(Stmt.ClassDef s, int firstlineno) {
        c.enterScope(s.name(), CodeUnit.Kind.CLASS, s, firstlineno, s.name());
        Loc loc = new Loc(firstlineno, firstlineno, 0, 0);
        c.nameop("__name__", Ctx.LOAD, loc);
        c.nameop("__module__", Ctx.STORE, loc);
        c.loadConst(PyStr.of(c.u.qualname), loc);
        c.nameop("__qualname__", Ctx.STORE, loc);
        c.loadConst(PyInt.of(c.u.firstlineno), loc);
        c.nameop("__firstlineno__", Ctx.STORE, loc);
        if (!s.typeParams().isEmpty()) {
            c.nameop(".type_params", Ctx.LOAD, loc);
            c.nameop("__type_params__", Ctx.STORE, loc);
        }
        if (c.u.ste.needsClassdict) {
            c.emit(LOAD_LOCALS, loc);
            c.emit(STORE_DEREF, c.u.cellvars.get("__classdict__"), loc);
        }
        c.body(s.body(), false);
        PyObject[] attrs = c.u.staticAttributes.stream().map(PyStr::of).toArray(PyObject[]::new);
        c.loadConst(new PyTuple(attrs), Loc.NONE);
        c.nameop("__static_attributes__", Ctx.STORE, Loc.NONE);
        if (c.u.ste.needsClassdict) {
            c.emit(LOAD_CLOSURE, c.u.cellvars.get("__classdict__"), Loc.NONE);
            c.nameop("__classdictcell__", Ctx.STORE, Loc.NONE);
        }
        if (c.u.ste.needsClassClosure) {
            c.emit(LOAD_CLOSURE, c.u.cellvars.get("__class__"), Loc.NONE);
            c.emit(COPY, 1, Loc.NONE);
            c.nameop("__classcell__", Ctx.STORE, Loc.NONE);
        } else {
            c.loadConst(PyNone.INSTANCE, Loc.NONE);
        }
        c.emit(RETURN_VALUE, Loc.NONE);
        PyCode co = c.finishUnit(true);
        Loc sloc = CodeGen.loc(s.pos());
        c.emit(LOAD_BUILD_CLASS, sloc);
        c.emit(PUSH_NULL, sloc);
        makeClosure(sloc, co, 0);
        c.loadConst(PyStr.of(s.name()), sloc);
    }

    static final int INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8, INTRINSIC_TYPEVARTUPLE = 9,
            INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;
    static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3,
            INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    /** Creates the TypeVar/ParamSpec/TypeVarTuple objects of a PEP 695 parameter list and leaves their tuple. */
    private void typeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            Loc loc = CodeGen.loc(tp.pos());
            c.loadConst(PyStr.of(tp.name()), loc);
            Expr dflt;
            switch (tp) {
                case TypeParam.TypeVar tv -> {
                    if (tv.bound() != null) {
                        boundOrDefault(tv.bound(), tv.name(), false);
                        c.emit(CALL_INTRINSIC_2, tv.bound() instanceof Expr.Tuple
                                ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        c.emit(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    dflt = tv.defaultValue();
                }
                case TypeParam.TypeVarTuple tt -> {
                    c.emit(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    dflt = tt.defaultValue();
                }
                case TypeParam.ParamSpec ps -> {
                    c.emit(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    dflt = ps.defaultValue();
                }
            }
            if (dflt != null) {
                seenDefault = true;
                boundOrDefault(dflt, tp.name(), tp instanceof TypeParam.TypeVarTuple);
                c.emit(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
            } else if (seenDefault) {
                throw CodeGen.error(tp.pos(), "non-default type parameter '" + tp.name()
                        + "' follows default type parameter");
            }
            c.emit(COPY, 1, loc);
            c.nameop(tp.name(), Ctx.STORE, loc);
        }
        c.emit(BUILD_TUPLE, params.size(), CodeGen.loc(params.get(0).pos()));
    }

    /** A lazily evaluated bound or default: its own little code object, turned into a closure. */
    private void boundOrDefault(Expr e, String name, boolean allowStarred) {
        c.enterScope(name, CodeUnit.Kind.TYPE_PARAMS, e, e.pos().line(), null);
        if (allowStarred && e instanceof Expr.Starred st) {
            c.visitExpr(st.value());
            c.emit(UNPACK_SEQUENCE, 1, CodeGen.loc(e.pos()));
        } else {
            c.visitExpr(e);
        }
        c.emit(RETURN_VALUE, CodeGen.loc(e.pos()));
        PyCode co = c.finishUnit(true);
        makeClosure(CodeGen.loc(e.pos()), co, 0);
    }

    void typeAlias(Stmt.TypeAlias t) {
        Loc loc = CodeGen.loc(t.pos());
        String name = t.name().id();
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            c.enterScope("<generic parameters of " + name + ">", CodeUnit.Kind.TYPE_PARAMS, t.typeParams(),
                    t.pos().line(), null);
            c.loadConst(PyStr.of(name), loc);
            typeParams(t.typeParams());
        } else {
            c.loadConst(PyStr.of(name), loc);
            c.loadConst(PyNone.INSTANCE, loc);
        }
        c.enterScope(name, CodeUnit.Kind.FUNCTION, t, t.pos().line(), null);
        c.addConst(PyNone.INSTANCE);
        c.visitExpr(t.value());
        c.emit(RETURN_VALUE, loc);
        PyCode body = c.finishUnit(false);
        makeClosure(loc, body, 0);
        c.emit(BUILD_TUPLE, 3, loc);
        c.emit(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            PyCode co = c.finishUnit(false);
            makeClosure(loc, co, 0);
            c.emit(PUSH_NULL, loc);
            c.emit(CALL, 0, loc);
        }
        c.nameop(name, Ctx.STORE, loc);
    }
}
