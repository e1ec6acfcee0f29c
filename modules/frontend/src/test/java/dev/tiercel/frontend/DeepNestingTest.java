package dev.tiercel.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import org.junit.jupiter.api.Test;

/** Deeply nested input never overflows the Java stack: it compiles or fails with CPython's kind of error. */
class DeepNestingTest {
    private final PythonFrontend frontend = new PythonFrontend();

    private void compiles(String source) throws CompileError {
        assertThat(frontend.compile(source, "<deep>", Frontend.Mode.EXEC)).isNotNull();
    }

    @Test
    void nestingWithinCPythonsLimitsCompiles() throws CompileError {
        compiles("x = " + "(".repeat(199) + "1" + ")".repeat(199));
        compiles("x = " + "-".repeat(1000) + "1");
        compiles("x = a" + ".b".repeat(1000));
        compiles("x = " + "[".repeat(150) + "]".repeat(150));
        compiles("x = " + "1 + ".repeat(5000) + "1");
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            ifs.append(" ".repeat(i)).append("if x:\n");
        }
        ifs.append(" ".repeat(99)).append("pass\n");
        compiles(ifs.toString());
    }

    @Test
    void tooDeepForCPythonsCompilerOrParserIsRecursionOrMemoryError() throws CompileError {
        compiles("x = a" + ".b".repeat(9996));
        compiles("x = " + "-".repeat(5966) + "1");
        assertThatThrownBy(() -> compiles("x = a" + ".b".repeat(9997))).isInstanceOf(CompileError.class)
                .hasMessage("maximum recursion depth exceeded during compilation")
                .extracting(e -> ((CompileError) e).kind()).isEqualTo(CompileError.Kind.RECURSION_ERROR);
        assertThatThrownBy(() -> compiles("x = " + "-".repeat(5967) + "1")).isInstanceOf(CompileError.class)
                .hasMessage("Parser stack overflowed - Python source too complex to parse")
                .extracting(e -> ((CompileError) e).kind()).isEqualTo(CompileError.Kind.MEMORY_ERROR);
    }

    @Test
    void excessiveNestingIsACompileError() {
        assertThatThrownBy(() -> compiles("x = " + "(".repeat(300) + "1" + ")".repeat(300)))
                .isInstanceOf(CompileError.class).hasMessage("too many nested parentheses");
        assertThatThrownBy(() -> compiles("x = " + "-".repeat(100_000) + "1")).isInstanceOf(CompileError.class);
        assertThatThrownBy(() -> compiles("x = a" + ".b".repeat(200_000))).isInstanceOf(CompileError.class);
        StringBuilder ifs = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            ifs.append(" ".repeat(i)).append("if x:\n");
        }
        ifs.append(" ".repeat(101)).append("pass\n");
        assertThatThrownBy(() -> compiles(ifs.toString())).isInstanceOf(CompileError.class)
                .hasMessage("too many levels of indentation");
    }
}
