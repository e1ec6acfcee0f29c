/**
 * Standard-library modules written in Java, provided to the runtime's builtin-module registry, and the
 * Python-source standard library as resources.
 */
module dev.tiercel.stdlib {
    requires dev.tiercel.runtime;

    provides dev.tiercel.runtime.spi.PythonLibrary with dev.tiercel.stdlib.PythonSourceLibrary;

    provides dev.tiercel.runtime.spi.BuiltinModuleProvider with
            dev.tiercel.stdlib.MathModule,
            dev.tiercel.stdlib.TimeModule,
            dev.tiercel.stdlib.CollectionsModule,
            dev.tiercel.stdlib.ItertoolsModule,
            dev.tiercel.stdlib.FunctoolsModule,
            dev.tiercel.stdlib.DataclassesModule,
            dev.tiercel.stdlib.EnumModule,
            dev.tiercel.stdlib.OsModule,
            dev.tiercel.stdlib.JsonModule,
            dev.tiercel.stdlib.ReModule,
            dev.tiercel.stdlib.StatisticsModule,
            dev.tiercel.stdlib.TypingModules.Typing,
            dev.tiercel.stdlib.SmallModules.Bisect,
            dev.tiercel.stdlib.SmallModules.Operator,
            dev.tiercel.stdlib.SmallModules.Copy;
}
