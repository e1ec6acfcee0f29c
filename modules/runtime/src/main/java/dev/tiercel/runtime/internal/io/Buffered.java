package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyObject;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * BufferedReader/Writer/Random's state: a read-ahead buffer and a write buffer over one {@link RawFile}, never both
 * in use at once. The stream position is the raw position, less what was read ahead, plus what waits to be written.
 */
final class Buffered implements ByteStream {
    final RawFile raw;
    private final int size;
    private final byte[] rbuf;
    private int rpos;
    private int rlen;
    private final byte[] wbuf;
    private int wlen;

    Buffered(RawFile raw, int size) {
        this.raw = raw;
        this.size = size;
        this.rbuf = raw.readable ? new byte[size] : null;
        this.wbuf = raw.writable ? new byte[size] : null;
    }

    int bufferSize() {
        return size;
    }

    @Override
    public boolean readable() {
        if (raw.readable) {
            raw.checkOpen();
        }
        return raw.readable;
    }

    @Override
    public boolean writable() {
        if (raw.writable) {
            raw.checkOpen();
        }
        return raw.writable;
    }

    @Override
    public boolean seekable() {
        raw.checkOpen();
        return raw.raw.seekable();
    }

    @Override
    public long fileno() {
        raw.checkOpen();
        return raw.raw.fileno();
    }

    @Override
    public boolean isatty() {
        raw.checkOpen();
        return raw.raw.isatty();
    }

    @Override
    public PyObject name() {
        return raw.name;
    }

    @Override
    public boolean closed() {
        return raw.closed();
    }

    /** A read operation's checks: UnsupportedOperation(op) first, then "what of closed file". */
    void readOp(String op, String what) {
        if (!raw.readable) {
            throw IoErrors.unsupported(op);
        }
        if (raw.closed()) {
            throw PyErr.valueError(what + " of closed file");
        }
    }

    private void writeOp(String op, String closedMessage) {
        if (!raw.writable) {
            throw IoErrors.unsupported(op);
        }
        if (raw.closed()) {
            throw PyErr.valueError(closedMessage);
        }
    }

    private int ahead() {
        return rlen - rpos;
    }

    /** Fills the empty read buffer with one raw read; false at end of file. */
    private boolean fill() {
        flushWrites();
        rpos = 0;
        rlen = 0;
        int n = raw.read(rbuf, 0, size);
        rlen = n;
        return n > 0;
    }

