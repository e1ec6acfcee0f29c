package dev.tiercel.tier2.nativecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Code memory for native traces, with a size limit. Each {@link CodeBlock} is its own page-aligned anonymous
 * mapping: it is mapped read+write, filled, then sealed read+execute, and never is writable and executable at
 * once. Because no page is shared between blocks, sealing or freeing one never touches code another thread may
 * be running.
 *
 * <p>When the limit would be exceeded, {@link #allocate} returns empty, so the backend can decline the trace.
 */
public final class ExecutableArena {
    /** The default limit on mapped code. */
    public static final long DEFAULT_CAPACITY = 64L << 20;

    private final long capacity;
    private final int pageSize;
    private final List<CodeBlock> live = new ArrayList<>();
    private long mapped;

    public ExecutableArena() {
        this(DEFAULT_CAPACITY);
    }

    public ExecutableArena(long capacityBytes) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacityBytes);
        }
        this.capacity = capacityBytes;
        this.pageSize = Libc.pageSize();
    }

    /**
     * Maps a writable block of at least {@code size} bytes, or returns empty when the arena's limit would be
     * exceeded or the system refuses the mapping.
     */
    public synchronized Optional<CodeBlock> allocate(long size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        long length = (size + pageSize - 1) / pageSize * pageSize;
        if (mapped + length > capacity) {
            return Optional.empty();
        }
        long address;
        try {
            address = Libc.mmap(length, Libc.PROT_READ | Libc.PROT_WRITE);
        } catch (NativeMemoryException e) {
            return Optional.empty();
        }
        CodeBlock block = new CodeBlock(this, address, length);
        live.add(block);
        mapped += length;
        return Optional.of(block);
    }

    synchronized void released(CodeBlock block) {
        if (live.remove(block)) {
            mapped -= block.length();
        }
    }

    /** Bytes currently mapped (whole pages). */
    public synchronized long mappedBytes() {
        return mapped;
    }

    public long capacity() {
        return capacity;
    }

    public int pageSize() {
        return pageSize;
    }

    /** The address ranges this arena has mapped and not yet freed, for checks against {@code /proc/self/maps}. */
    public synchronized List<AddressRange> mappedRanges() {
        return live.stream().map(b -> new AddressRange(b.address(), b.address() + b.length())).toList();
    }

    /** Frees every block still mapped. Code must not be running in any of them. */
    public void releaseAll() {
        List<CodeBlock> all;
        synchronized (this) {
            all = List.copyOf(live);
        }
        all.forEach(CodeBlock::release);
    }

    /** A half-open range of addresses {@code [start, end)}. */
    public record AddressRange(long start, long end) {
        public boolean overlaps(long otherStart, long otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }
}
