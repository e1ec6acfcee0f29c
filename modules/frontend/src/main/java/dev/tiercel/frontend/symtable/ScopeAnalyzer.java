package dev.tiercel.frontend.symtable;

import dev.tiercel.frontend.lexer.SyntaxErrorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves every name to LOCAL/CELL/FREE/GLOBAL_* and inlines comprehensions (CPython's analyze_block). */
final class ScopeAnalyzer {

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = ste.scopes;
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();
        if (ste.type == Scope.Type.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != Scope.Type.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }
        for (Scope entry : ste.children) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == Scope.Type.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            boolean inline = entry.comprehension != Scope.Comprehension.NONE && !entry.generator
                    && !ste.canSeeClassScope;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), newClassEntry);
            if (inline) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
        }
        // splice the children of inlined comprehensions into our children
        List<Scope> spliced = new ArrayList<>();
        for (Scope c : ste.children) {
            if (c.compInlined) {
                spliced.addAll(c.children);
            } else {
                spliced.add(c);
            }
        }
        ste.children.clear();
        ste.children.addAll(spliced);
        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == Scope.Type.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
            if (newFree.remove("__classdict__")) {
                ste.needsClassdict = true;
            }
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells,
                ste.type == Scope.Type.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private static void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags,
            Set<String> bound, Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
            Scope classEntry) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", ste, name);
            }
            scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", ste, name);
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", ste, name);
            }
            if (typeParams.contains(name)) {
                throw error("nonlocal binding not allowed for type parameter '" + name + "'", ste, name);
            }
            scopes.put(name, Scope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & Scope.DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & Scope.DEF_GLOBAL) != 0) {
                scopes.put(name, Scope.GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & Scope.DEF_BOUND) != 0 && (classFlags & Scope.DEF_NONLOCAL) == 0) {
                scopes.put(name, Scope.GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, Scope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != Scope.LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(Scope.CELL);
            free.remove(name);
        }
    }

    private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
            Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            if (inlinedCells.contains(e.getKey())) {
                e.setValue(e.getValue() | Scope.DEF_COMP_CELL);
            }
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (classFlag) {
                    ste.symbols.put(name, v | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, 0);
            scopes.put(name, Scope.FREE);
        }
    }

    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
            Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & Scope.DEF_PARAM) != 0) {
                continue;
            }
            int scope = comp.scope(k);
            if (scope == Scope.CELL || (compFlags & Scope.DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            if (scope == Scope.FREE && ste.type == Scope.Type.CLASS && k.equals("__class__")) {
                scope = Scope.GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, compFlags);
                scopes.put(k, scope);
            } else {
                if ((existing & Scope.DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k)
                        && ste.type != Scope.Type.CLASS) {
                    compFree.remove(k);
                }
            }
        }
        comp.compInlined = true;
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
            comp.scopes.remove("__class__");
        }
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope child : entry.children) {
            if (child.scope(key) == Scope.FREE) {
                return true;
            }
        }
        return false;
    }

    private static SyntaxErrorException error(String msg, Scope ste, String name) {
        dev.tiercel.frontend.ast.Pos p = ste.directives.get(name);
        if (p != null) {
            return new SyntaxErrorException(msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
        }
        return new SyntaxErrorException(msg, ste.lineno, 0, ste.lineno, 0);
    }
}
