package dev.tiercel.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.launcher.CommandLine.Action;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void scriptTakesTheRestAsArguments() throws Exception {
        CommandLine c = CommandLine.parse(new String[] {"-u", "prog.py", "-c", "x"});
        assertThat(c.action()).isEqualTo(Action.FILE);
        assertThat(c.target()).isEqualTo("prog.py");
        assertThat(c.argv()).containsExactly("prog.py", "-c", "x");
        assertThat(c.unbuffered()).isTrue();
    }

    @Test
    void commandEndsTheOptionList() throws Exception {
        CommandLine c = CommandLine.parse(new String[] {"-c", "print(1)", "-u", "a"});
        assertThat(c.action()).isEqualTo(Action.COMMAND);
        assertThat(c.target()).isEqualTo("print(1)");
        assertThat(c.argv()).containsExactly("-c", "-u", "a");
        assertThat(c.unbuffered()).isFalse();
    }

    @Test
    void attachedArgumentsAndCombinedFlags() throws Exception {
        CommandLine c = CommandLine.parse(new String[] {"-uEcpass"});
        assertThat(c.action()).isEqualTo(Action.COMMAND);
        assertThat(c.target()).isEqualTo("pass");
        assertThat(c.unbuffered()).isTrue();
        assertThat(c.ignoreEnvironment()).isTrue();
    }

    @Test
    void moduleArgvStartsWithTheModuleName() throws Exception {
        CommandLine c = CommandLine.parse(new String[] {"-m", "dis", "f.py"});
        assertThat(c.action()).isEqualTo(Action.MODULE);
        assertThat(c.argv()).containsExactly("dis", "f.py");
    }

    @Test
    void xOptionsKeepValuesAndBareNames() throws Exception {
        CommandLine c = CommandLine.parse(new String[] {"-X", "tiers", "-Xpystats", "-X", "a=b", "f.py"});
        assertThat(c.xoptions()).isEqualTo(Map.of("tiers", true, "pystats", true, "a", "b"));
        assertThat(c.hasXOption("tiers")).isTrue();
    }

    @Test
    void noProgramOrDashMeansStdin() throws Exception {
        assertThat(CommandLine.parse(new String[] {}).action()).isEqualTo(Action.STDIN);
        assertThat(CommandLine.parse(new String[] {}).argv()).isEqualTo(List.of(""));
        CommandLine dash = CommandLine.parse(new String[] {"-", "x"});
        assertThat(dash.action()).isEqualTo(Action.STDIN);
        assertThat(dash.argv()).containsExactly("-", "x");
    }

    @Test
    void isolatedImpliesIgnoreEnvironment() throws Exception {
        CommandLine c = CommandLine.parse(new String[] {"-I", "f.py"});
        assertThat(c.isolated()).isTrue();
        assertThat(c.ignoreEnvironment()).isTrue();
    }

    @Test
    void versionAndHelp() throws Exception {
        assertThat(CommandLine.parse(new String[] {"-V"}).action()).isEqualTo(Action.VERSION);
        assertThat(CommandLine.parse(new String[] {"--version"}).action()).isEqualTo(Action.VERSION);
        assertThat(CommandLine.parse(new String[] {"-h"}).action()).isEqualTo(Action.HELP);
        assertThat(CommandLine.parse(new String[] {"--help"}).action()).isEqualTo(Action.HELP);
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"-Z"})).isInstanceOf(CommandLine.UsageError.class)
                .hasMessage("Unknown option: -Z");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"-c"})).isInstanceOf(CommandLine.UsageError.class)
                .hasMessage("Argument expected for the -c option");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--nope"}))
                .isInstanceOf(CommandLine.UsageError.class);
    }

    @Test
    void environmentHidesPythonVariablesUnderE() {
        Environment env = new Environment(Map.of("PYTHON_JIT", "0", "PYTHONPATH", ""), false);
        assertThat(env.python("PYTHON_JIT")).contains("0");
        assertThat(env.python("PYTHONPATH")).isEmpty();
        assertThat(new Environment(Map.of("PYTHON_JIT", "0"), true).python("PYTHON_JIT")).isEmpty();
    }
}
