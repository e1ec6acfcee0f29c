package dev.tiercel.frontend.lexer;

/** Token categories, as Python's {@code token} module names them (operators all share OP). */
public enum TokenKind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** Marks where tokenizing failed; the parser raises the stored error only if it gets this far. */
    ERROR }
