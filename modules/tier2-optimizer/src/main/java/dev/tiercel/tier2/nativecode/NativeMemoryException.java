package dev.tiercel.tier2.nativecode;

/** A libc memory call (mmap, mprotect, munmap) failed. */
public final class NativeMemoryException extends Exception {
    public NativeMemoryException(String message) {
        super(message);
    }
}
