package dev.tiercel.launcher;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.spi.PyStats;
import dev.tiercel.runtime.spi.Tiers;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintStream;
import java.nio.file.Path;

/** Carries out a parsed command line. */
final class Launcher {
    static final String VERSION = "Python 3.13.5 (Tiercel 0.1.0)";

    private final CommandLine cmd;
    private final Tiers tiers;
    private final Provider<PythonRuntime> runtime;
    private PrintStream out = System.out;

    @Inject
    Launcher(CommandLine cmd, Tiers tiers, Provider<PythonRuntime> runtime) {
        this.cmd = cmd;
        this.tiers = tiers;
        this.runtime = runtime;
    }

    /** Runs what the command line asks for and returns the process exit code. */
    int run(PrintStream out) {
        this.out = out;
        switch (cmd.action()) {
            case VERSION -> {
                out.println(VERSION);
                return 0;
            }
            case HELP -> {
                out.print(Help.TEXT);
                return 0;
            }
            default -> { }
        }
        if (cmd.hasXOption("tiers")) {
            out.print(tiers.describe());
            out.flush();
            if (cmd.action() == CommandLine.Action.STDIN && System.console() != null) {
                return 0;
            }
        }
        JitReport report = cmd.hasXOption(JitReport.OPTION) ? JitReport.start(tiers) : null;
        PythonRuntime rt = runtime.get();
        int code = switch (cmd.action()) {
            case FILE -> rt.runFile(Path.of(cmd.target()));
            case COMMAND -> rt.runCommand(cmd.target());
            case MODULE -> rt.runModule(cmd.target());
            case STDIN -> rt.runStdin(System.in);
            default -> throw new IllegalStateException(cmd.action().toString());
        };
        if (PyStats.ENABLED) {
            writeStats();
        }
        if (report != null) {
            out.flush();
            report.print(System.err);
        }
        return code;
    }

    /** {@code -X pystats}: CPython's stats file in {@code /tmp/py_stats/}, made if missing; says where on stderr. */
    private void writeStats() {
        out.flush();
        try {
            Path file = PyStats.writeFile(PyStats.report(tiers.optimizer()), PyStats.DIRECTORY);
            System.err.println("Statistics written to " + file);
        } catch (java.io.IOException e) {
            System.err.println("Cannot write statistics to " + PyStats.DIRECTORY + ": " + e.getMessage());
        }
    }
}
