package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import dev.tiercel.runtime.spi.Interpreter;
import dev.tiercel.runtime.spi.Tiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The runtime behind {@link PythonRuntime}. */
public final class DefaultPythonRuntime implements PythonRuntime {
    private final RuntimeConfig config;
    private final Tiers tiers;

    public DefaultPythonRuntime(RuntimeConfig config, Tiers tiers) {
        this.config = config;
        this.tiers = tiers;
    }

    @Override
    public int runFile(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("tiercel: can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        }
        return runSource(source, file.toString());
    }

    @Override
    public int runCommand(String source) {
        return runSource(source, "<string>");
    }

    @Override
    public int runModule(String moduleName) {
        System.err.println("tiercel: No module named " + moduleName);
        return 1;
    }

    @Override
    public int runStdin(InputStream in) {
        try {
            return runSource(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<stdin>");
        } catch (IOException e) {
            System.err.println("tiercel: cannot read standard input: " + e.getMessage());
            return 1;
        }
    }

    private int runSource(String source, String filename) {
        Frontend frontend = tiers.frontend().orElse(null);
        Interpreter interpreter = tiers.interpreter().orElse(null);
        if (frontend == null || interpreter == null) {
            System.err.println("tiercel: this image has no " + (frontend == null ? "frontend" : "tier-1 interpreter"));
            return 1;
        }
        PyCode code;
        try {
            code = frontend.compile(source, filename, Frontend.Mode.EXEC);
        } catch (CompileError e) {
            System.err.println("  File \"" + e.filename() + "\", line " + e.lineno());
            System.err.println("SyntaxError: " + e.msg());
            return 1;
        }
        interpreter.execute(code, new PyDict(), null);
        System.out.flush();
        return 0;
    }
}
