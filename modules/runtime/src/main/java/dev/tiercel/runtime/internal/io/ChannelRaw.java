package dev.tiercel.runtime.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file opened by path: a {@link FileChannel}. Its {@code fileno()} is a number of its own (from 3 up, unique
 * in the process); {@code os.read(fileno)} does not reach it, since the os module keeps its own descriptor table.
 */
final class ChannelRaw implements Raw {
    private static final AtomicInteger NEXT_FD = new AtomicInteger(1000);

    private final FileChannel channel;
    private final boolean append;
    private final int fd = NEXT_FD.getAndIncrement();

    ChannelRaw(FileChannel channel, boolean append) {
        this.channel = channel;
        this.append = append;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = channel.read(ByteBuffer.wrap(b, off, len));
        return Math.max(n, 0);
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        if (append) {
            channel.position(channel.size()); // O_APPEND: every write goes to the end
        }
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        return len;
    }

    @Override
    public long seek(long offset, int whence) throws IOException {
        long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
        long target = base + offset;
        if (target < 0) {
            throw new InvalidSeek();
        }
        channel.position(target);
        return target;
    }

    @Override
    public long tell() throws IOException {
        return channel.position();
    }

    @Override
    public void truncate(long size) throws IOException {
        long length = channel.size();
        long pos = channel.position();
        if (size < length) {
            channel.truncate(size);
        } else if (size > length) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), size - 1); // extend with zeros, as ftruncate does
        }
        channel.position(pos);
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public boolean isatty() {
        return false;
    }

    @Override
    public int fileno() {
        return fd;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** lseek's EINVAL: a negative target position. */
    static final class InvalidSeek extends IOException {
        InvalidSeek() {
            super("Invalid argument");
        }
    }
}
