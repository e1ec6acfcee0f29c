package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C on an endless loop, a sleep or an {@code input()} waiting for a line prints CPython's KeyboardInterrupt
 * traceback and exits with 130, in tier 1 and inside tier-2 traces, never with a Java stack trace.
 */
class InterruptTest {

    @ParameterizedTest
    @ValueSource(strings = {"tiercel-tier1", "tiercel-interp", "tiercel-jit"})
    void sigintRaisesKeyboardInterrupt(String image, @TempDir Path dir) throws Exception {
        Path program = dir.resolve("endless.py");
        // 700 ms: the loop gets hot (tier 2 in the images that have it)
        Interrupted r = interrupt(image, program, "print('start', flush=True)\nx = 0\nwhile True:\n    x += 1\n", 700);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(130);
        // CPython 3.13 prints exactly this for the same program (checked with python3.13 on this machine)
        assertThat(r.err()).isEqualTo(traceback(program, 3, "    while True:\n          ^^^^\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiercel-tier1", "tiercel-jit"})
    void sigintEndsASleepAtOnce(String image, @TempDir Path dir) throws Exception {
        Path program = dir.resolve("sleeper.py");
        long started = System.nanoTime();
        Interrupted r = interrupt(image, program, "import time\nprint('start', flush=True)\ntime.sleep(120)\n", 300);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(130);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("not the whole sleep").isLessThan(60);
        // CPython 3.13's output for the same program
        assertThat(r.err()).isEqualTo(traceback(program, 3, "    time.sleep(120)\n    ~~~~~~~~~~^^^^^\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiercel-tier1", "tiercel-jit"})
    void sigintEndsAnInputThatWaitsForALine(String image, @TempDir Path dir) throws Exception {
        Path program = dir.resolve("asks.py");
        // stdin: a pipe this test keeps open and never writes to
        Interrupted r = interrupt(image, program,
                "print('start', flush=True)\nline = input('name? ')\nprint('got', line)\n", 300);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(130);
        assertThat(r.out()).isEqualTo("name? ");
        // CPython 3.13's output for the same program
        assertThat(r.err()).isEqualTo(traceback(program, 2, "    line = input('name? ')\n"));
    }

    /** What an interrupted program printed after its first line, and its exit code. */
    private record Interrupted(String out, String err, int exitCode) {}

    private static String traceback(Path program, int line, String sourceAndCarets) {
        return "Traceback (most recent call last):\n  File \"" + program + "\", line " + line + ", in <module>\n"
                + sourceAndCarets + "KeyboardInterrupt\n";
    }

    /**
     * Writes and starts the program, waits for its first line ("start"), then {@code millis}, sends SIGINT and
     * waits for it to end.
     */
    private static Interrupted interrupt(String image, Path program, String source, long millis) throws Exception {
        Files.writeString(program, source);
        // A child inherits an ignored SIGINT (as from a background shell job); both CPython and the JVM then keep
        // ignoring it, so start the program with SIGINT at its default disposition.
        List<String> command = List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
                Images.launcher(image).toString(), program.toString());
        Process p = new ProcessBuilder(command).directory(program.getParent().toFile()).start();
        try {
            return interruptAfterFirstLine(p, millis);
        } finally {
            p.destroyForcibly(); // only left running when an assertion failed
        }
    }

    private static Interrupted interruptAfterFirstLine(Process p, long millis) throws Exception {
        StringBuilder first = new StringBuilder(); // byte by byte: what follows stays in the stream
        for (int c = p.getInputStream().read(); c >= 0 && c != '\n'; c = p.getInputStream().read()) {
            first.append((char) c);
        }
        assertThat(first.toString()).isEqualTo("start");
        Thread.sleep(millis);
        Process signal = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertThat(signal.waitFor()).isZero();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends after SIGINT").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getOutputStream().close();
        return new Interrupted(out, err, p.exitValue());
    }
}
