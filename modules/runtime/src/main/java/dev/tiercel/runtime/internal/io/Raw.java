package dev.tiercel.runtime.internal.io;

import java.io.IOException;

/** The operating-system side of a file: unbuffered reads and writes at a position, as FileIO sees it. */
interface Raw {
    /** Up to {@code len} bytes into {@code b}; 0 at end of file. */
    int read(byte[] b, int off, int len) throws IOException;

    /** Writes all of {@code b[off, off+len)}, returning len. */
    int write(byte[] b, int off, int len) throws IOException;

    /** lseek: the new absolute position. */
    long seek(long offset, int whence) throws IOException;

    long tell() throws IOException;

    /** Resizes the file to {@code size} bytes; the position is unchanged. */
    void truncate(long size) throws IOException;

    /** The file's length when known, else -1 (pipes, terminals). */
    long size() throws IOException;

    boolean seekable();

    boolean isatty();

    /** The descriptor number {@code fileno()} reports. */
    int fileno();

    void close() throws IOException;
}
