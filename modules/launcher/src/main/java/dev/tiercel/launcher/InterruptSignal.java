package dev.tiercel.launcher;

import dev.tiercel.runtime.api.PythonRuntime;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) does what it does in CPython: the running program gets KeyboardInterrupt at its next loop back
 * edge, instead of the JVM's default of ending the process.
 */
final class InterruptSignal {
    private InterruptSignal() {}

    static void install() {
        try {
            Signal.handle(new Signal("INT"), signal -> PythonRuntime.interrupt());
        } catch (IllegalArgumentException notSupported) {
            // the platform or the JVM's options (-Xrs) keep SIGINT: leave the default behaviour
        }
    }
}
