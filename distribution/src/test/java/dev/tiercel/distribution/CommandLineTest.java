package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line behaves as CPython's does, through a real image. */
class CommandLineTest {
    private static final Path HERE = Path.of(".").toAbsolutePath();
    private static final String IMAGE = "tiercel-jit";

    @Test
    void versionAndHelp() throws Exception {
        Images.Result v = Images.tiercel(IMAGE, HERE, Map.of(), "-V");
        assertThat(v.exitCode()).isZero();
        assertThat(v.stdout()).startsWith("Python 3.13");
        Images.Result h = Images.tiercel(IMAGE, HERE, Map.of(), "-h");
        assertThat(h.exitCode()).isZero();
        assertThat(h.stdout()).startsWith("usage: tiercel").contains("-X opt").contains("PYTHON_JIT");
    }

    @Test
    void unknownOptionExitsWith2() throws Exception {
        Images.Result r = Images.tiercel(IMAGE, HERE, Map.of(), "-Z");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("Unknown option: -Z\nusage: tiercel");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void missingArgumentExitsWith2() throws Exception {
        Images.Result r = Images.tiercel(IMAGE, HERE, Map.of(), "-c");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("Argument expected for the -c option");
    }

    @Test
    void missingScriptExitsWith2LikeCPython() throws Exception {
        Images.Result r = Images.tiercel(IMAGE, HERE, Map.of(), "no_such_script.py");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("can't open file").contains("no_such_script.py")
                .contains("[Errno 2] No such file or directory");
    }

    @Test
    void programFromStandardInputWithArgv() throws Exception {
        Images.Result r = Images.run(HERE, Map.of(), "import sys\nprint('stdin', sys.argv)\n",
                java.util.List.of(Images.launcher(IMAGE).toString(), "-", "a", "b"));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("stdin ['-', 'a', 'b']\n");
        Images.Result noArgs = Images.run(HERE, Map.of(), "print(6 * 7)\n",
                java.util.List.of(Images.launcher(IMAGE).toString()));
        assertThat(noArgs.stdout()).isEqualTo("42\n");
    }

    @Test
    void commandArgvAndExitCodes() throws Exception {
        Images.Result argv = Images.tiercel(IMAGE, HERE, Map.of(), "-c", "import sys; print(sys.argv)", "x");
        assertThat(argv.stdout()).isEqualTo("['-c', 'x']\n");
        assertThat(Images.tiercel(IMAGE, HERE, Map.of(), "-c", "raise SystemExit(3)").exitCode()).isEqualTo(3);
        Images.Result msg = Images.tiercel(IMAGE, HERE, Map.of(), "-c", "import sys; sys.exit('bye')");
        assertThat(msg.exitCode()).isEqualTo(1);
        assertThat(msg.stderr()).isEqualTo("bye\n");
        Images.Result err = Images.tiercel(IMAGE, HERE, Map.of(), "-c", "1/0");
        assertThat(err.exitCode()).isEqualTo(1);
        assertThat(err.stderr()).startsWith("Traceback (most recent call last):\n")
                .endsWith("ZeroDivisionError: division by zero\n").doesNotContain("\tat ");
    }

    @Test
    void syntaxErrorIsAPythonErrorWithCPythonsLayout() throws Exception {
        Images.Result r = Images.tiercel(IMAGE, HERE, Map.of(), "-c", "x = (1,");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("  File \"<string>\", line 1").contains("SyntaxError: ")
                .doesNotContain("\tat ");
    }

    @Test
    void pythonPathAndDashM(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("greet_mod.py"), "import sys\nprint('hello from', __name__, sys.argv[1:])\n");
        Images.Result viaPath = Images.tiercel(IMAGE, HERE, Map.of("PYTHONPATH", dir.toString()), "-m", "greet_mod", "z");
        assertThat(viaPath.stdout()).as(viaPath.stderr()).isEqualTo("hello from __main__ ['z']\n");
        Images.Result ignored = Images.tiercel(IMAGE, HERE, Map.of("PYTHONPATH", dir.toString()), "-E", "-m", "greet_mod");
        assertThat(ignored.exitCode()).isEqualTo(1);
        assertThat(ignored.stderr()).contains("No module named greet_mod");
    }
}
