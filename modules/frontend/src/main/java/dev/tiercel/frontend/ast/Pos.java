package dev.tiercel.frontend.ast;

/** A node's source span: 1-based lines, 0-based UTF-8 byte columns, as in CPython's AST. */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(-1, -1, -1, -1);

    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
