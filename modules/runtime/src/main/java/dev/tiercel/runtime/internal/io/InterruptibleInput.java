package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Py;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The process's standard input, readable in a way Ctrl-C can interrupt: a blocked {@code input()} or
 * {@code sys.stdin.readline()} raises KeyboardInterrupt when SIGINT arrives, as in CPython, where the read
 * returns EINTR. A Java read of a file descriptor cannot be interrupted, so a daemon thread (started at the first
 * read, so a program that never reads stdin leaves it untouched) does the blocking reads and hands the chunks
 * over; the reader waits for them in short slices and checks {@link Py#interruptPending} between slices.
 */
public final class InterruptibleInput extends InputStream {
    private static final byte[] END = new byte[0];
    private static final long SLICE_MILLIS = 20;
    private static final int CHUNK = 64 * 1024;

    private final InputStream source;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(4); // byte[] (END last) or IOException
    private Thread pump;
    private byte[] chunk;
    private int pos;
    private boolean ended;

    private InterruptibleInput(InputStream source) {
        this.source = source;
    }

    /** Makes {@code System.in} one of these (once) and returns it, so every reader of stdin shares one stream. */
    public static synchronized InputStream installOnSystemIn() {
        if (!(System.in instanceof InterruptibleInput)) {
            System.setIn(new InterruptibleInput(System.in));
        }
        return System.in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return chunk == null ? 0 : chunk.length - pos;
    }

    /** Waits for the next chunk unless the current one has bytes left; false at end of input. */
    private boolean fill() throws IOException {
        while (chunk == null || pos == chunk.length) {
            if (ended) {
                return false;
            }
            if (pump == null) {
                pump = Thread.ofPlatform().daemon().name("tiercel-stdin").start(this::pumpChunks);
            }
            Object next;
            try {
                next = chunks.poll(SLICE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            if (next == null) {
                Py.checkInterrupt(); // Ctrl-C while waiting: KeyboardInterrupt, the bytes still to come kept
            } else if (next instanceof IOException e) {
                ended = true;
                throw e;
            } else if (next == END) {
                ended = true;
                return false;
            } else {
                chunk = (byte[]) next;
                pos = 0;
            }
        }
        return true;
    }

    private void pumpChunks() {
        byte[] buffer = new byte[CHUNK];
        try {
            while (true) {
                int n;
                try {
                    n = source.read(buffer);
                } catch (IOException e) {
                    chunks.put(e);
                    return;
                }
                if (n < 0) {
                    chunks.put(END);
                    return;
                }
                if (n > 0) {
                    chunks.put(Arrays.copyOf(buffer, n));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
