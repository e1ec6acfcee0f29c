package dev.tiercel.tier2.nativecode;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Where each stencil of a trace goes: the entry stencil, the body's stencils one after another, then the exit
 * stubs. A stencil that ends in a jump to its continuation is copied without that jump when the continuation
 * follows it directly. {@link #emit} copies and patches; nothing else happens at compile time.
 */
public final class TraceLayout {
    private final Stencil[] pieces;
    private final TraceStep[] steps;
    private final int[] offsets;
    private final int[] lengths;
    private final int bodyCount;
    private final int size;

    private TraceLayout(Stencil[] pieces, TraceStep[] steps, int bodyCount) {
        this.pieces = pieces;
        this.steps = steps;
        this.bodyCount = bodyCount;
        int n = pieces.length;
        this.offsets = new int[n + 1];
        this.lengths = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            Stencil s = pieces[i];
            boolean continuationFollows = i < bodyCount; // entry and body flow onward; stubs do not
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
        int bodySize = body.size();
        if (bodySize == 0) {
            throw new IllegalArgumentException("empty trace");
        }
        int exitCount = exitStubs.size();
        Stencil[] pieces = new Stencil[1 + bodySize + exitCount];
        TraceStep[] steps = new TraceStep[pieces.length];
        pieces[0] = set.entry();
        steps[0] = ENTRY;
        for (int i = 0; i < bodySize; i++) {
            TraceStep step = body.get(i);
            Stencil s = set.get(step.uop());
            if (s.uses(HoleKind.JUMP_TARGET) && (step.jumpTarget() < 0 || step.jumpTarget() >= bodySize)) {
                throw new IllegalArgumentException(step.uop() + " needs a jump target in the body, has "
                        + step.jumpTarget());
            }
            if (s.uses(HoleKind.EXIT_TARGET) && (step.exit() < 0 || step.exit() >= exitCount)) {
                throw new IllegalArgumentException(step.uop() + " needs an exit stub, has " + step.exit());
            }
            if (i == bodySize - 1 && s.uses(HoleKind.CONTINUE)) {
                throw new IllegalArgumentException("the trace body must end in a jump or an exit, not " + step.uop());
            }
            pieces[1 + i] = s;
            steps[1 + i] = step;
        }
        for (int i = 0; i < exitCount; i++) {
            TraceStep stub = exitStubs.get(i);
            Stencil s = set.get(stub.uop());
            if (s.uses(HoleKind.CONTINUE) || s.uses(HoleKind.EXIT_TARGET) || s.uses(HoleKind.JUMP_TARGET)) {
                throw new IllegalArgumentException(stub.uop() + " cannot be an exit stub");
            }
            pieces[1 + bodySize + i] = s;
            steps[1 + bodySize + i] = stub;
        }
        return new TraceLayout(pieces, steps, 1 + bodySize);
    }

    private static final TraceStep ENTRY = TraceStep.of("(entry)");

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
        return pieces.length - 1;
    }

    /**
     * Copies the stencils into {@code code} (at least {@link #size()} bytes, writable) and patches every hole,
     * for code that will run at address {@code base}.
     *
     * @param executor address of the executor's data block (the value of {@link HoleKind#EXECUTOR})
     */
    public void emit(MemorySegment code, long base, long executor) {
        byte[] bytes = emitToArray(base, executor);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, code, 0, bytes.length);
    }

    /** Copies and patches into a fresh byte array, for code that will run at address {@code base}. */
    public byte[] emitToArray(long base, long executor) {
        byte[] out = new byte[size];
        for (int i = 0; i < pieces.length; i++) {
            Stencil s = pieces[i];
            TraceStep step = steps[i];
            int at = offsets[i];
            int length = lengths[i];
            System.arraycopy(s.codeUnsafe(), 0, out, at, length);
            for (Hole h : s.holeArray()) {
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
                h.patch().apply(out, at + h.offset(), base, value + h.addend());
            }
        }
        return out;
    }
}
