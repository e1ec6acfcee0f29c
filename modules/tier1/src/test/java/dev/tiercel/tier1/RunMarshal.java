package dev.tiercel.tier1;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.Tiers;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a marshalled CPython code object with tier 1: {@code RunMarshal FILE.marshal}. For tests and debugging. */
public final class RunMarshal {
    private RunMarshal() {}

    static Tiers tiers() {
        return new Tiers(Optional.empty(), Optional.of(new Tier1Interpreter()), Optional.empty(), List.of(), List.of(),
                false);
    }

    static int run(Path marshal, OutputStream out, OutputStream err) throws Exception {
        PyCode code = (PyCode) Marshal.load(Files.readAllBytes(marshal));
        RuntimeConfig cfg = new RuntimeConfig(List.of(marshal.toString()),
                List.of(marshal.toAbsolutePath().getParent().toString()), Map.of(), false, false, false,
                Map.of());
        PythonRuntime rt = PythonRuntime.create(cfg, tiers(), out, err);
        return rt.runCode(code);
    }

    public static void main(String[] args) throws Exception {
        int rc = run(Path.of(args[0]), System.out, System.err);
        System.out.flush();
        System.exit(rc);
    }
}
