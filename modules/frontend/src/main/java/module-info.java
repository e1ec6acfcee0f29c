/** The frontend: tokenizer, parser, AST, symbol table and the CPython 3.13 bytecode compiler. */
module dev.tiercel.frontend {
    requires dev.tiercel.runtime;

    provides dev.tiercel.runtime.spi.Frontend with dev.tiercel.frontend.PythonFrontend;
}
