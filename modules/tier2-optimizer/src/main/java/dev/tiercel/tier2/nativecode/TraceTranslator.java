package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns a tier-2 {@link Trace} into {@link TraceStep}s for {@link CopyAndPatch}, for any architecture's stencil set.
 * The body's uops map one to one (a few to a stencil of another name, {@code _CHECK_VALIDITY_AND_SET_IP} to two),
 * every exit stub becomes a native exit whose number indexes {@link Translation#exits}, and uops that exit natively
 * where the Java semantics do not (int overflow: tier 1 redoes the instruction with big ints; the eval breaker at
 * {@code _JUMP_TO_TOP}) get exits of their own. Declines (with a reason) when a uop has no stencil or a constant
 * has no unboxed form.
 */
public final class TraceTranslator {
    /** Exit number of the eval breaker's exit at the back edge. */
    public static final int BREAKER_EXIT = 0;

    private final StencilSet stencils;

    public TraceTranslator(StencilSet stencils) {
        this.stencils = stencils;
    }

    /**
     * A translated trace.
     *
     * @param body          the body's steps
     * @param stubs         one stub per exit number, its oparg being that number
     * @param exits         per exit number the uop the trace leaves through (null for {@link #BREAKER_EXIT})
     * @param stepOfUop     per body uop, the index of its first step (boundaries for listings)
     * @param loads         locals the trace reads (must be unboxed on entry)
     * @param stores        locals the trace writes
     * @param stackReach    how many stack items present at entry the trace may touch
     * @param backEdge      the {@code _JUMP_TO_TOP}, or null for a trace that does not loop
     */
    public record Translation(List<TraceStep> body, List<TraceStep> stubs, List<TraceUop> exits, int[] stepOfUop,
            BitSet loads, BitSet stores, int stackReach, TraceUop backEdge) {}

    /** Thrown inside the translator when the trace cannot run natively. */
    public static final class Declined extends Exception {
        private final String key;

        public Declined(String reason) {
            this(reason, reason.replace(' ', '-'));
        }

        /** @param key a word for the counts of declines: the uop without a stencil, else the reason in brief */
        public Declined(String reason, String key) {
            super(reason, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Translation translate(Trace trace) throws Declined {
        TraceUop[] uops = trace.uops();
        int bodyEnd = bodyEnd(uops);
        List<TraceUop> exits = new ArrayList<>();
        exits.add(null); // BREAKER_EXIT
        int[] exitOfUop = new int[uops.length];
        for (int j = bodyEnd; j < uops.length; j++) {
            exitOfUop[j] = exits.size();
            exits.add(uops[j]);
        }
        List<TraceStep> body = new ArrayList<>();
        int[] stepOf = new int[bodyEnd];
        List<Integer> pendingJumps = new ArrayList<>();
        TraceUop backEdge = null;
        Accumulator acc = Accumulator.find(uops, bodyEnd);
        int accLoadExit = -1;
        for (int i = 0; i < bodyEnd; i++) {
            TraceUop u = uops[i];
            stepOf[i] = body.size();
            if (u.uop == Uop._PUSH_FRAME) {
                throw new Declined("the trace inlines a call (frames are pushed by the uop interpreter only)");
            }
            if (acc != null && i == 1) {
                // before the loop top: nothing has run yet, so its exit resumes at the loop's first instruction
                accLoadExit = exits.size();
                exits.add(new TraceUop(Uop._DEOPT, 0, u.target, u.resume, null));
                body.add(TraceStep.of(acc.kind().pieces + "_LOAD", acc.local()).withExit(accLoadExit));
                stepOf[i] = body.size();
            }
            if (acc != null && acc.role(i) != Accumulator.Role.NONE) {
                String pieces = acc.kind().pieces;
                switch (acc.role(i)) {
                    case PUSH -> body.add(TraceStep.of(pieces + "_PUSH"));
                    case UPDATE -> body.add(exitStep(TraceStep.of(pieces + "_" + acc.kind().operator(u.uop)), u,
                            exits, exitOfUop));
                    case UPDATE_TOS -> body.add(TraceStep.of(pieces + "_" + acc.kind().operator(u.uop) + "_TOS"));
                    case GUARD_TOS -> body.add(exitStep(TraceStep.of(acc.kind().guardTos.name()), u, exits,
                            exitOfUop));
                    default -> { } // NO_PUSH, GONE
                }
                continue;
            }
            switch (u.uop) {
                case _START_EXECUTOR, _TIER2_RESUME_CHECK -> body.add(TraceStep.of("_NOP"));
                // the frame cannot change during a native run: NativeCompiledTrace checks its globals on entry
                case _CHECK_GLOBALS -> body.add(TraceStep.of("_NOP"));
                case _SET_IP -> body.add(TraceStep.of("_SET_IP").withOperand(u.target));
                case _CHECK_VALIDITY -> body.add(exitStep(TraceStep.of("_CHECK_VALIDITY"), u, exits, exitOfUop));
                case _CHECK_VALIDITY_AND_SET_IP -> {
                    body.add(exitStep(TraceStep.of("_CHECK_VALIDITY"), u, exits, exitOfUop));
                    body.add(TraceStep.of("_SET_IP").withOperand(u.target));
                }
                case _LOAD_CONST -> body.add(constant(trace.code().consts[u.oparg]));
                case _LOAD_CONST_INLINE, _LOAD_CONST_INLINE_BORROW -> body.add(constant(u.operand));
                case _BINARY_OP -> body.add(exitStep(TraceStep.of(numericBinaryOp(u.oparg)), u, exits, exitOfUop));
                case _COMPARE_OP_INT, _COMPARE_OP_FLOAT ->
                        body.add(TraceStep.of(u.uop.name(), comparisonMask(u.oparg >> 5)));
                case _JUMP_TO_TOP -> {
                    backEdge = u;
                    pendingJumps.add(body.size());
                    body.add(new TraceStep("_JUMP_TO_TOP", 0, 0, -1, BREAKER_EXIT));
                }
                case _EXIT_TRACE, _DEOPT -> {
                    exitOfUop[i] = exits.size();
                    exits.add(u);
                    body.add(TraceStep.of(u.uop.name(), exitOfUop[i]));
                }
                default -> body.add(exitStep(TraceStep.of(u.uop.name(), u.oparg), u, exits, exitOfUop));
            }
        }
        if (backEdge != null) {
            // the Java semantics go back to the uop after _START_EXECUTOR; re-entering from the top (after an eval
            // breaker exit) is the same only when what precedes that uop does nothing
            for (int k = 0; k < stepOf[1]; k++) {
                if (!body.get(k).uop().equals("_NOP") && !(acc != null && body.get(k).uop().equals(acc.kind().pieces + "_LOAD"))) {
                    throw new Declined("the loop does not start right after the trace's entry", "loop-start");
                }
            }
            for (int at : pendingJumps) {
                body.set(at, body.get(at).withJumpTarget(stepOf[1]));
            }
        }
        List<TraceStep> stubs = new ArrayList<>();
        for (int n = 0; n < exits.size(); n++) {
            TraceUop e = exits.get(n);
            String stub = e != null && e.uop == Uop._EXIT_TRACE ? "_EXIT_TRACE" : "_DEOPT";
            stubs.add(acc == null || n == accLoadExit ? TraceStep.of(stub, n)
                    : TraceStep.of(stub + acc.kind().pieces, n).withOperand(RegisterFile.SLOTS
                            + acc.local() * RegisterFile.SLOT_SIZE));
        }
        if (acc != null) {
            for (TraceStep st : stubs) {
                if (!stencils.supports(st.uop())) {
                    throw new Declined("no " + stencils.architecture() + " stencil for " + st.uop(), st.uop());
                }
            }
        }
        for (TraceStep s : body) {
            if (!stencils.supports(s.uop())) {
                throw new Declined("no " + stencils.architecture() + " stencil for " + s.uop(), s.uop());
            }
        }
        BitSet loads = new BitSet();
        BitSet stores = new BitSet();
        int reach = 0;
        int depth = 0;
        for (int i = 0; i < bodyEnd; i++) {
            TraceUop u = uops[i];
            switch (u.uop) {
                case _LOAD_FAST, _LOAD_FAST_CHECK -> loads.set(u.oparg);
                case _LOAD_FAST_AND_CLEAR -> {
                    loads.set(u.oparg);
                    stores.set(u.oparg);
                }
                case _STORE_FAST -> stores.set(u.oparg);
                default -> {
                }
            }
            int touched = u.uop == Uop._COPY || u.uop == Uop._SWAP ? u.oparg : u.uop.pops(u.oparg);
            reach = Math.max(reach, touched - depth);
            depth += u.uop.pushes(u.oparg) - u.uop.pops(u.oparg);
        }
        return new Translation(body, stubs, exits, stepOf, loads, stores, reach, backEdge);
    }

    /** The first exit stub's index: the body ends with its first {@code _JUMP_TO_TOP}, {@code _EXIT_TRACE} or {@code
     * _DEOPT}. */
    private static int bodyEnd(TraceUop[] uops) throws Declined {
        for (int i = 0; i < uops.length; i++) {
            Uop u = uops[i].uop;
            if (u == Uop._JUMP_TO_TOP || u == Uop._EXIT_TRACE || u == Uop._DEOPT) {
                return i + 1;
            }
        }
        throw new Declined("the trace's body has no end", "no-end");
    }

    /**
     * Sets the step's exit when its stencil can exit: the uop's own stub, or for exits the Java semantics do not
     * have (int overflow) a new exit resuming at the uop's instruction with the operands still on the stack.
     */
    private TraceStep exitStep(TraceStep step, TraceUop u, List<TraceUop> exits, int[] exitOfUop) {
        boolean exits_ = stencils.find(step.uop()).map(s -> s.uses(HoleKind.EXIT_TARGET)).orElse(false);
        if (!exits_) {
            return step;
        }
        if (u.jumpTarget >= 0) {
            return step.withExit(exitOfUop[u.jumpTarget]);
        }
        TraceUop redo = new TraceUop(Uop._DEOPT, 0, u.target, u.resume, null);
        exits.add(redo);
        return step.withExit(exits.size() - 1);
    }

    /** The globals dict the trace's {@code _CHECK_GLOBALS} requires of the frame, or null when it has none. */
    public static Object requiredGlobals(Trace trace) {
        for (TraceUop u : trace.uops()) {
            if (u.uop == Uop._CHECK_GLOBALS) {
                return u.operand;
            }
        }
        return null;
    }

    private static TraceStep constant(Object value) throws Declined {
        if (!(value instanceof PyObject o) || o instanceof dev.tiercel.runtime.object.PyRangeIterator
                || !SlotBoxing.canUnbox(o)) {
            throw new Declined("a constant without an unboxed form", "boxed-constant");
        }
        SlotBoxing.Unboxed v = SlotBoxing.unboxed(o);
        return new TraceStep("_LOAD_CONST_INLINE", v.tag().code(), v.bits(), -1, -1);
    }

    /**
     * The operators the generic {@code _BINARY_OP} has native forms for: stencil {@code _BINARY_OP_<name>_NUMERIC}
     * each (what the reference machine and the backends' fuzzers enumerate).
     */
    public static final List<String> NUMERIC_BINARY_OPS = List.of("ADD", "SUBTRACT", "MULTIPLY", "TRUE_DIVIDE",
            "FLOOR_DIVIDE", "REMAINDER", "AND", "OR", "XOR", "LSHIFT", "RSHIFT");

    /** Whether {@code stencil} is one of the generic {@code _BINARY_OP}'s native forms. */
    public static boolean isNumericBinaryOp(String stencil) {
        return stencil.startsWith("_BINARY_OP_") && stencil.endsWith("_NUMERIC");
    }

    /**
     * The stencil of the generic {@code _BINARY_OP} for an operator (an in-place one shares its plain form's): it
     * computes int and float results natively and exits where tier 1 must redo the instruction. Declines {@code **}
     * and {@code @}.
     */
    static String numericBinaryOp(int nb) throws Declined {
        int op = nb >= Ops.NB_INPLACE_ADD ? nb - Ops.NB_INPLACE_ADD : nb;
        String name = switch (op) {
            case Ops.NB_ADD -> "ADD";
            case Ops.NB_SUBTRACT -> "SUBTRACT";
            case Ops.NB_MULTIPLY -> "MULTIPLY";
            case Ops.NB_TRUE_DIVIDE -> "TRUE_DIVIDE";
            case Ops.NB_FLOOR_DIVIDE -> "FLOOR_DIVIDE";
            case Ops.NB_REMAINDER -> "REMAINDER";
            case Ops.NB_AND -> "AND";
            case Ops.NB_OR -> "OR";
            case Ops.NB_XOR -> "XOR";
            case Ops.NB_LSHIFT -> "LSHIFT";
            case Ops.NB_RSHIFT -> "RSHIFT";
            default -> throw new Declined("no native form of binary operator " + nb, "_BINARY_OP");
        };
        return "_BINARY_OP_" + name + "_NUMERIC";
    }

    /** CPython 3.13's comparison mask (1 unordered, 2 less, 4 greater, 8 equal) for a rich comparison op. */
    static int comparisonMask(int op) {
        return switch (op) {
            case Ops.LT -> 2;
            case Ops.LE -> 2 | 8;
            case Ops.EQ -> 8;
            case Ops.NE -> 1 | 2 | 4;
            case Ops.GT -> 4;
            case Ops.GE -> 4 | 8;
            default -> throw new IllegalArgumentException("comparison " + op);
        };
    }
}
