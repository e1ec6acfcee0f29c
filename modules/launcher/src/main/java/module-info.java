/** The {@code tiercel} command line: CPython's options and environment variables, configuration, Dagger wiring. */
module dev.tiercel.launcher {
    requires dev.tiercel.runtime;
    requires dagger;
    requires jakarta.inject;
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C becomes KeyboardInterrupt
}
