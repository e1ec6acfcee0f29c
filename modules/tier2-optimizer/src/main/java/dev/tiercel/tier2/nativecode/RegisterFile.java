package dev.tiercel.tier2.nativecode;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The unboxed values a native trace works on, in native memory laid out as {@code stencils/regfile.h} says:
 *
 * <pre>
 *   0  eval_breaker  back edges left before _JUMP_TO_TOP exits
 *   8  depth         value-stack depth, read on entry and written on exit
 *  16  ip            operand of the last _SET_IP
 *  24  stack_base    slot index of the value stack's bottom (= number of locals)
 *  32  break_request non-zero: _JUMP_TO_TOP exits at the next back edge (any thread may set it)
 *  64  slots         16 bytes each: value (int64 / double bits / 0-1 / byte offset), then tag
 *  ..  range iterators, 24 bytes each: start, step, len
 * </pre>
 *
 * Locals are slots {@code [0, locals)}; the value stack is slots {@code [locals, locals + stackSize)}.
 */
public final class RegisterFile {
    public static final long EVAL_BREAKER = 0;
    public static final long DEPTH = 8;
    public static final long IP = 16;
    public static final long STACK_BASE = 24;
    public static final long BREAK_REQUEST = 32;
    public static final long SLOTS = 64;
    public static final long SLOT_SIZE = 16;
    public static final long RANGE_ITER_SIZE = 24;

    private final MemorySegment memory;
    private final int locals;
    private final int stackSize;
    private final int rangeIterCapacity;
    private final long rangeIters;
    private int rangeItersUsed;

    private RegisterFile(MemorySegment memory, int locals, int stackSize, int rangeIterCapacity) {
        this.memory = memory;
        this.locals = locals;
        this.stackSize = stackSize;
        this.rangeIterCapacity = rangeIterCapacity;
        this.rangeIters = SLOTS + (long) (locals + stackSize) * SLOT_SIZE;
        memory.set(JAVA_LONG, STACK_BASE, locals);
    }

    /** A zeroed register file in {@code arena}: every slot UNDEF, depth 0, eval breaker 0. */
    public static RegisterFile allocate(Arena arena, int locals, int stackSize, int rangeIterators) {
        if (locals < 0 || stackSize < 0 || rangeIterators < 0) {
            throw new IllegalArgumentException("negative size");
        }
        long bytes = SLOTS + (long) (locals + stackSize) * SLOT_SIZE + rangeIterators * RANGE_ITER_SIZE;
        return new RegisterFile(arena.allocate(bytes, 16), locals, stackSize, rangeIterators);
    }

    /** Resets to the freshly allocated state, for reuse: every slot UNDEF, no range iterators. */
    public void clear() {
        memory.fill((byte) 0);
        memory.set(JAVA_LONG, STACK_BASE, locals);
        rangeItersUsed = 0;
    }

    /** Drops the range iterators (their records are rewritten by the next {@link #newRangeIterator}s). */
    public void forgetRangeIterators() {
        rangeItersUsed = 0;
    }

    public MemorySegment segment() {
        return memory;
    }

    public int locals() {
        return locals;
    }

    public int stackSize() {
        return stackSize;
    }

    /** Slot count: locals then stack. */
    public int slotCount() {
        return locals + stackSize;
    }

    public SlotTag tag(int slot) {
        return SlotTag.of(memory.get(JAVA_LONG, slotOffset(slot) + 8));
    }

    public long bits(int slot) {
        return memory.get(JAVA_LONG, slotOffset(slot));
    }

    public void set(int slot, SlotTag tag, long bits) {
        long at = slotOffset(slot);
        memory.set(JAVA_LONG, at, bits);
        memory.set(JAVA_LONG, at + 8, tag.code());
    }

    public void setInt(int slot, long value) {
        set(slot, SlotTag.INT, value);
    }

    public void setFloat(int slot, double value) {
        set(slot, SlotTag.FLOAT, Double.doubleToRawLongBits(value));
    }

    public void setBool(int slot, boolean value) {
        set(slot, SlotTag.BOOL, value ? 1 : 0);
    }

    public void setNone(int slot) {
        set(slot, SlotTag.NONE, 0);
    }

    /** Slot index of stack entry {@code i} (0 is the bottom). */
    public int stackSlot(int i) {
        return locals + i;
    }

    public long depth() {
        return memory.get(JAVA_LONG, DEPTH);
    }

    public void setDepth(long depth) {
        if (depth < 0 || depth > stackSize) {
            throw new IllegalArgumentException("depth " + depth + " outside the stack of " + stackSize);
        }
        memory.set(JAVA_LONG, DEPTH, depth);
    }

    /** Pushes onto the value stack (for entry glue and tests). */
    public void push(SlotTag tag, long bits) {
        long d = depth();
        setDepth(d + 1);
        set(stackSlot((int) d), tag, bits);
    }

    public long evalBreaker() {
        return memory.get(JAVA_LONG, EVAL_BREAKER);
    }

    /** Sets how many back edges a trace may take before it exits through its eval-breaker exit. */
    public void setEvalBreaker(long backEdges) {
        memory.set(JAVA_LONG, EVAL_BREAKER, backEdges);
    }

    /**
     * Asks running native code to leave at its next back edge (callable from any thread; the register file's
     * memory must then be shared). A separate word rather than zeroing the eval breaker, whose decrement could
     * overwrite the request. The caller clears it with {@link #clearBreakRequest()} after servicing it.
     */
    public void requestBreak() {
        JAVA_LONG.varHandle().setVolatile(memory, BREAK_REQUEST, 1L);
    }

    public boolean breakRequested() {
        return (long) JAVA_LONG.varHandle().getVolatile(memory, BREAK_REQUEST) != 0;
    }

    public void clearBreakRequest() {
        JAVA_LONG.varHandle().setVolatile(memory, BREAK_REQUEST, 0L);
    }

    public long ip() {
        return memory.get(JAVA_LONG, IP);
    }

    public void setIp(long ip) {
        memory.set(JAVA_LONG, IP, ip);
    }

    /** Adds a range iterator and returns the value for its RANGE_ITER slot. */
    public long newRangeIterator(long start, long step, long length) {
        if (rangeItersUsed == rangeIterCapacity) {
            throw new IllegalStateException("no room for another range iterator");
        }
        long at = rangeIters + rangeItersUsed++ * RANGE_ITER_SIZE;
        memory.set(JAVA_LONG, at, start);
        memory.set(JAVA_LONG, at + 8, step);
        memory.set(JAVA_LONG, at + 16, length);
        return at;
    }

    public long rangeStart(long iterator) {
        return memory.get(JAVA_LONG, checkIterator(iterator));
    }

    public long rangeStep(long iterator) {
        return memory.get(JAVA_LONG, checkIterator(iterator) + 8);
    }

    public long rangeLength(long iterator) {
        return memory.get(JAVA_LONG, checkIterator(iterator) + 16);
    }

    private long checkIterator(long iterator) {
        if (iterator < rangeIters || iterator >= rangeIters + rangeItersUsed * RANGE_ITER_SIZE
                || (iterator - rangeIters) % RANGE_ITER_SIZE != 0) {
            throw new IllegalArgumentException("not a range iterator of this register file: " + iterator);
        }
        return iterator;
    }

    private long slotOffset(int slot) {
        if (slot < 0 || slot >= locals + stackSize) {
            throw new IndexOutOfBoundsException("slot " + slot);
        }
        return SLOTS + slot * SLOT_SIZE;
    }
}
