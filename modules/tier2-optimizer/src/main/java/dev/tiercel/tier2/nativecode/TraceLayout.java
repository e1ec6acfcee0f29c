package dev.tiercel.tier2.nativecode;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each stencil of a trace goes: the entry stencil, the body's stencils one after another, then the exit
 * stubs. A stencil that ends in a jump to its continuation is copied without that jump when the continuation
 * follows it directly. {@link #emit} copies and patches; nothing else happens at compile time.
 */
public final class TraceLayout {
    private final List<Stencil> pieces;
    private final List<TraceStep> steps;
    private final int[] offsets;
    private final int[] lengths;
    private final int bodyCount;
    private final int size;

    private TraceLayout(List<Stencil> pieces, List<TraceStep> steps, int bodyCount) {
        this.pieces = pieces;
        this.steps = steps;
        this.bodyCount = bodyCount;
        int n = pieces.size();
        this.offsets = new int[n + 1];
        this.lengths = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            Stencil s = pieces.get(i);
            boolean continuationFollows = i < bodyCount; // entry and body steps but the last one flow onward
            lengths[i] = continuationFollows ? s.fallThroughSize() : s.size();
            offsets[i] = at;
            at += lengths[i];
        }
        offsets[n] = at;
        this.size = at;
    }

    /**
     * Plans a trace. The body's last uop must not continue (it jumps or exits); exit stubs must not continue.
     *
     * @throws IllegalArgumentException for a uop without stencil, a bad jump or exit index, or a body that runs
     *                                  off its end
     */
    public static TraceLayout plan(StencilSet set, List<TraceStep> body, List<TraceStep> exitStubs) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty trace");
        }
        List<Stencil> pieces = new ArrayList<>(body.size() + exitStubs.size() + 1);
        List<TraceStep> steps = new ArrayList<>(pieces.size());
        pieces.add(set.entry());
        steps.add(TraceStep.of("(entry)"));
        for (int i = 0; i < body.size(); i++) {
            TraceStep step = body.get(i);
            Stencil s = set.get(step.uop());
            check(s, step, body.size(), exitStubs.size());
            if (i == body.size() - 1 && s.uses(HoleKind.CONTINUE)) {
                throw new IllegalArgumentException("the trace body must end in a jump or an exit, not " + step.uop());
            }
            pieces.add(s);
            steps.add(step);
        }
        for (TraceStep stub : exitStubs) {
            Stencil s = set.get(stub.uop());
            if (s.uses(HoleKind.CONTINUE) || s.uses(HoleKind.EXIT_TARGET) || s.uses(HoleKind.JUMP_TARGET)) {
                throw new IllegalArgumentException(stub.uop() + " cannot be an exit stub");
            }
            pieces.add(s);
            steps.add(stub);
        }
        return new TraceLayout(List.copyOf(pieces), List.copyOf(steps), body.size() + 1);
    }

    private static void check(Stencil s, TraceStep step, int bodySize, int exitCount) {
        if (s.uses(HoleKind.JUMP_TARGET) && (step.jumpTarget() < 0 || step.jumpTarget() >= bodySize)) {
            throw new IllegalArgumentException(step.uop() + " needs a jump target in the body, has " + step.jumpTarget());
        }
        if (s.uses(HoleKind.EXIT_TARGET) && (step.exit() < 0 || step.exit() >= exitCount)) {
            throw new IllegalArgumentException(step.uop() + " needs an exit stub, has " + step.exit());
        }
    }

    /** Total bytes of code. */
    public int size() {
        return size;
    }

    /** Offset of body step {@code i} from the start of the code. */
    public int bodyOffset(int i) {
        return offsets[1 + i];
    }

    /** Offset of exit stub {@code i}. */
    public int exitOffset(int i) {
        return offsets[bodyCount + i];
    }

    /** Number of uops laid out (body and stubs, not the entry). */
    public int uopCount() {
        return pieces.size() - 1;
    }

    /**
     * Copies the stencils into {@code code} (at least {@link #size()} bytes, writable) and patches every hole,
     * for code that will run at address {@code base}.
     *
     * @param executor address of the executor's data block (the value of {@link HoleKind#EXECUTOR})
     */
    public void emit(MemorySegment code, long base, long executor) {
        for (int i = 0; i < pieces.size(); i++) {
            Stencil s = pieces.get(i);
            TraceStep step = steps.get(i);
            int at = offsets[i];
            int length = lengths[i];
            MemorySegment.copy(MemorySegment.ofArray(s.codeUnsafe()), 0, code, at, length);
            for (Hole h : s.holes()) {
                if (h.offset() >= length) {
                    continue; // part of the elided jump to the continuation
                }
                long value = switch (h.kind()) {
                    case OPARG -> step.oparg();
                    case OPERAND -> step.operand();
                    case EXECUTOR -> executor;
                    case CONTINUE -> base + offsets[i + 1];
                    case JUMP_TARGET -> base + offsets[1 + step.jumpTarget()];
                    case EXIT_TARGET -> base + offsets[bodyCount + step.exit()];
                };
                h.patch().apply(code, at + h.offset(), base, value + h.addend());
            }
        }
    }

    /** Emits into a fresh byte array, for inspection and measurement. */
    public byte[] emitToArray(long base, long executor) {
        byte[] out = new byte[size];
        emit(MemorySegment.ofArray(out), base, executor);
        return out;
    }
}
