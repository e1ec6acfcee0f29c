package dev.tiercel.frontend.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One symbol-table block (CPython's PySTEntryObject): a module, class, function/lambda/comprehension, ... */
public final class Scope {
    public enum Type { MODULE, CLASS, FUNCTION, ANNOTATION, TYPE_ALIAS, TYPE_PARAMETERS, TYPE_VARIABLE_BOUND }

    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    // symbol flags, as in CPython
    public static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE_CLASS = 32, DEF_IMPORT = 64, DEF_ANNOT = 128, DEF_COMP_ITER = 256, DEF_TYPE_PARAM = 512,
            DEF_COMP_CELL = 1024;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    // scopes
    public static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    public final Type type;
    public final String name;
    public final Object node;
    public final int lineno;
    /** Symbol flags by name, in first-seen order. */
    public final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Resolved scope by name, filled by analysis. */
    public final Map<String, Integer> scopes = new LinkedHashMap<>();
    /** Parameters, in order. */
    public final List<String> varnames = new ArrayList<>();
    public final List<Scope> children = new ArrayList<>();
    /** Where each global/nonlocal declaration is, for error locations. */
    public final Map<String, dev.tiercel.frontend.ast.Pos> directives = new LinkedHashMap<>();
    public boolean nested;
    public boolean generator;
    public boolean coroutine;
    public Comprehension comprehension = Comprehension.NONE;
    public boolean varargs;
    public boolean varkeywords;
    public boolean returnsValue;
    public boolean needsClassClosure;
    public boolean needsClassdict;
    public boolean compInlined;
    public boolean canSeeClassScope;
    public boolean compIterTarget;
    public int compIterExpr;
    public boolean hasFree;
    public boolean childFree;

    Scope(Type type, String name, Object node, int lineno) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.lineno = lineno;
    }

    public boolean isFunctionLike() {
        return type == Type.FUNCTION || type == Type.ANNOTATION || type == Type.TYPE_VARIABLE_BOUND
                || type == Type.TYPE_ALIAS || type == Type.TYPE_PARAMETERS;
    }

    public int flags(String name) {
        return symbols.getOrDefault(name, 0);
    }

    /** The resolved scope of a name, or 0 if the name is unknown here. */
    public int scope(String name) {
        return scopes.getOrDefault(name, 0);
    }

    @Override
    public String toString() {
        return type + " " + name + " " + symbols + " " + scopes;
    }
}
