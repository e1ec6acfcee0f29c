package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Alias;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.runtime.object.PyStr;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__} imports at the top of a module (CPython's future.c): which features are on, and
 * where the leading future imports end, so a later one is reported as misplaced. Checked before the symbol table,
 * as CPython does.
 */
final class FutureFeatures {
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    static final FutureFeatures NONE = new FutureFeatures(false, null);

    /** {@code from __future__ import annotations}: annotations are compiled as strings (PEP 563). */
    final boolean annotations;
    /** The position of the last leading future import, or null if there is none. */
    private final Pos end;

    private FutureFeatures(boolean annotations, Pos end) {
        this.annotations = annotations;
        this.end = end;
    }

    static FutureFeatures of(Module m) {
        List<Stmt> body = m.body();
        int i = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof PyStr ? 1 : 0;
        boolean annotations = false;
        Pos end = null;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f && isFuture(f))) {
                break;
            }
            for (Alias a : f.names()) {
                check(a.name(), f.pos());
                annotations |= a.name().equals("annotations");
            }
            end = f.pos();
        }
        return new FutureFeatures(annotations, end);
    }

    /** CPython's CO_FUTURE_ANNOTATIONS: set on every code object compiled under the annotations future. */
    static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    int codeFlags() {
        return annotations ? CO_FUTURE_ANNOTATIONS : 0;
    }

    static boolean isFuture(Stmt.ImportFrom f) {
        return f.level() == 0 && "__future__".equals(f.module());
    }

    private static void check(String feature, Pos at) {
        if (feature.equals("braces")) {
            throw error(at, "not a chance");
        }
        if (!KNOWN.contains(feature)) {
            throw error(at, "future feature " + feature + " is not defined");
        }
    }

    /** CPython reports feature errors at the statement's start column, without an end. */
    private static SyntaxErrorException error(Pos at, String msg) {
        return new SyntaxErrorException(msg, at.line(), at.col() + 1, at.line(), 0);
    }

    /** A future import after the leading ones (or in a nested scope) is an error at compile time. */
    void checkPlacement(Stmt.ImportFrom f) {
        if (!isFuture(f)) {
            return;
        }
        Pos p = f.pos();
        boolean after = end == null || p.line() > end.line() || p.line() == end.line() && p.col() > end.col();
        if (after) {
            throw CodeGen.error(p, "from __future__ imports must occur at the beginning of the file");
        }
    }
}
