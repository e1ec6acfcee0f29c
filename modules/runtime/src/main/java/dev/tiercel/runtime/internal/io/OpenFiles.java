package dev.tiercel.runtime.internal.io;

import java.lang.ref.Cleaner;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Files that may hold unwritten bytes. CPython writes them out when the file object goes away or, at the latest,
 * at exit. Here a file object the program dropped is noticed by a {@link Cleaner}; its closing waits in a queue
 * until the Python thread opens another file or exits (no Python-level call runs on the cleaner's thread).
 */
final class OpenFiles {
    private OpenFiles() {}

    private static final Set<Buffered> WRITABLE = ConcurrentHashMap.newKeySet();
    private static final Queue<Runnable> DROPPED = new ConcurrentLinkedQueue<>();
    private static Cleaner cleaner;

    private static synchronized Cleaner cleaner() {
        if (cleaner == null) {
            cleaner = Cleaner.create();
        }
        return cleaner;
    }

    /** Tracks the file object {@code outer}, whose buffered layer is {@code b} (null when unbuffered). */
    static void track(Object outer, Buffered b, RawFile raw) {
        if (b != null && raw.writable) {
            WRITABLE.add(b);
        }
        Runnable close = b != null ? b::closeQuietly : raw::closeQuietly;
        cleaner().register(outer, () -> DROPPED.add(close));
    }

    static void forget(Buffered b) {
        WRITABLE.remove(b);
    }

    /** Closes the files the program dropped since the last call (on the Python thread). */
    static void closeDropped() {
        for (Runnable r = DROPPED.poll(); r != null; r = DROPPED.poll()) {
            r.run();
        }
    }

    /** At exit: every file still holding bytes writes them. */
    static void flushAll() {
        closeDropped();
        for (Buffered b : WRITABLE) {
            b.flushQuietly();
        }
    }
}
