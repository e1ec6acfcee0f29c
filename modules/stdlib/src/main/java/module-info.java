/**
 * Standard-library modules written in Java, provided to the runtime's builtin-module registry, and the
 * Python-source standard library as resources (one implementation per module: modules/stdlib/README.md).
 */
module dev.tiercel.stdlib {
    requires dev.tiercel.runtime;
    requires java.management; // thread CPU time for time.thread_time

    provides dev.tiercel.runtime.spi.PythonLibrary with dev.tiercel.stdlib.PythonSourceLibrary;

    provides dev.tiercel.runtime.spi.BuiltinModuleProvider with
            dev.tiercel.stdlib.MathModule,
            dev.tiercel.stdlib.TimeModule,
            dev.tiercel.stdlib.HashlibModule,
            dev.tiercel.stdlib.WeakrefModule,
            dev.tiercel.stdlib.os.OsNative,
            dev.tiercel.stdlib.ReModule,
            dev.tiercel.stdlib.TypingModules.Typing,
            dev.tiercel.stdlib.zip.JdkZipModule,
            dev.tiercel.stdlib.JvmModule,
            dev.tiercel.stdlib.ucd.UnicodeDataModule,
            dev.tiercel.stdlib.accel.heapq.HeapqModule,
            dev.tiercel.stdlib.accel.bisect.BisectModule,
            dev.tiercel.stdlib.accel.json.JsonModule,
            dev.tiercel.stdlib.accel.collections.CollectionsModule,
            dev.tiercel.stdlib.accel.functools.FunctoolsModule,
            dev.tiercel.stdlib.accel.itertools.ItertoolsModule,
            dev.tiercel.stdlib.accel.operator.OperatorModule,
            dev.tiercel.stdlib.accel.decimal.DecimalCoreModule;
}
