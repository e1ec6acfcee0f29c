package dev.tiercel.stdlib.accel.operator;

import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;

/**
 * {@code _operator}: the callable-object types of CPython's C {@code _operator} ({@code itemgetter},
 * {@code attrgetter}, {@code methodcaller}); {@code operator.py} takes them when present. The plain functions
 * ({@code add}, ...) stay Python.
 */
public final class OperatorModule implements BuiltinModuleProvider {

    @Override
    public String moduleName() {
        return "_operator";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_operator");
        m.set("itemgetter", Getters.ITEMGETTER);
        m.set("attrgetter", Getters.ATTRGETTER);
        m.set("methodcaller", Getters.METHODCALLER);
        return m;
    }
}