    /** read(n): n bytes or fewer at end of file; everything left when n is negative. */
    byte[] read(long n) {
        readOp("read", "read");
        if (n < 0) {
            return readAll();
        }
        int want = (int) Math.min(n, Integer.MAX_VALUE - 16);
        if (want <= ahead()) {
            byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + want);
            rpos += want;
            return r;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(want, 1 << 20));
        out.write(rbuf, rpos, ahead());
        rpos = rlen;
        flushWrites();
        while (out.size() < want) {
            int need = want - out.size();
            if (need >= size) {
                byte[] direct = new byte[Math.min(need, 1 << 20)];
                int got = raw.read(direct, 0, direct.length);
                if (got <= 0) {
                    break;
                }
                out.write(direct, 0, got);
            } else {
                if (!fill()) {
                    break;
                }
                int take = Math.min(need, rlen);
                out.write(rbuf, 0, take);
                rpos = take;
            }
        }
        return out.toByteArray();
    }

    @Override
    public byte[] readAll() {
        readOp("read", "read");
        byte[] head = Arrays.copyOfRange(rbuf, rpos, rlen);
        rpos = rlen = 0;
        flushWrites();
        byte[] rest = raw.readAll();
        if (head.length == 0) {
            return rest;
        }
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    /** read1(n): buffered bytes if there are any, else at most one raw read. */
    @Override
    public byte[] read1(long n) {
        readOp("read1", "read");
        if (n < 0) {
            n = size;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (ahead() == 0) {
            if (n >= size) {
                flushWrites();
                byte[] direct = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
                int got = raw.read(direct, 0, direct.length);
                return Arrays.copyOf(direct, Math.max(got, 0));
            }
            fill();
        }
        int take = (int) Math.min(n, ahead());
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + take);
        rpos += take;
        return r;
    }

    /** peek(): the read-ahead bytes, filling the buffer when it is empty; the position does not move. */
    byte[] peek() {
        readOp("peek", "peek");
        if (ahead() == 0) {
            fill();
        }
        return Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    /** readline(limit): up to and including b'\n'. */
    byte[] readline(long limit) {
        readOp("read", "readline");
        ByteArrayOutputStream out = null;
        while (true) {
            if (ahead() == 0 && !fill()) {
                break;
            }
            long room = limit < 0 ? Long.MAX_VALUE : limit - (out == null ? 0 : out.size());
            int end = room >= rlen - rpos ? rlen : rpos + (int) room;
            int i = rpos;
            while (i < end && rbuf[i] != '\n') {
                i++;
            }
            boolean done = i < end || end < rlen;
            if (i < end) {
                i++;
            }
            if (out == null && done) {
                byte[] r = Arrays.copyOfRange(rbuf, rpos, i);
                rpos = i;
                return r;
            }
            if (out == null) {
                out = new ByteArrayOutputStream();
            }
            out.write(rbuf, rpos, i - rpos);
            rpos = i;
            if (done || limit >= 0 && out.size() >= limit) {
                break;
            }
        }
        return out == null ? new byte[0] : out.toByteArray();
    }

    @Override
    public void write(byte[] b) {
        writeCheck();
        dropReadAhead();
        if (wlen + b.length <= size) {
            System.arraycopy(b, 0, wbuf, wlen, b.length);
            wlen += b.length;
            return;
        }
        flushWrites();
        if (b.length >= size) {
            raw.write(b, 0, b.length);
        } else {
            System.arraycopy(b, 0, wbuf, 0, b.length);
            wlen = b.length;
        }
    }

    void writeCheck() {
        writeOp("write", "write to closed file");
    }

    /** Moves the raw position back over bytes read ahead, so that a write lands at the stream position. */
    private void dropReadAhead() {
        if (ahead() > 0 && raw.raw.seekable()) {
            raw.seek(-ahead(), 1);
        }
        rpos = rlen = 0;
    }

    synchronized void flushWrites() {
        if (wlen > 0) {
            int n = wlen;
            wlen = 0;
            raw.write(wbuf, 0, n);
        }
    }

    @Override
    public void flush() {
        if (raw.closed()) {
            throw raw.writable ? PyErr.valueError("flush of closed file") : IoErrors.closed();
        }
        flushWrites();
    }

    @Override
    public long tell() {
        raw.checkOpen();
        long pos = raw.tell() - ahead() + wlen;
        return Math.max(pos, 0);
    }

    @Override
    public long seek(long offset, int whence) {
        if (raw.closed()) {
            throw PyErr.valueError("seek of closed file");
        }
        if (whence == 1 && wlen == 0 && offset >= -rpos && offset <= ahead()) {
            rpos += (int) offset; // inside the read-ahead: no raw seek
            return tell();
        }
        if (whence == 0 && wlen == 0 && rlen > 0) {
            long start = raw.tell() - rlen;
            if (offset >= start && offset <= start + rlen) {
                rpos = (int) (offset - start);
                return offset;
            }
        }
        long target = whence == 1 ? tell() + offset : offset;
        flushWrites();
        rpos = rlen = 0;
        return raw.seek(target, whence == 1 ? 0 : whence);
    }

    @Override
    public long truncate(long pos) {
        writeOp("truncate", "truncate of closed file");
        flushWrites();
        long here = tell();
        if (pos < 0) {
            pos = here;
        }
        raw.truncate(pos);
        rpos = rlen = 0;
        raw.seek(here, 0); // truncating leaves the position where it was
        return pos;
    }

    @Override
    public void close() {
        if (raw.closed()) {
            return;
        }
        try {
            flushWrites();
        } finally {
            OpenFiles.forget(this);
            raw.close();
        }
    }

    /** For the exit and the cleaner: flushes and closes, reporting nothing. */
    synchronized void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            raw.closeQuietly();
        }
    }

    /** At interpreter exit: what waits in the buffer reaches the file (CPython flushes files never closed). */
    synchronized void flushQuietly() {
        try {
            if (!raw.closed()) {
                flushWrites();
            }
        } catch (RuntimeException e) {
            // the exit goes on
        }
    }

    boolean hasPendingWrites() {
        return wlen > 0;
    }
}
