package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C on an endless loop prints CPython's KeyboardInterrupt traceback and exits with 130, in tier 1 and
 * inside tier-2 traces, never with a Java stack trace.
 */
class InterruptTest {

    @ParameterizedTest
    @ValueSource(strings = {"tiercel-tier1", "tiercel-interp", "tiercel-jit"})
    void sigintRaisesKeyboardInterrupt(String image, @TempDir Path dir) throws Exception {
        Path program = dir.resolve("endless.py");
        Files.writeString(program, "print('start', flush=True)\nx = 0\nwhile True:\n    x += 1\n");
        // A child inherits an ignored SIGINT (as from a background shell job); both CPython and the JVM then keep
        // ignoring it, so start the program with SIGINT at its default disposition.
        List<String> command = List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
                Images.launcher(image).toString(), program.toString());
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("start");
        Thread.sleep(700); // let the loop get hot (tier 2 in the images that have it)
        Process signal = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertThat(signal.waitFor()).isZero();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends after SIGINT").isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(130);
        // CPython 3.13 prints exactly this for the same program (checked with python3.13 on this machine)
        assertThat(err).isEqualTo("Traceback (most recent call last):\n  File \"" + program + "\", line 3, in <module>\n"
                + "    while True:\n          ^^^^\nKeyboardInterrupt\n");
    }
}
