package dev.tiercel.frontend.lexer;

import dev.tiercel.runtime.spi.CompileError;

/**
 * A syntax error raised inside the frontend's passes; unchecked so recursive code stays simple, turned into the
 * SPI's {@link CompileError} at the frontend's boundary. Columns are 1-based character offsets, 0 if unknown.
 */
public final class SyntaxErrorException extends RuntimeException {
    private final CompileError.Kind kind;
    private final int line, col, endLine, endCol;
    /** Where CPython takes the error's source line from (see {@link TextSource}). */
    private final TextSource textSource;

    /** CPython's SyntaxError.text: the line with its newline, without it (tokenizer errors), or the file's line. */
    public enum TextSource { PARSER, TOKENIZER, FILE }

    public SyntaxErrorException(String msg, int line, int col, int endLine, int endCol) {
        this(CompileError.Kind.SYNTAX_ERROR, msg, line, col, endLine, endCol);
    }

    public SyntaxErrorException(CompileError.Kind kind, String msg, int line, int col, int endLine, int endCol) {
        this(kind, msg, line, col, endLine, endCol, TextSource.PARSER);
    }

    private SyntaxErrorException(CompileError.Kind kind, String msg, int line, int col, int endLine, int endCol,
            TextSource textSource) {
        super(msg, null, false, false);
        this.textSource = textSource;
        this.kind = kind;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    /** The same error, with its source line taken as {@code source} says. */
    public SyntaxErrorException withTextFrom(TextSource source) {
        return new SyntaxErrorException(kind, getMessage(), line, col, endLine, endCol, source);
    }

    public TextSource textSource() { return textSource; }
    public CompileError.Kind kind() { return kind; }
    public int line() { return line; }
    public int col() { return col; }
    public int endLine() { return endLine; }
    public int endCol() { return endCol; }
}
