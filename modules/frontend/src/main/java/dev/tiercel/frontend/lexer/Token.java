package dev.tiercel.frontend.lexer;

/**
 * One token. Lines are 1-based; {@code col}/{@code endCol} are UTF-8 byte offsets within the line (what CPython
 * puts in AST nodes and location tables).
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol) {

    public boolean is(String op) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col;
    }
}
