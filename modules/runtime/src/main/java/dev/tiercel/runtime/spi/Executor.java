package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.object.PyFrame;

/**
 * A tier-2 executor: an optimized trace entered from tier 1 at an {@code ENTER_EXECUTOR} instruction.
 *
 * <p>Contract with tier 1: on entry {@code frame.sp} holds the value-stack depth tier 1 had at the instruction the
 * executor replaced, and {@code frame} is {@link dev.tiercel.runtime.object.Py#current}. {@link #execute} returns the
 * index of the code unit where tier 1 resumes (the first code unit of an instruction, its {@code EXTENDED_ARG} prefix
 * included) in the frame that is then {@code Py.current}, with that frame's {@code sp} and value stack exactly as
 * tier 1 expects them there. That frame is {@code frame} itself, or the frame of a call the trace inlined: such frames
 * are made, counted toward the recursion limit and linked ({@code back}) as tier 1 links the frames it pushes, and
 * each caller below holds its return index in {@code ip}, its call in {@code lasti} and its stack depth in
 * {@code sp}, so tier 1 continues in the callee and returns to the callers as if it had made the calls itself. When a
 * Python exception escapes, the same holds for {@code Py.current}, whose {@code lasti} is the index of the instruction
 * that raised it and whose {@code sp} covers every live stack value, so tier 1 unwinds as if it had raised it itself.
 */
public interface Executor {

    /** Runs the trace on {@code frame}; returns the code-unit index where tier 1 resumes, in {@code Py.current}. */
    int execute(PyFrame frame);

    /** False once an assumption the trace was built on no longer holds; tier 1 then restores the original. */
    boolean isValid();

    /** Marks the executor invalid (its assumptions broke); tier 1 stops entering it. */
    void invalidate();

    /** The code unit ({@code opcode | oparg << 8}) this executor's {@code ENTER_EXECUTOR} replaced. */
    int originalCodeUnit();
}
