package dev.tiercel.runtime.spi;

import java.io.Serial;

/**
 * A syntax error found by a {@link Frontend}, with the fields of Python's {@code SyntaxError}. Columns are 1-based
 * as in CPython ({@code offset}, {@code endOffset}; 0 when unknown).
 */
public final class CompileError extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Which Python exception class the error becomes. The last two are not syntax errors: CPython raises them when
     * the source nests too deeply for its compiler (RecursionError) or its parser (MemoryError); only the message
     * is used.
     */
    public enum Kind { SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, RECURSION_ERROR, MEMORY_ERROR }

    private final Kind kind;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public CompileError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset,
            String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public String msg() { return getMessage(); }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    /** The source line the error is on, or null. */
    public String text() { return text; }
}
