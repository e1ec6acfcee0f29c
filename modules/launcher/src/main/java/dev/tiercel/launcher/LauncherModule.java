package dev.tiercel.launcher;

import dagger.Module;
import dagger.Provides;
import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.spi.Tiers;
import jakarta.inject.Singleton;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the launcher's parts are made from the command line and the environment. */
@Module
interface LauncherModule {

    /** System property the image's launch script sets: {@code off} in the {@code tiercel-jit-off} image. */
    String JIT_DEFAULT_PROPERTY = "tiercel.jit.default";

    @Provides
    @Singleton
    static Tiers tiers(Environment env) {
        boolean imageDefault = !"off".equals(System.getProperty(JIT_DEFAULT_PROPERTY, "on"));
        boolean requested = env.python("PYTHON_JIT").map(v -> !v.equals("0")).orElse(imageDefault);
        return Tiers.discover(requested);
    }

    @Provides
    @Singleton
    static RuntimeConfig config(CommandLine cmd, Environment env) {
        List<String> path = new ArrayList<>();
        if (!cmd.isolated()) {
            path.add(scriptDirectory(cmd));
        }
        env.python("PYTHONPATH").ifPresent(p -> {
            for (String entry : p.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    path.add(entry);
                }
            }
        });
        List<String> warnoptions = new ArrayList<>();
        env.python("PYTHONWARNINGS").ifPresent(w -> {
            for (String entry : w.split(",")) {
                if (!entry.isBlank()) {
                    warnoptions.add(entry.strip());
                }
            }
        });
        warnoptions.addAll(cmd.warnoptions());
        return new RuntimeConfig(cmd.argv(), path, cmd.xoptions(), cmd.unbuffered(), cmd.isolated(),
                cmd.ignoreEnvironment(), env.variables(), warnoptions);
    }

    @Provides
    static PythonRuntime runtime(RuntimeConfig config, Tiers tiers) {
        return PythonRuntime.create(config, tiers);
    }

    /** {@code sys.path[0]}: the script's folder for a file, the current folder ("") otherwise. */
    private static String scriptDirectory(CommandLine cmd) {
        if (cmd.action() == CommandLine.Action.FILE) {
            Path parent = Path.of(cmd.target()).toAbsolutePath().getParent();
            return parent == null ? "" : parent.toString();
        }
        return cmd.action() == CommandLine.Action.MODULE ? System.getProperty("user.dir") : "";
    }
}
