package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;

/**
 * {@code _itertools}: Java versions of the hottest {@code itertools} types ({@code accumulate}, {@code chain},
 * {@code groupby}, {@code islice}) with CPython's C behaviour; {@code itertools.py} takes them when present, as the
 * other accelerators are taken (CPython's itertools is all C).
 */
public final class ItertoolsModule implements BuiltinModuleProvider {

    @Override
    public String moduleName() {
        return "_itertools";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_itertools");
        m.set("accumulate", Accumulate.TYPE);
        m.set("chain", Chain.TYPE);
        m.set("groupby", GroupBy.TYPE);
        m.set("_grouper", GroupBy.GROUPER);
        m.set("islice", Islice.TYPE);
        return m;
    }
}
