package dev.tiercel.frontend;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;

/** The frontend service. */
public final class PythonFrontend implements Frontend {
    @Override
    public String name() {
        return "CPython 3.13 bytecode compiler";
    }

    @Override
    public PyCode compile(String source, String filename, Mode mode) throws CompileError {
        throw new CompileError(CompileError.Kind.SYNTAX_ERROR, "not implemented", filename, 1, 1, 1, 1, null);
    }
}
