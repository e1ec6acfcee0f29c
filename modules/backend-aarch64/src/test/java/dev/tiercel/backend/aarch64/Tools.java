package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.nativecode.StencilSet;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Test helpers: external tools, the repository root, and the x86-64 stencil set (for the agreement test). */
final class Tools {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private Tools() {
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Boolean crossCompilerWorks;

    /**
     * Whether aarch64-linux-gnu-gcc can build a static C program: the compiler package alone lacks the C
     * library's headers (libc6-dev-arm64-cross), so being on PATH is not enough. Probed once.
     */
    static synchronized boolean crossCompilerWorks() throws IOException, InterruptedException {
        if (crossCompilerWorks == null) {
            crossCompilerWorks = onPath("aarch64-linux-gnu-gcc") && probeCrossCompiler();
        }
        return crossCompilerWorks;
    }

    private static boolean probeCrossCompiler() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tiercel-cc-probe");
        try {
            Path source = dir.resolve("probe.c");
            Files.writeString(source, "#include <stdint.h>\n#include <stdio.h>\n#include <sys/mman.h>\n"
                    + "int main(void) { printf(\"%d\\n\", (int) sizeof(int64_t)); return 0; }\n");
            Process p = new ProcessBuilder("aarch64-linux-gnu-gcc", "-static", "-o", dir.resolve("probe").toString(),
                    source.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** Runs a command in the repository root; asserts it succeeds; returns its output. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The x86-64 backend's committed stencil set. {@code X64JitBackend.stencils()} is package-private (the backend
     * module exports nothing); these tests run on the class path, where reflection may reach it.
     */
    static StencilSet x64Stencils() {
        try {
            Method m = Class.forName("dev.tiercel.backend.x64.X64JitBackend").getDeclaredMethod("stencils");
            m.setAccessible(true);
            return (StencilSet) m.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot reach the x86-64 stencil set", e);
        }
    }
}
