package dev.tiercel.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line, following CPython's rules: options come first; {@code -c} and {@code -m} end the
 * option list, as does the script name or {@code -}; everything after belongs to {@code sys.argv}.
 *
 * @param action     what to run
 * @param target     the script path, the {@code -c} source or the {@code -m} module name (null otherwise)
 * @param argv       {@code sys.argv} as CPython builds it
 * @param unbuffered {@code -u}
 * @param ignoreEnvironment {@code -E} (also set by {@code -I})
 * @param isolated   {@code -I}
 * @param xoptions   {@code -X} options in order
 * @param warnoptions {@code -W} options in order
 */
public record CommandLine(Action action, String target, List<String> argv, boolean unbuffered,
        boolean ignoreEnvironment, boolean isolated, Map<String, Object> xoptions, List<String> warnoptions) {

    /** What the command line asks for. */
    public enum Action { FILE, COMMAND, MODULE, STDIN, VERSION, HELP }

    /** A command-line mistake: CPython prints the message and the usage line and exits with 2. */
    public static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static final String USAGE = "usage: tiercel [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** Parses {@code args} as CPython's {@code Modules/main.c} does for the options Tiercel supports. */
    public static CommandLine parse(String[] args) throws UsageError {
        boolean unbuffered = false, ignoreEnv = false, isolated = false;
        Map<String, Object> xoptions = new LinkedHashMap<>();
        List<String> warnoptions = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("--version")) {
                return simple(Action.VERSION, xoptions);
            }
            if (a.equals("--help")) {
                return simple(Action.HELP, xoptions);
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.startsWith("--")) {
                throw new UsageError("unknown option " + a);
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                switch (c) {
                    case 'c', 'm', 'X', 'W' -> {
                        String value = k + 1 < a.length() ? a.substring(k + 1) : null;
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new UsageError("Argument expected for the -" + c + " option");
                            }
                            value = args[++i];
                        }
                        if (c == 'X' || c == 'W') {
                            if (c == 'X') {
                                addXOption(xoptions, value);
                            } else {
                                warnoptions.add(value);
                            }
                            k = a.length();
                            continue;
                        }
                        List<String> argv = new ArrayList<>();
                        argv.add(c == 'c' ? "-c" : value);
                        argv.addAll(List.of(args).subList(i + 1, args.length));
                        return new CommandLine(c == 'c' ? Action.COMMAND : Action.MODULE, value, argv, unbuffered,
                                ignoreEnv, isolated, xoptions, warnoptions);
                    }
                    case 'u' -> unbuffered = true;
                    case 'E' -> ignoreEnv = true;
                    case 'I' -> {
                        isolated = true;
                        ignoreEnv = true;
                    }
                    case 'V' -> {
                        return simple(Action.VERSION, xoptions);
                    }
                    case 'h', '?' -> {
                        return simple(Action.HELP, xoptions);
                    }
                    case 'B', 'd', 'i', 'O', 'q', 's', 'S', 'v', 'b', 'P', 'R' -> {
                        // accepted for compatibility; no effect in Tiercel yet
                    }
                    default -> throw new UsageError("Unknown option: -" + c);
                }
            }
            i++;
        }
        if (i >= args.length || args[i].equals("-")) {
            List<String> argv = new ArrayList<>();
            argv.add(i < args.length ? "-" : "");
            if (i < args.length) {
                argv.addAll(List.of(args).subList(i + 1, args.length));
            }
            return new CommandLine(Action.STDIN, null, argv, unbuffered, ignoreEnv, isolated, xoptions, warnoptions);
        }
        List<String> argv = List.of(args).subList(i, args.length);
        return new CommandLine(Action.FILE, args[i], argv, unbuffered, ignoreEnv, isolated, xoptions, warnoptions);
    }

    private static CommandLine simple(Action action, Map<String, Object> xoptions) {
        return new CommandLine(action, null, List.of(), false, false, false, xoptions, List.of());
    }

    private static void addXOption(Map<String, Object> xoptions, String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            xoptions.put(value, Boolean.TRUE);
        } else {
            xoptions.put(value.substring(0, eq), value.substring(eq + 1));
        }
    }

    /** Whether {@code -X name} was given. */
    public boolean hasXOption(String name) {
        return xoptions.containsKey(name);
    }
}
