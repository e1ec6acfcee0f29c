package dev.tiercel.runtime.api;

import dev.tiercel.runtime.internal.DefaultPythonRuntime;
import dev.tiercel.runtime.spi.Tiers;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One Python interpreter instance. Every {@code run} method returns the process exit code CPython would give:
 * 0, 1 after printing an uncaught exception's traceback to {@code sys.stderr}, or the code of a
 * {@code SystemExit}. No Java exception escapes them.
 */
public interface PythonRuntime {

    /** Creates a runtime that runs code with the given tiers. */
    static PythonRuntime create(RuntimeConfig config, Tiers tiers) {
        return new DefaultPythonRuntime(config, tiers);
    }

    /**
     * A runtime writing {@code sys.stdout} and {@code sys.stderr} to the given streams instead of the process's
     * (embedding, tests).
     */
    static PythonRuntime create(RuntimeConfig config, Tiers tiers, java.io.OutputStream out,
            java.io.OutputStream err) {
        return new DefaultPythonRuntime(config, tiers, out, err);
    }

    /** Runs an already compiled module code object as {@code __main__} (for example one loaded from a .pyc). */
    int runCode(dev.tiercel.runtime.code.PyCode code);

    /** {@code tiercel FILE}: runs a script as {@code __main__}. */
    int runFile(Path file);

    /** {@code tiercel -c CODE}. */
    int runCommand(String source);

    /** {@code tiercel -m MODULE}. */
    int runModule(String moduleName);

    /** {@code tiercel < program.py}: the program text read from standard input. */
    int runStdin(InputStream in);

    /**
     * Asks the running program to raise KeyboardInterrupt at its next loop back edge, or at once when it is
     * sleeping or waiting for standard input (what Ctrl-C does). Safe to call from any thread, such as a signal
     * handler's.
     */
    static void interrupt() {
        dev.tiercel.runtime.object.Py.interrupt();
    }
}
