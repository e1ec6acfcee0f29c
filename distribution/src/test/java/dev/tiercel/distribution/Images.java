package dev.tiercel.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The jlink images under test and a way to run their {@code bin/tiercel}. */
final class Images {
    private Images() {}

    /** Every image the distribution builds, in the order tests report them. */
    static final List<String> ALL = List.of("tiercel-tier1", "tiercel-interp", "tiercel-jit", "tiercel-jit-off");

    static Path imagesDir() {
        return Path.of(System.getProperty("tiercel.images", "target/images")).toAbsolutePath();
    }

    static Path repo() {
        return Path.of(System.getProperty("tiercel.repo", "..")).toAbsolutePath().normalize();
    }

    static Path launcher(String image) {
        return imagesDir().resolve(image).resolve("bin/tiercel");
    }

    /** What a finished process printed and returned. */
    record Result(String stdout, String stderr, int exitCode) {}

    /** Runs {@code command} in {@code dir} with extra environment variables, feeding {@code stdin}. */
    static Result run(Path dir, Map<String, String> env, String stdin, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("tiercel-out", ".txt");
        Path err = Files.createTempFile("tiercel-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException closedEarly) {
                // the program did not read all of its input; that is its business
            }
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("timed out after 180 s: " + command);
            }
            return new Result(Files.readString(out), Files.readString(err), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs an image's {@code bin/tiercel} with arguments. */
    static Result tiercel(String image, Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher(image).toString());
        cmd.addAll(List.of(args));
        return run(dir, env, null, cmd);
    }
}
