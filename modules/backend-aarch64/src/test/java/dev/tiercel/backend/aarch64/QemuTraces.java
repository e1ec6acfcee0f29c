package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs AArch64 traces under qemu-aarch64 in one process: {@code stencils/harness/run_traces.c}, built static with
 * {@code aarch64-linux-gnu-gcc}, reads (code, validity word, register file) per trace from stdin and writes (exit
 * number, register file). Code must be laid out for {@link #CODE_BASE} with its executor data at {@link #DATA_BASE}.
 */
final class QemuTraces implements AutoCloseable {
    static final long CODE_BASE = 0x4000_0000L;
    static final long DATA_BASE = 0x4010_0000L;

    private final Path dir;
    private final Path harness;
    private final Path in;
    private final OutputStream input;
    private DataInputStream output;

    QemuTraces(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.harness = dir.resolve("run_traces");
        Tools.run("aarch64-linux-gnu-gcc", "-O2", "-static", "-o", harness.toString(),
                "stencils/harness/run_traces.c");
        this.in = dir.resolve("input.bin");
        this.input = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16);
    }

    /** Queues one trace: its code, whether its executor is valid, the register file it starts from. */
    void add(byte[] code, boolean valid, long[] registers) throws IOException {
        write(code.length);
        input.write(code);
        write(valid ? 1 : 0);
        write(registers.length * 8L);
        ByteBuffer words = ByteBuffer.allocate(registers.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : registers) {
            words.putLong(w);
        }
        input.write(words.array());
    }

    /** Runs every queued trace; then {@link #nextExit} and {@link #nextRegisters} read the results in order. */
    void run() throws IOException, InterruptedException {
        input.close();
        Path out = dir.resolve("output.bin");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder("qemu-aarch64", harness.toString()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("qemu run finishes").isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        InputStream o = Files.newInputStream(out);
        output = new DataInputStream(new java.io.BufferedInputStream(o, 1 << 16));
    }

    long nextExit() throws IOException {
        return Long.reverseBytes(output.readLong());
    }

    long[] nextRegisters(int words) throws IOException {
        long[] r = new long[words];
        for (int w = 0; w < words; w++) {
            r[w] = Long.reverseBytes(output.readLong());
        }
        return r;
    }

    /** Whether qemu wrote exactly what was read. */
    boolean drained() throws IOException {
        return output.read() == -1;
    }

    private void write(long value) throws IOException {
        for (int i = 0; i < 8; i++) {
            input.write((int) (value >>> (8 * i)));
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
        if (output != null) {
            output.close();
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
