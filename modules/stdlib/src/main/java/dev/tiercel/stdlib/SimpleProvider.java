package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.function.Supplier;

/** A builtin-module provider made from a module name and a factory. */
abstract class SimpleProvider implements BuiltinModuleProvider {
    private final String name;
    private final Supplier<PyModule> factory;

    SimpleProvider(String name, Supplier<PyModule> factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public String moduleName() {
        return name;
    }

    @Override
    public PyModule create() {
        return factory.get();
    }
}
