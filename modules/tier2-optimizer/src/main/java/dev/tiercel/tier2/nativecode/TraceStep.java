package dev.tiercel.tier2.nativecode;

import java.util.Objects;

/**
 * One uop of a trace as the layout sees it.
 *
 * @param uop        CPython's uop name, e.g. {@code _BINARY_OP_ADD_INT}
 * @param oparg      the oparg (unsigned, at most 32 bits)
 * @param operand    the 64-bit operand
 * @param jumpTarget index of the body step a {@link HoleKind#JUMP_TARGET} refers to, or -1
 * @param exit       index of the exit stub a {@link HoleKind#EXIT_TARGET} refers to, or -1
 */
public record TraceStep(String uop, long oparg, long operand, int jumpTarget, int exit) {
    public TraceStep {
        Objects.requireNonNull(uop);
    }

    public static TraceStep of(String uop) {
        return new TraceStep(uop, 0, 0, -1, -1);
    }

    public static TraceStep of(String uop, long oparg) {
        return new TraceStep(uop, oparg, 0, -1, -1);
    }

    public TraceStep withOperand(long value) {
        return new TraceStep(uop, oparg, value, jumpTarget, exit);
    }

    public TraceStep withExit(int exitIndex) {
        return new TraceStep(uop, oparg, operand, jumpTarget, exitIndex);
    }

    public TraceStep withJumpTarget(int stepIndex) {
        return new TraceStep(uop, oparg, operand, stepIndex, exit);
    }
}
