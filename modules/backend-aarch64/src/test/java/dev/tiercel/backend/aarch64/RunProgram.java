package dev.tiercel.backend.aarch64;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.spi.Tiers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a Python file with the tiers found on the class path (see src/test/resources/META-INF/services), in this
 * JVM; as a program ({@code main}) with {@code PYTHON_JIT=0} in its environment, it is tier 1 alone.
 */
public final class RunProgram {
    private RunProgram() {}

    /** Runs {@code file}; returns the exit code. Tier 2 is on unless PYTHON_JIT=0 (read once per JVM). */
    static int run(Path file, java.io.OutputStream out, java.io.OutputStream err) {
        RuntimeConfig cfg = new RuntimeConfig(List.of(file.toString()), List.of(), Map.of(), false, false, false,
                Map.of());
        boolean jit = !"0".equals(System.getenv("PYTHON_JIT"));
        return PythonRuntime.create(cfg, Tiers.discover(jit), out, err).runFile(file);
    }

    public static void main(String[] args) {
        int code = run(Path.of(args[0]), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
