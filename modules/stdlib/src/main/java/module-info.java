/**
 * Standard-library modules written in Java, provided to the runtime's builtin-module registry, and the
 * Python-source standard library as resources (one implementation per module: modules/stdlib/README.md).
 */
module dev.tiercel.stdlib {
    requires dev.tiercel.runtime;

    provides dev.tiercel.runtime.spi.PythonLibrary with dev.tiercel.stdlib.PythonSourceLibrary;

    provides dev.tiercel.runtime.spi.BuiltinModuleProvider with
            dev.tiercel.stdlib.MathModule,
            dev.tiercel.stdlib.TimeModule,
            dev.tiercel.stdlib.HashlibModule,
            dev.tiercel.stdlib.WeakrefModule,
            dev.tiercel.stdlib.OsModule,
            dev.tiercel.stdlib.ReModule,
            dev.tiercel.stdlib.TypingModules.Typing;
}
