package dev.tiercel.tier2.nativecode;

import java.lang.foreign.MemorySegment;

/**
 * One mapping of an {@link ExecutableArena}: writable until {@link #seal()}, executable after, unmapped by
 * {@link #release()}.
 */
public final class CodeBlock {
    private enum State { WRITABLE, EXECUTABLE, RELEASED }

    private final ExecutableArena arena;
    private final long address;
    private final long length;
    private State state = State.WRITABLE;

    CodeBlock(ExecutableArena arena, long address, long length) {
        this.arena = arena;
        this.address = address;
        this.length = length;
    }

    public long address() {
        return address;
    }

    /** Mapped length: whole pages. */
    public long length() {
        return length;
    }

    /** The block's memory for filling; only while it is writable. */
    public synchronized MemorySegment writable() {
        if (state != State.WRITABLE) {
            throw new IllegalStateException("code block is " + state);
        }
        return MemorySegment.ofAddress(address).reinterpret(length);
    }

    /**
     * Makes the block read+execute; it is never writable again. First makes the written code visible to instruction
     * fetch ({@link InstructionCache}: nothing on x86-64, cache maintenance on AArch64).
     */
    public synchronized void seal() throws NativeMemoryException {
        if (state != State.WRITABLE) {
            throw new IllegalStateException("code block is " + state);
        }
        InstructionCache.synchronize(address, length);
        Libc.mprotect(address, length, Libc.PROT_READ | Libc.PROT_EXEC);
        state = State.EXECUTABLE;
    }

    public synchronized boolean isExecutable() {
        return state == State.EXECUTABLE;
    }

    /** The address of the first byte, once sealed. */
    public synchronized MemorySegment entryPoint() {
        if (state != State.EXECUTABLE) {
            throw new IllegalStateException("code block is " + state);
        }
        return MemorySegment.ofAddress(address);
    }

    /** Unmaps the block. Idempotent. No thread may be running its code. */
    public void release() {
        synchronized (this) {
            if (state == State.RELEASED) {
                return;
            }
            state = State.RELEASED;
            try {
                Libc.munmap(address, length);
            } catch (NativeMemoryException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        arena.released(this);
    }
}
