package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.symtable.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The compile state of one code object being generated (CPython's compiler_unit). */
final class CodeUnit {
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS, ANNOTATIONS }

    final Kind kind;
    final Scope ste;
    final String name;
    String qualname;
    final String privateName;
    final int firstlineno;
    final InstrSequence seq = new InstrSequence();
    final ConstPool consts = new ConstPool();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    /** Names compiled as fast locals in a non-function scope (inlined comprehensions); value = active now. */
    final Map<String, Boolean> fasthidden = new LinkedHashMap<>();
    final List<FBlock> fblocks = new ArrayList<>();
    final TreeSet<String> staticAttributes = new TreeSet<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int inInlinedComp;

    CodeUnit(Kind kind, Scope ste, String name, String privateName, int firstlineno) {
        this.kind = kind;
        this.ste = ste;
        this.name = name;
        this.privateName = privateName;
        this.firstlineno = firstlineno;
        for (String v : ste.varnames) {
            varnames.putIfAbsent(v, varnames.size());
        }
        List<String> cells = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ste.scopes.entrySet()) {
            if (e.getValue() == Scope.CELL || (ste.flags(e.getKey()) & Scope.DEF_COMP_CELL) != 0) {
                cells.add(e.getKey());
            }
        }
        cells.sort(null);
        if (ste.needsClassClosure) {
            cells.add("__class__");
        }
        if (ste.needsClassdict) {
            cells.add("__classdict__");
        }
        for (String c : cells) {
            cellvars.put(c, cellvars.size());
        }
        List<String> frees = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ste.scopes.entrySet()) {
            int flags = ste.flags(e.getKey());
            if (e.getValue() == Scope.FREE || (flags & Scope.DEF_FREE_CLASS) != 0) {
                frees.add(e.getKey());
            }
        }
        frees.sort(null);
        for (String f : frees) {
            freevars.put(f, cellvars.size() + freevars.size());
        }
    }

    static int add(Map<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i != null) {
            return i;
        }
        dict.put(name, dict.size());
        return dict.size() - 1;
    }

    boolean isFunctionLike() {
        return ste.isFunctionLike();
    }
}
