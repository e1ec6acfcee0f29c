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
 * Ctrl-C in an endless loop inside a function, which {@code tiercel-jit} runs as native code: the eval breaker's
 * exit at the back edge raises KeyboardInterrupt with CPython's traceback and exit code 130 (as {@link InterruptTest}
 * checks for a module-level loop, which stays in the uop interpreter).
 */
class JitInterruptTest {
    private static final String PROGRAM = "def spin():\n    x = 0\n    while True:\n        x += 1\n\n"
            + "print('start', flush=True)\nspin()\n";

    @ParameterizedTest
    @ValueSource(strings = {"tiercel-tier1", "tiercel-interp", "tiercel-jit"})
    void sigintInANativeLoopRaisesKeyboardInterrupt(String image, @TempDir Path dir) throws Exception {
        Path program = dir.resolve("spin.py");
        Files.writeString(program, PROGRAM);
        Path stats = dir.resolve("stats.txt");
        // SIGINT at its default disposition in the child, as InterruptTest explains
        ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
                Images.launcher(image).toString(), program.toString())).directory(dir.toFile());
        pb.environment().put("TIERCEL_JIT_STATS", stats.toString());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("start");
        Thread.sleep(700); // the loop gets hot and, in tiercel-jit, runs as native code
        Process signal = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertThat(signal.waitFor()).isZero();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends after SIGINT").isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(130);
        // CPython 3.13 prints exactly this for the same program (checked with python3.13 on this machine)
        assertThat(err).isEqualTo("Traceback (most recent call last):\n  File \"" + program + "\", line 7, in <module>\n"
                + "    spin()\n    ~~~~^^\n  File \"" + program + "\", line 3, in spin\n    while True:\n"
                + "          ^^^^\nKeyboardInterrupt\n");
        if (image.equals("tiercel-jit")) {
            assertThat(JitFuzzTest.JitCounters.read(stats).get("native-entries")).as("ran natively").isPositive();
        }
    }
}
