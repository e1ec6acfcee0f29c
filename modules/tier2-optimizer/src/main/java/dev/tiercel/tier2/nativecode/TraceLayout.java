package dev.tiercel.tier2.nativecode;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each stencil of a trace goes: the entry stencil, the body's stencils one after another, then the exit
 * stubs. It follows the number of stack items cached in registers through the trace, picks each uop's stencil for
 * that depth, inserts a spill (back to depth 0) where a uop has no stencil for the current depth, enters each
 * jump target at one fixed depth (the one its back edges reach, spilling and filling on the way in where the
 * depths differ), and gives each exit a stub for the depth at that exit. A stencil that ends in
 * a jump to its continuation is copied without that jump when the continuation follows it directly.
 * {@link #emit} copies and patches; nothing else happens at compile time.
 */
public final class TraceLayout {
    private static final TraceStep ENTRY = TraceStep.of("(entry)");
    private static final TraceStep SPILL = TraceStep.of("(spill)");
    private static final TraceStep FILL = TraceStep.of("(fill)");

    private final Stencil[] pieces;
    private final TraceStep[] steps;
    private final int[] exitPiece;
    private final int[] bodyPiece;
    private final int[] targetPiece;
    private final int[] offsets;
    private final int[] lengths;
    private final int flowing;
    private final int size;

    private TraceLayout(List<Stencil> pieces, List<TraceStep> steps, int[] exitPiece, int[] bodyPiece,
            int[] targetPiece, int flowing) {
        this.pieces = pieces.toArray(new Stencil[0]);
        this.steps = steps.toArray(new TraceStep[0]);
        this.exitPiece = exitPiece;
        this.bodyPiece = bodyPiece;
        this.targetPiece = targetPiece;
        this.flowing = flowing;
        int n = this.pieces.length;
        this.offsets = new int[n + 1];
        this.lengths = new int[n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            Stencil s = this.pieces[i];
            lengths[i] = i < flowing ? s.fallThroughSize() : s.size(); // entry and body flow on; stubs do not
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
        // Jump targets are entered at a fixed cache depth. First lay the body out with every target at depth 0,
        // then enter each target at the depth its back edges naturally have (when they agree), so a loop keeps
        // its cached items across the back edge. Any choice is correct: the layout spills and fills to match.
        int[] targetDepth = new int[bodySize];
        Arrays.fill(targetDepth, -1);
        for (TraceStep step : body) {
            if (step.jumpTarget() >= 0 && step.jumpTarget() < bodySize) {
                targetDepth[step.jumpTarget()] = 0;
            }
        }
        Body first = Body.lay(set, body, exitStubs, targetDepth);
        int[] natural = first.naturalJumpDepth(body, bodySize);
        boolean changed = false;
        for (int t = 0; t < bodySize; t++) {
            if (natural[t] > 0 && set.variant(body.get(t).uop(), natural[t]) != null) {
                targetDepth[t] = natural[t];
                changed = true;
            }
        }
        Body b = changed ? Body.lay(set, body, exitStubs, targetDepth) : first;
        return b.finish(set, exitStubs);
    }

    /** The entry and body pieces for one choice of jump-target depths. */
    private static final class Body {
        final List<Stencil> pieces = new ArrayList<>();
        final List<TraceStep> steps = new ArrayList<>();
        final List<Integer> exitKeys = new ArrayList<>(); // per piece: stub * (MAX_CACHE + 1) + depth, or -1
        final int[] bodyPiece;
        final int[] targetPiece; // per body step: where a jump to it lands (after the adjustment to its depth)
        final int[] depthBeforeJump; // per body step that jumps: the depth it reached before any adjustment

        private Body(int bodySize) {
            bodyPiece = new int[bodySize];
            targetPiece = new int[bodySize];
            depthBeforeJump = new int[bodySize];
            Arrays.fill(depthBeforeJump, -1);
        }

        static Body lay(StencilSet set, List<TraceStep> body, List<TraceStep> exitStubs, int[] targetDepth) {
            int bodySize = body.size();
            int exitCount = exitStubs.size();
            Body b = new Body(bodySize);
            b.add(set.entry(), ENTRY, -1);
            int depth = set.entry().cacheOut();
            for (int i = 0; i < bodySize; i++) {
                TraceStep step = body.get(i);
                if (targetDepth[i] >= 0) {
                    depth = b.adjust(set, depth, targetDepth[i]);
                }
                b.targetPiece[i] = b.pieces.size();
                Stencil s = set.variant(step.uop(), depth);
                if (s != null && s.uses(HoleKind.JUMP_TARGET)) {
                    if (step.jumpTarget() < 0 || step.jumpTarget() >= bodySize) {
                        throw new IllegalArgumentException(step.uop() + " needs a jump target in the body, has "
                                + step.jumpTarget());
                    }
                    b.depthBeforeJump[i] = depth;
                    int want = targetDepth[step.jumpTarget()];
                    if (depth != want) {
                        depth = b.adjust(set, depth, want);
                        s = set.variant(step.uop(), depth);
                    }
                }
                if (s == null && depth > 0) {
                    depth = b.adjust(set, depth, 0);
                    s = set.variant(step.uop(), 0);
                }
                if (s == null) {
                    set.get(step.uop()); // throws for a uop without stencil
                    throw new IllegalArgumentException(step.uop() + " has no stencil for cache depth " + depth);
                }
                if (s.uses(HoleKind.JUMP_TARGET) && s.cacheIn() != targetDepth[step.jumpTarget()]) {
                    throw new IllegalArgumentException(step.uop() + " cannot jump at cache depth " + s.cacheIn());
                }
                int key = -1;
                if (s.uses(HoleKind.EXIT_TARGET)) {
                    if (step.exit() < 0 || step.exit() >= exitCount) {
                        throw new IllegalArgumentException(step.uop() + " needs an exit stub, has " + step.exit());
                    }
                    key = step.exit() * (StencilSet.MAX_CACHE + 1) + s.cacheAtExit();
                }
                if (i == bodySize - 1 && s.uses(HoleKind.CONTINUE)) {
                    throw new IllegalArgumentException("the trace body must end in a jump or an exit, not "
                            + step.uop());
                }
                b.bodyPiece[i] = b.pieces.size();
                b.add(s, step, key);
                depth = s.cacheOut();
            }
            return b;
        }

        /** For each jump target, the depth all its jumps reach naturally, or -1 when they disagree. */
        int[] naturalJumpDepth(List<TraceStep> body, int bodySize) {
            int[] natural = new int[bodySize];
            Arrays.fill(natural, -2);
            for (int i = 0; i < bodySize; i++) {
                if (depthBeforeJump[i] >= 0) {
                    int t = body.get(i).jumpTarget();
                    natural[t] = natural[t] == -2 || natural[t] == depthBeforeJump[i] ? depthBeforeJump[i] : -1;
                }
            }
            for (int t = 0; t < bodySize; t++) {
                natural[t] = Math.max(natural[t], -1);
            }
            return natural;
        }

        private void add(Stencil s, TraceStep step, int exitKey) {
            pieces.add(s);
            steps.add(step);
            exitKeys.add(exitKey);
        }

        /** Spills to depth 0 and fills up to {@code want}; returns {@code want}. */
        private int adjust(StencilSet set, int depth, int want) {
            if (depth == want) {
                return depth;
            }
            if (depth > 0) {
                add(internal(set.spill(depth), "spill", depth, set), SPILL, -1);
            }
            if (want > 0) {
                add(internal(set.fill(want), "fill", want, set), FILL, -1);
            }
            return want;
        }

        TraceLayout finish(StencilSet set, List<TraceStep> exitStubs) {
            int flowing = pieces.size();
            Map<Integer, Integer> stubPieces = new LinkedHashMap<>();
            for (int i = 0; i < flowing; i++) {
                int key = exitKeys.get(i);
                if (key >= 0 && !stubPieces.containsKey(key)) {
                    TraceStep stub = exitStubs.get(key / (StencilSet.MAX_CACHE + 1));
                    int stubDepth = key % (StencilSet.MAX_CACHE + 1);
                    Stencil s = set.variant(stub.uop(), stubDepth);
                    if (s == null) {
                        set.get(stub.uop());
                        throw new IllegalArgumentException(stub.uop() + " has no stub for cache depth " + stubDepth);
                    }
                    if (s.uses(HoleKind.CONTINUE) || s.uses(HoleKind.EXIT_TARGET) || s.uses(HoleKind.JUMP_TARGET)) {
                        throw new IllegalArgumentException(stub.uop() + " cannot be an exit stub");
                    }
                    stubPieces.put(key, pieces.size());
                    pieces.add(s);
                    steps.add(stub);
                }
            }
            int[] exitPiece = new int[pieces.size()];
            Arrays.fill(exitPiece, -1);
            for (int i = 0; i < flowing; i++) {
                int key = exitKeys.get(i);
                if (key >= 0) {
                    exitPiece[i] = stubPieces.get(key);
                }
            }
            return new TraceLayout(pieces, steps, exitPiece, bodyPiece, targetPiece, flowing);
        }
    }

    private static Stencil internal(Stencil s, String what, int depth, StencilSet set) {
        if (s == null) {
            throw new IllegalArgumentException(set.architecture() + " has no " + what + " for cache depth " + depth);
        }
        return s;
    }

    /** Total bytes of code. */
    public int size() {
        return size;
    }

    /** Offset of body step {@code i}'s own stencil from the start of the code. */
    public int bodyOffset(int i) {
        return offsets[bodyPiece[i]];
    }

    /** Offsets of every piece laid out (entry, spills, body stencils, exit stubs), in order. */
    public int[] pieceOffsets() {
        return Arrays.copyOf(offsets, pieces.length);
    }

    /** What was laid out, in order, as {@code name@depth} (entry, spills and fills, body, exit stubs). */
    public List<String> pieceNames() {
        List<String> names = new ArrayList<>(pieces.length);
        for (Stencil s : pieces) {
            names.add(s.name() + "@" + s.cacheIn());
        }
        return names;
    }

    /** Number of stencils laid out, spills and stubs included, the entry not. */
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
                    case LOCAL -> RegisterFile.SLOTS + step.oparg() * RegisterFile.SLOT_SIZE;
                    case EXECUTOR -> executor;
                    case CONTINUE -> base + offsets[i + 1];
                    case JUMP_TARGET -> base + offsets[targetPiece[step.jumpTarget()]];
                    case EXIT_TARGET -> base + offsets[exitPiece[i]];
                };
                h.patch().apply(out, at + h.offset(), base, value + h.addend());
            }
        }
        return out;
    }
}
