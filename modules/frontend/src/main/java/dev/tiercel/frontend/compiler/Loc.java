package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Pos;

/** An instruction's source location; -1 fields mean "none", as CPython's NO_LOCATION. */
public record Loc(int line, int endLine, int col, int endCol) {
    public static final Loc NONE = new Loc(-1, -1, -1, -1);

    public static Loc of(Pos p) {
        return new Loc(p.line(), p.endLine(), p.col(), p.endCol());
    }

    public boolean hasLine() {
        return line >= 0;
    }
}
