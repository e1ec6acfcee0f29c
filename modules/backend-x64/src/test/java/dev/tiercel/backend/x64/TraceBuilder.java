package dev.tiercel.backend.x64;

import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.TraceStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds synthetic traces for tests: a body of uops and the exit stubs their exits go to. Exit numbers are handed
 * out in order (stubs and the body's final exit alike), so each exit of a trace has its own number.
 */
final class TraceBuilder {
    private static final java.util.Set<String> EXITING = java.util.Set.of("_GUARD_BOTH_INT", "_GUARD_BOTH_FLOAT",
            "_BINARY_OP_ADD_INT", "_BINARY_OP_SUBTRACT_INT", "_BINARY_OP_MULTIPLY_INT", "_GUARD_IS_TRUE_POP",
            "_GUARD_IS_FALSE_POP", "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_CHECK_VALIDITY",
            "_JUMP_TO_TOP");

    final List<TraceStep> body = new ArrayList<>();
    final List<TraceStep> stubs = new ArrayList<>();
    /** For each exit number, the uop that takes it ("end" for the body's final exit). */
    final List<String> exitOwners = new ArrayList<>();
    private int exitNumbers;

    /** Adds a uop; one that can exit gets its own _DEOPT stub. Returns the exit number, or -1. */
    int add(String uop, long oparg) {
        return add(uop, oparg, "_DEOPT");
    }

    int add(String uop) {
        return add(uop, 0);
    }

    int add(String uop, long oparg, String stubUop) {
        TraceStep step = TraceStep.of(uop, oparg);
        int number = -1;
        if (EXITING.contains(uop)) {
            number = exitNumbers++;
            exitOwners.add(uop);
            step = step.withExit(stubs.size());
            stubs.add(TraceStep.of(stubUop, number));
        }
        body.add(step);
        return number;
    }

    void constant(SlotTag tag, long bits) {
        body.add(TraceStep.of("_LOAD_CONST_INLINE", tag.code()).withOperand(bits));
    }

    void setIp(long ip) {
        body.add(TraceStep.of("_SET_IP").withOperand(ip));
    }

    /** The back edge; returns the number of its eval-breaker exit. */
    int jumpToTop(int target) {
        int number = exitNumbers++;
        exitOwners.add("_JUMP_TO_TOP");
        body.add(TraceStep.of("_JUMP_TO_TOP").withJumpTarget(target).withExit(stubs.size()));
        stubs.add(TraceStep.of("_EXIT_TRACE", number));
        return number;
    }

    /** An unconditional exit ending the body; returns its number. */
    int exitTrace() {
        int number = exitNumbers++;
        exitOwners.add("end");
        body.add(TraceStep.of("_EXIT_TRACE", number));
        return number;
    }

    int size() {
        return body.size();
    }
}
