package dev.tiercel.backend.x64;

import dev.tiercel.tier2.nativecode.HoleKind;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.TraceStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds synthetic traces for tests: a body of uops and the exit stubs their exits go to. Exit numbers are handed
 * out in order (stubs and the body's final exit alike), so each exit of a trace has its own number.
 */
final class TraceBuilder {
    final List<TraceStep> body = new ArrayList<>();
    final List<TraceStep> stubs = new ArrayList<>();
    /** For each exit number, the uop that takes it ("end" for the body's final exit). */
    final List<String> exitOwners = new ArrayList<>();
    private int exitNumbers;

    /** Adds a uop; one whose stencil can exit gets its own _DEOPT stub. Returns the exit number, or -1. */
    int add(String uop, long oparg) {
        return add(uop, oparg, "_DEOPT");
    }

    int add(String uop) {
        return add(uop, 0);
    }

    int add(String uop, long oparg, String stubUop) {
        TraceStep step = TraceStep.of(uop, oparg);
        int number = -1;
        if (X64JitBackend.stencils().get(uop).uses(HoleKind.EXIT_TARGET)) {
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
