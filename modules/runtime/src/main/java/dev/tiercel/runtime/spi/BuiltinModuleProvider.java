package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.object.PyModule;

/** A standard-library module written in Java ({@code math}, {@code _random}, ...), found through the registry. */
public interface BuiltinModuleProvider {

    /** The module's import name. */
    String moduleName();

    /** Creates a fresh module object; called at most once per interpreter, on first import. */
    PyModule create();
}
