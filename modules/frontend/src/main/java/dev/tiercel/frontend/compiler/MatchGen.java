package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Stmt;

/** Match statements (PEP 634). */
final class MatchGen {
    private final CodeGen c;

    MatchGen(CodeGen c) {
        this.c = c;
    }

    void match(Stmt.Match m) {
        throw CodeGen.error(m.pos(), "match statements are not supported yet");
    }
}
