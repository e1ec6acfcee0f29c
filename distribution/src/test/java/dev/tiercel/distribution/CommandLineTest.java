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
}
