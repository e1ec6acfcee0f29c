package dev.tiercel.stdlib.accel.decimal;

import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.stdlib.accel.Natives;

/**
 * {@code _decimal_core} (Tiercel's name: CPython's {@code _decimal} is the whole module), the accelerator decimal.py
 * builds its {@code Decimal} on when present: {@code DecimalBase} ({@link DecimalType}) and {@code _bind}, which
 * decimal.py calls with its namespace once its classes exist.
 */
public final class DecimalCoreModule implements BuiltinModuleProvider {

    @Override
    public String moduleName() {
        return "_decimal_core";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_decimal_core");
        m.set("DecimalBase", DecimalType.TYPE);
        Natives.function(m, "_bind", (a, k) -> {
            Natives.expect("_bind", a, k, 1, 1);
            DecimalModule.bind(a[0]);
            return PyNone.INSTANCE;
        });
        return m;
    }
}
