package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;

/** {@code _jvm}: what the Python {@code gc} module asks of the JVM (a collection request). */
public final class JvmModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "_jvm";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_jvm");
        Mod.fn(m, "collect", (a, k) -> {
            Args.check("collect", a, k, 0, 0);
            System.gc();
            return PyNone.INSTANCE;
        });
        return m;
    }
}
