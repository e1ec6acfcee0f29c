/**
 * The Tiercel runtime: the object model, code objects and the opcode table, frames, exceptions, the import
 * system, and the service interfaces through which the execution tiers are found on the module path.
 */
module dev.tiercel.runtime {
    requires java.management;

    exports dev.tiercel.runtime.spi;
    exports dev.tiercel.runtime.code;
    exports dev.tiercel.runtime.object;
    exports dev.tiercel.runtime.api;

    uses dev.tiercel.runtime.spi.Frontend;
    uses dev.tiercel.runtime.spi.Interpreter;
    uses dev.tiercel.runtime.spi.TraceOptimizer;
    uses dev.tiercel.runtime.spi.TraceBackend;
    uses dev.tiercel.runtime.spi.BuiltinModuleProvider;
    uses dev.tiercel.runtime.spi.PythonLibrary;
}
