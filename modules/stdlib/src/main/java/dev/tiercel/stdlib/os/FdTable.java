package dev.tiercel.stdlib.os;

import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** File descriptors for {@code os.open} and friends: small ints naming open {@link FileChannel}s. */
final class FdTable {
    private FdTable() {}

    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;

    private static final Map<Integer, FileChannel> OPEN = new ConcurrentHashMap<>();
    private static final Map<Integer, Path> PATHS = new ConcurrentHashMap<>();
    private static int next = 3;

    static synchronized int open(Path path, String name, int flags, int mode) {
        Set<OpenOption> opts = new HashSet<>();
        int acc = flags & 3;
        if (acc == 0 || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_APPEND) != 0) {
            opts.add(StandardOpenOption.APPEND);
        }
        if ((flags & O_TRUNC) != 0 && acc != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if (java.nio.file.Files.isDirectory(path)) {
            throw OsErrors.error(21, name, null);
        }
        try {
            boolean existed = java.nio.file.Files.exists(path);
            FileChannel ch = FileChannel.open(path, opts);
            if (!existed) {
                OsNative.setMode(path, mode & ~OsNative.umask, true);
            }
            while (OPEN.containsKey(next)) {
                next++;
            }
            int fd = next++;
            OPEN.put(fd, ch);
            PATHS.put(fd, path);
            return fd;
        } catch (IOException e) {
            throw OsErrors.of(e, name);
        }
    }

    static FileChannel channel(int fd) {
        FileChannel ch = OPEN.get(fd);
        if (ch == null) {
            throw badFd();
        }
        return ch;
    }

    static Path path(int fd) {
        channel(fd);
        return PATHS.get(fd);
    }

    static PyException badFd() {
        return OsErrors.error(9, null, null);
    }

    static synchronized void close(int fd) {
        FileChannel ch = OPEN.remove(fd);
        PATHS.remove(fd);
        if (ch == null) {
            throw badFd();
        }
        try {
            ch.close();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
        next = Math.min(next, fd);
    }

    static PyBytes read(int fd, int n) {
        if (n < 0) {
            throw PyErr.valueError("negative count");
        }
        if (fd == 0) {
            try { // what one read(2) gives, as CPython's: a terminal's line, not n bytes
                byte[] got = new byte[n];
                int k = n == 0 ? 0 : System.in.read(got, 0, n);
                return new PyBytes(k == n ? got : Arrays.copyOf(got, Math.max(k, 0)));
            } catch (IOException e) {
                throw OsErrors.of(e, null);
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            int got = channel(fd).read(buf);
            byte[] out = new byte[Math.max(got, 0)];
            buf.flip();
            buf.get(out);
            return new PyBytes(out);
        } catch (java.nio.channels.NonReadableChannelException e) {
            throw badFd();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static int write(int fd, byte[] data) {
        try {
            if (fd == 1 || fd == 2) {
                FileOutputStream s = new FileOutputStream(fd == 1 ? FileDescriptor.out : FileDescriptor.err);
                s.write(data);
                s.flush();
                return data.length;
            }
            return channel(fd).write(ByteBuffer.wrap(data));
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw badFd();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static long lseek(int fd, long pos, int how) {
        FileChannel ch = channel(fd);
        try {
            long base = how == 0 ? 0 : how == 1 ? ch.position() : ch.size();
            long target = base + pos;
            if (target < 0 || how < 0 || how > 2) {
                throw OsErrors.error(22, null, null);
            }
            ch.position(target);
            return target;
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static void truncate(int fd, long length) {
        try {
            FileChannel ch = channel(fd);
            if (length < ch.size()) {
                ch.truncate(length);
            } else if (length > ch.size()) {
                ch.write(ByteBuffer.wrap(new byte[] {0}), length - 1);
            }
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    static void fsync(int fd) {
        try {
            channel(fd).force(true);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }
}
