package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiercel.tier2.nativecode.HoleKind;
import dev.tiercel.tier2.nativecode.Stencil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The committed stencil tables: complete, well-formed, and current with stencils/uops.c when clang-19 exists. */
class StencilTablesTest {
    static final String[] REQUIRED = {"_LOAD_FAST", "_STORE_FAST", "_LOAD_CONST_INLINE", "_GUARD_BOTH_INT",
        "_GUARD_BOTH_FLOAT", "_BINARY_OP_ADD_INT", "_BINARY_OP_SUBTRACT_INT", "_BINARY_OP_MULTIPLY_INT",
        "_BINARY_OP_ADD_FLOAT", "_BINARY_OP_SUBTRACT_FLOAT", "_BINARY_OP_MULTIPLY_FLOAT", "_COMPARE_OP_INT",
        "_COMPARE_OP_FLOAT", "_GUARD_IS_TRUE_POP", "_GUARD_IS_FALSE_POP", "_ITER_CHECK_RANGE",
        "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_SET_IP", "_CHECK_VALIDITY", "_JUMP_TO_TOP",
        "_EXIT_TRACE", "_DEOPT"};

    @Test
    void everyRequiredUopHasAStencil() {
        var set = X64JitBackend.stencils();
        assertThat(set.architecture()).isEqualTo("x86_64");
        assertThat(set.uopNames()).contains(REQUIRED);
        for (Stencil s : set.stencils()) {
            assertThat(s.uses(HoleKind.CONTINUE) || s.uses(HoleKind.JUMP_TARGET) || s.name().startsWith("_EXIT_TRACE")
                    || s.name().startsWith("_DEOPT")).as(s.name() + " goes somewhere").isTrue();
        }
        // Everything that continues ends in the jump the layout drops, so straight-line code falls through.
        set.stencils().stream().filter(s -> s.uses(HoleKind.CONTINUE))
                .forEach(s -> assertThat(s.canFallThrough()).as(s.name()).isTrue());
        // the entry calls the first stencil (C convention outside, preserve_none inside) and returns its exit
        assertThat(set.entry().uses(HoleKind.CONTINUE)).isTrue();
    }

    @Test
    void committedTablesAreCurrentWithTheTemplates() throws IOException, InterruptedException {
        assumeTrue(onPath("clang-19"), "clang-19 is not installed: the stencil tables' currency was not checked "
                + "(apt-get install clang-19, then this test regenerates and compares)");
        assumeTrue(objdumpInstalled(), "no llvm-objdump (beside clang-19, llvm-objdump-19 or llvm-objdump): the "
                + "x86-64 stencil tables' currency was not checked (apt-get install llvm-19)");
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "stencils/StencilGen.java", "x86_64", "--check")
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    /** The same templates must also make AArch64 stencils (every relocation understood), for the AArch64 backend. */
    @Test
    void templatesAlsoGenerateForAArch64() throws IOException, InterruptedException {
        assumeTrue(onPath("clang-19"), "clang-19 is not installed: AArch64 generation was not tried");
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Path out = Files.createTempFile("AArch64Stencils", ".java");
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "stencils/StencilGen.java", "aarch64", "--out",
                    out.toString()).directory(root.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            String source = Files.readString(out);
            assertThat(source).contains("package dev.tiercel.backend.aarch64;", "PatchKind.BRANCH26",
                    "PatchKind.MOVW_G0", "PatchKind.MOVW_G3");
            for (String uop : REQUIRED) {
                assertThat(source).contains("Stencil.ofHex(\"" + uop + "\"");
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** StencilGen's x86-64 tidying reads branch targets from llvm-objdump, which the package clang-19 lacks. */
    static boolean objdumpInstalled() {
        if (onPath("llvm-objdump-19") || onPath("llvm-objdump")) {
            return true;
        }
        try {
            Path clang = Path.of("/usr/bin/clang-19").toRealPath();
            return Files.isExecutable(clang.resolveSibling("llvm-objdump"));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
