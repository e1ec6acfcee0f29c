package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.code.PyCode;

/** Turns Python source into a code object (tokenizer, parser, symbol table and bytecode compiler). */
public interface Frontend extends TierInfo {

    /** How the source is compiled, as the {@code mode} argument of Python's {@code compile()}. */
    enum Mode { EXEC, EVAL, SINGLE }

    /**
     * Compiles {@code source}.
     *
     * @throws CompileError for a syntax error; the runtime turns it into Python's SyntaxError
     */
    PyCode compile(String source, String filename, Mode mode) throws CompileError;
}
