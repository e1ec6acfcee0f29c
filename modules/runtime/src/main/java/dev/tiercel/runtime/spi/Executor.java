package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.object.PyFrame;

/**
 * A tier-2 executor: an optimized trace entered from tier 1 at an {@code ENTER_EXECUTOR} instruction.
 *
 * <p>Contract with tier 1: on entry {@code frame.sp} holds the value-stack depth tier 1 had at the instruction the
 * executor replaced. {@link #execute} returns the index of the code unit where tier 1 resumes (the first code unit of
 * an instruction, its {@code EXTENDED_ARG} prefix included) with {@code frame.sp} and the value stack exactly as tier 1
 * expects them there. When a Python exception escapes, {@code frame.lasti} is the index of the instruction that
 * raised it and {@code frame.sp} covers every live stack value, so tier 1 unwinds as if it had raised it itself.
 */
public interface Executor {

    /** Runs the trace on {@code frame}; returns the code-unit index where tier 1 resumes. */
    int execute(PyFrame frame);

    /** False once an assumption the trace was built on no longer holds; tier 1 then restores the original. */
    boolean isValid();

    /** Marks the executor invalid (its assumptions broke); tier 1 stops entering it. */
    void invalidate();

    /** The code unit ({@code opcode | oparg << 8}) this executor's {@code ENTER_EXECUTOR} replaced. */
    int originalCodeUnit();
}
