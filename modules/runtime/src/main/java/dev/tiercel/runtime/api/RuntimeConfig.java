package dev.tiercel.runtime.api;

import java.util.List;
import java.util.Map;

/**
 * How a run is configured, from the command line and the environment.
 *
 * @param argv          {@code sys.argv}
 * @param extraPath     entries put in front of {@code sys.path} (the script's folder, then PYTHONPATH)
 * @param xoptions      {@code -X} options ({@code sys._xoptions}): name to value, or to {@code true} for a bare name
 * @param unbuffered    {@code -u}
 * @param isolated      {@code -I}
 * @param ignoreEnvironment {@code -E}
 * @param environment   the process environment as the runtime should see it ({@code os.environ})
 * @param warnoptions   {@code sys.warnoptions}: PYTHONWARNINGS entries, then {@code -W} options
 */
public record RuntimeConfig(List<String> argv, List<String> extraPath, Map<String, Object> xoptions,
        boolean unbuffered, boolean isolated, boolean ignoreEnvironment, Map<String, String> environment,
        List<String> warnoptions) {

    public RuntimeConfig(List<String> argv, List<String> extraPath, Map<String, Object> xoptions, boolean unbuffered,
            boolean isolated, boolean ignoreEnvironment, Map<String, String> environment) {
        this(argv, extraPath, xoptions, unbuffered, isolated, ignoreEnvironment, environment, List.of());
    }

    public RuntimeConfig {
        warnoptions = List.copyOf(warnoptions);
        argv = List.copyOf(argv);
        extraPath = List.copyOf(extraPath);
        xoptions = Map.copyOf(xoptions);
        environment = Map.copyOf(environment);
    }
}
