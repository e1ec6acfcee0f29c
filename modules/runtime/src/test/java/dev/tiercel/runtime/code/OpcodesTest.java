package dev.tiercel.runtime.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OpcodesTest {

    @Test
    void numbersNamesAndCachesAreCPythons() {
        assertThat(Opcodes.BINARY_OP).isEqualTo(45);
        assertThat(Opcodes.name(Opcodes.LOAD_FAST_LOAD_FAST)).isEqualTo("LOAD_FAST_LOAD_FAST");
        assertThat(Opcodes.cacheEntries(Opcodes.LOAD_GLOBAL)).isEqualTo(4);
        assertThat(Opcodes.cacheEntries(Opcodes.BINARY_OP_ADD_INT)).isEqualTo(1);
        assertThat(Opcodes.base(Opcodes.BINARY_OP_ADD_INT)).isEqualTo(Opcodes.BINARY_OP);
        assertThat(Opcodes.isSpecialized(Opcodes.FOR_ITER_RANGE)).isTrue();
        assertThat(Opcodes.hasArg(Opcodes.RETURN_VALUE)).isFalse();
        assertThat(Opcodes.hasJump(Opcodes.POP_JUMP_IF_FALSE)).isTrue();
        assertThat(Opcodes.byName("RESUME")).isEqualTo(149);
    }

    @Test
    void stackEffectsFollowTheOparg() {
        assertThat(Opcodes.stackEffect(Opcodes.CALL, 2, false)).isEqualTo(-3);
        assertThat(Opcodes.stackEffect(Opcodes.LOAD_GLOBAL, 1, false)).isEqualTo(2);
        assertThat(Opcodes.stackEffect(Opcodes.LOAD_GLOBAL, 0, false)).isEqualTo(1);
        assertThat(Opcodes.stackEffect(Opcodes.BUILD_SLICE, 3, false)).isEqualTo(-2);
        assertThat(Opcodes.stackEffect(Opcodes.UNPACK_EX, 0x0102, false)).isEqualTo(3);
    }

    /** The committed table is what tools/gen-opcodes.py makes from the CPython 3.13 on this machine. */
    @Test
    void generatedTableIsCurrentWhenCPython313IsInstalled() throws Exception {
        Path python = findPython313();
        assumeTrue(python != null, "CPython 3.13 is not installed: cannot regenerate the opcode table");
        Path repo = Path.of("").toAbsolutePath().getParent().getParent();
        Path out = Files.createTempFile("Opcodes", ".java");
        Process p = new ProcessBuilder(python.toString(), repo.resolve("tools/gen-opcodes.py").toString(),
                out.toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Path committed = repo.resolve("modules/runtime/src/main/java/dev/tiercel/runtime/code/Opcodes.java");
        assertThat(Files.readString(out)).isEqualTo(Files.readString(committed));
        Files.delete(out);
    }

    private static Path findPython313() throws Exception {
        List<Path> candidates = new java.util.ArrayList<>(List.of(Path.of("/usr/bin/python3.13")));
        Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv/versions");
        if (Files.isDirectory(pyenv)) {
            try (Stream<Path> versions = Files.list(pyenv)) {
                versions.filter(v -> v.getFileName().toString().startsWith("3.13"))
                        .forEach(v -> candidates.add(v.resolve("bin/python3.13")));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
