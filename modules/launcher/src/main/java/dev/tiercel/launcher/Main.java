package dev.tiercel.launcher;

import java.io.PrintStream;

/** {@code tiercel}: the command-line entry point. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        int code;
        try {
            CommandLine cmd = CommandLine.parse(args);
            InterruptSignal.install();
            Environment env = new Environment(System.getenv(), cmd.ignoreEnvironment());
            // read once, as static finals, by the classes that count and specialize: set before they load
            if (cmd.hasXOption("pystats") || env.python("PYTHONSTATS").filter(v -> !v.isEmpty()).isPresent()) {
                System.setProperty("tiercel.pystats", "true");
            }
            if (cmd.hasXOption("nospecialize")) {
                System.setProperty("tiercel.nospecialize", "true");
            }
            code = DaggerLauncherComponent.factory().create(cmd, env).launcher().run(out);
        } catch (CommandLine.UsageError e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.err.println("Try `tiercel -h' for more information.");
            code = 2;
        }
        out.flush();
        System.err.flush();
        System.exit(code);
    }
}
