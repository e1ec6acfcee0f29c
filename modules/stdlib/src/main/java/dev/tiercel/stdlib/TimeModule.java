package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;

/** The {@code time} module (clocks and sleep). */
public final class TimeModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "time";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("time");
        Mod.fn(m, "time", (a, k) -> PyFloat.of(System.currentTimeMillis() / 1000.0));
        Mod.fn(m, "time_ns", (a, k) -> PyInt.of(System.currentTimeMillis() * 1_000_000L));
        Mod.fn(m, "perf_counter", (a, k) -> PyFloat.of(System.nanoTime() / 1e9));
        Mod.fn(m, "perf_counter_ns", (a, k) -> PyInt.of(System.nanoTime()));
        Mod.fn(m, "monotonic", (a, k) -> PyFloat.of(System.nanoTime() / 1e9));
        Mod.fn(m, "monotonic_ns", (a, k) -> PyInt.of(System.nanoTime()));
        Mod.fn(m, "process_time", (a, k) -> PyFloat.of(System.nanoTime() / 1e9));
        Mod.fn(m, "sleep", (a, k) -> {
            double s = Mod.toDouble(a[0]);
            if (s < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PyErr.of(PyExc.KeyboardInterrupt);
            }
            return PyNone.INSTANCE;
        });
        return m;
    }
}
