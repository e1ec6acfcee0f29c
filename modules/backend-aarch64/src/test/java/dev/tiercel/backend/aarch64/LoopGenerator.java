package dev.tiercel.backend.aarch64;

import dev.tiercel.tier2.nativecode.HoleKind;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.nativecode.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded numeric loops as tier 2 would trace them from small Python functions: a {@code for i in range(...)} loop
 * ({@code _ITER_CHECK_RANGE, _GUARD_NOT_EXHAUSTED_RANGE, _ITER_NEXT_RANGE, _STORE_FAST i, ..., _JUMP_TO_TOP}) or
 * a {@code while i < n: ...; i += step} loop, whose body is a few statements over int and float locals:
 * {@code x = a OP b} (guards, then int arithmetic that overflows, float arithmetic over NaN, infinities, -0.0),
 * {@code if a CMP b:} (a compare and {@code _GUARD_IS_TRUE_POP}/{@code _GUARD_IS_FALSE_POP}: the branch the
 * recording took; the other way is a side exit), truthiness and {@code None} tests, swaps and copies,
 * {@code _SET_IP}, {@code _CHECK_VALIDITY}. The guards assume the types the locals had "when recorded"; some
 * cases start with other types, so guards deopt; some run with the executor invalidated or a small eval-breaker
 * budget. A third of the loops also carry an accumulator, half of them a float one (local {@link #ACC} in the
 * stencils' {@code x0}: {@code _XACC_LOAD} before the loop top, {@code acc = acc OP value} updates, copies pushed,
 * and exit stubs that write it back) and half an int one ({@code _IACC}, in {@code iacc}, whose updates overflow
 * and exit), as TraceTranslator makes for {@code x += ...} loops; straight-line traces load one at any depth.
 */
final class LoopGenerator {
    static final int VARS = 4;
    static final int I = 4;       // the loop variable
    static final int N = 5;       // the while loop's bound
    static final int ACC = 6;     // the accumulator's local (no other statement uses it)
    static final int LOCALS = 7;
    static final int STACK = 10;

    /** One generated loop: the trace and the state it starts from. */
    record Case(String kind, List<TraceStep> body, List<TraceStep> stubs, List<String> exitOwners,
                boolean executorValid, RegisterFile rf) {
    }

    private final StencilSet set;
    private final SplittableRandom r;
    private List<TraceStep> body;
    private List<TraceStep> stubs;
    private List<String> owners;
    private SlotTag[] assumed;
    /** The accumulator's slot offset once its load is in the body (exit stubs write it back), or -1. */
    private long accSlot = -1;
    /** The accumulator's pieces: {@code _XACC} (a float in x0) or {@code _IACC} (an int in iacc). */
    private String acc = "_XACC";

    LoopGenerator(StencilSet set, long seed) {
        this.set = set;
        this.r = new SplittableRandom(seed);
    }

    Case next(RegisterFile rf) {
        body = new ArrayList<>();
        stubs = new ArrayList<>();
        owners = new ArrayList<>();
        assumed = new SlotTag[LOCALS];
        accSlot = -1;
        rf.clear();
        boolean accumulates = r.nextInt(3) == 0;
        if (accumulates) {
            acc = r.nextBoolean() ? "_IACC" : "_XACC";
            boolean ints = acc.equals("_IACC") != (r.nextInt(25) == 0); // else the load exits before the loop
            if (ints) {
                rf.setInt(ACC, interestingInt());
            } else {
                rf.setFloat(ACC, interestingFloat());
            }
            add(acc + "_LOAD", ACC, "_DEOPT");
            accSlot = RegisterFile.SLOTS + ACC * RegisterFile.SLOT_SIZE;
        }
        int top = body.size();
        for (int v = 0; v < VARS; v++) {
            assumed[v] = r.nextInt(10) < 6 ? SlotTag.INT : SlotTag.FLOAT;
            SlotTag actual = r.nextInt(25) == 0 ? List.of(SlotTag.INT, SlotTag.FLOAT, SlotTag.BOOL, SlotTag.NONE,
                    SlotTag.UNDEF).get(r.nextInt(5)) : assumed[v];
            switch (actual) {
                case INT -> rf.setInt(v, interestingInt());
                case FLOAT -> rf.setFloat(v, interestingFloat());
                case BOOL -> rf.setBool(v, r.nextBoolean());
                case NONE -> rf.setNone(v);
                default -> { }
            }
        }
        assumed[I] = SlotTag.INT;
        assumed[N] = SlotTag.INT;
        // sometimes the loop runs inside an outer construct that keeps 1-2 values on the stack (an outer loop's
        // iterator, a with-block's context), so the loop top is entered with items below its own
        boolean range = r.nextInt(10) < 6;
        int outer = r.nextInt(10) < 3 ? 1 + r.nextInt(range ? 2 : 4) : 0;
        for (int k = 0; k < outer; k++) {
            if (r.nextBoolean()) {
                rf.push(SlotTag.INT, interestingInt());
            } else {
                rf.push(SlotTag.FLOAT, Double.doubleToRawLongBits(interestingFloat()));
            }
        }
        long iterations = r.nextInt(8) == 0 ? r.nextInt(3) : r.nextInt(1, 200);
        long step = r.nextInt(6) == 0 ? interestingInt() : r.nextInt(-5, 6);
        step = step == 0 ? 1 : step;
        long start = r.nextInt(4) == 0 ? interestingInt() : r.nextInt(-100, 100);
        String kind;
        if (range) {
            kind = "range";
            if (r.nextInt(40) == 0) {
                rf.push(SlotTag.INT, 7); // not an iterator: _ITER_CHECK_RANGE deopts
            } else {
                rf.push(SlotTag.RANGE_ITER, rf.newRangeIterator(start, step, iterations));
            }
            add("_ITER_CHECK_RANGE", 0, "_DEOPT");
            add("_GUARD_NOT_EXHAUSTED_RANGE", 0, "_EXIT_TRACE");
            add("_ITER_NEXT_RANGE", 0, null);
            add("_STORE_FAST", I, null);
        } else {
            kind = "while";
            rf.setInt(I, start);
            rf.setInt(N, start + iterations * Math.abs(step) * (r.nextInt(10) == 0 ? -1 : 1));
            step = Math.abs(step);
            setIp();
            add("_LOAD_FAST", I, null);
            add("_LOAD_FAST", N, null);
            add("_GUARD_BOTH_INT", 0, "_DEOPT");
            add("_COMPARE_OP_INT", 2 | (r.nextInt(6) << 5), null); // "<"; the upper bits are ignored
            add("_GUARD_IS_TRUE_POP", 0, "_EXIT_TRACE");
        }
        int statements = 1 + r.nextInt(7);
        int base = outer + (range ? 1 : 0);
        for (int s = 0; s < statements; s++) {
            if (base >= 2 && r.nextInt(6) == 0) { // _SWAP k twice: the same stack, its items now in registers
                int k = 2 + r.nextInt(base - 1);
                add("_SWAP", k, null);
                add("_SWAP", k, null);
            }
            statement();
            if (accumulates && r.nextInt(2) == 0) {
                accumulate();
            }
        }
        if (!range) {
            add("_LOAD_FAST", I, null);
            constant(SlotTag.INT, step);
            add("_BINARY_OP_ADD_INT", 0, "_DEOPT");
            add("_STORE_FAST", I, null);
        }
        if (!range && outer > 0 && r.nextBoolean()) {
            // the outer values are replaced (popped, new ones pushed): the back edge carries them in registers
            for (int k = 0; k < outer; k++) {
                add("_POP_TOP", 0, null);
            }
            for (int k = 0; k < outer; k++) {
                if (r.nextBoolean()) {
                    add("_LOAD_FAST", r.nextInt(VARS), null);
                } else {
                    constant(SlotTag.INT, interestingInt());
                }
            }
        }
        int number = owners.size();
        owners.add("_JUMP_TO_TOP");
        body.add(TraceStep.of("_JUMP_TO_TOP").withJumpTarget(top).withExit(stubs.size()));
        stubs.add(stub("_EXIT_TRACE", number));
        rf.setEvalBreaker(r.nextInt(10) == 0 ? r.nextInt(4) : 1_000_000);
        boolean valid = r.nextInt(25) != 0;
        return new Case(kind, body, stubs, owners, valid, rf);
    }

    /** An exit stub, the accumulator's kind once it is loaded. */
    private TraceStep stub(String uop, int number) {
        return accSlot < 0 ? TraceStep.of(uop, number) : TraceStep.of(uop + acc, number).withOperand(accSlot);
    }

    /** {@code acc = acc OP value} as TraceTranslator writes it (a guarded value after a pushed copy), or a read. */
    private void accumulate() {
        String op = List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3));
        if (acc.equals("_IACC")) { // the update can overflow: the copy is always pushed, the update can exit
            add("_IACC_PUSH", 0, null);
            switch (r.nextInt(4)) {
                case 0 -> constant(SlotTag.INT, interestingInt());
                case 1, 2 -> {
                    add("_LOAD_FAST", r.nextInt(VARS), null);
                    add("_GUARD_TOS_INT", 0, "_DEOPT");
                }
                default -> { // a read of acc: it is used (and is an int)
                    add("_GUARD_TOS_INT", 0, "_DEOPT");
                    add("_POP_TOP", 0, null);
                    return;
                }
            }
            add("_IACC_" + op, 0, "_DEOPT");
            return;
        }
        switch (r.nextInt(4)) {
            case 0 -> { // acc OP= constant: nothing between can exit, so no copy
                constant(SlotTag.FLOAT, Double.doubleToRawLongBits(interestingFloat()));
                add("_XACC_" + op + "_TOS", 0, null);
            }
            case 1, 2 -> { // acc OP= local: a guard between, after the copy
                add("_XACC_PUSH", 0, null);
                add("_LOAD_FAST", r.nextInt(VARS), null);
                add("_GUARD_TOS_FLOAT", 0, "_DEOPT");
                add("_XACC_" + op, 0, null);
            }
            default -> { // a read of acc: it is used (and is a float)
                add("_XACC_PUSH", 0, null);
                add("_GUARD_TOS_FLOAT", 0, "_DEOPT");
                add("_POP_TOP", 0, null);
            }
        }
    }

    /**
     * A straight-line trace, as tier 2 makes for a side exit that starts mid-expression: it begins on 0-4 values
     * already on the stack (in memory: the entry is at cache depth 0), so its uops also meet their inputs in memory
     * and run at every cache depth, and ends in _EXIT_TRACE at whatever depth it reached.
     */
    Case nextStraightLine(RegisterFile rf) {
        body = new ArrayList<>();
        stubs = new ArrayList<>();
        owners = new ArrayList<>();
        assumed = new SlotTag[LOCALS];
        accSlot = -1;
        rf.clear();
        for (int v = 0; v < LOCALS; v++) {
            int k = r.nextInt(12);
            assumed[v] = k == 0 ? SlotTag.UNDEF : k == 1 ? SlotTag.NONE : k == 2 ? SlotTag.BOOL
                    : k < 8 ? SlotTag.INT : SlotTag.FLOAT;
            put(rf, v, assumed[v]);
        }
        List<SlotTag> stack = new ArrayList<>();
        for (int k = r.nextInt(5); k > 0; k--) {
            SlotTag t = r.nextInt(4) == 0 ? SlotTag.RANGE_ITER : r.nextInt(8) == 0 ? SlotTag.BOOL
                    : r.nextBoolean() ? SlotTag.INT : SlotTag.FLOAT;
            if (t == SlotTag.RANGE_ITER && rf.depth() == 0) {
                rf.push(t, rf.newRangeIterator(interestingInt(), r.nextInt(-3, 4), r.nextInt(3)));
            } else {
                t = t == SlotTag.RANGE_ITER ? SlotTag.INT : t;
                rf.push(t, t == SlotTag.BOOL ? r.nextInt(2) : bits(t));
            }
            stack.add(t);
        }
        for (int n = 1 + r.nextInt(30); n > 0; n--) {
            int depth = stack.size();
            SlotTag top = depth > 0 ? stack.get(depth - 1) : null;
            int choice = r.nextInt(100);
            if (depth >= STACK - 1 && choice < 30) {
                choice = 30 + r.nextInt(70);
            }
            if (accSlot < 0 && r.nextInt(25) == 0) { // the accumulator, loaded at this cache depth
                acc = r.nextInt(3) == 0 ? "_IACC" : "_XACC"; // floats have more variants (the _TOS forms)
                add(acc + "_LOAD", ACC, "_DEOPT");
                accSlot = RegisterFile.SLOTS + ACC * RegisterFile.SLOT_SIZE;
                continue;
            }
            if (accSlot >= 0 && depth < STACK - 2 && r.nextInt(4) == 0) {
                boolean ints = acc.equals("_IACC");
                SlotTag kind = ints ? SlotTag.INT : SlotTag.FLOAT;
                if (top == kind && r.nextBoolean()) {
                    String op = List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3));
                    int how = ints ? 1 + r.nextInt(2) : r.nextInt(3); // ints have no _TOS form
                    if (how == 0) {
                        add(acc + "_" + op + "_TOS", 0, null);
                        stack.removeLast();
                    } else if (how == 1) { // acc OP= acc: the copy's copy (spilled for _COPY) cached on top
                        add(acc + "_PUSH", 0, null);
                        add("_COPY", 1, null);
                        add(acc + "_" + op, 0, "_DEOPT");
                    } else {
                        add(acc + "_PUSH", 0, null);
                        add("_SWAP", 2, null); // the copy below the value, as TraceTranslator's updates have it
                        add(acc + "_" + op, 0, "_DEOPT");
                        stack.removeLast();
                    }
                } else {
                    add(acc + "_PUSH", 0, null);
                    stack.add(kind);
                }
                continue;
            }
            if (choice < 18) {
                int v = r.nextInt(LOCALS);
                int variant = r.nextInt(10);
                add(variant < 6 ? "_LOAD_FAST" : variant < 9 ? "_LOAD_FAST_CHECK" : "_LOAD_FAST_AND_CLEAR", v, "_DEOPT");
                stack.add(assumed[v]);
                if (variant == 9) {
                    assumed[v] = SlotTag.UNDEF;
                }
            } else if (choice < 30) {
                SlotTag t = r.nextInt(6) == 0 ? SlotTag.NONE : r.nextBoolean() ? SlotTag.INT : SlotTag.FLOAT;
                long b = t == SlotTag.NONE ? 0 : bits(t);
                if (depth >= 1 && r.nextInt(3) == 0) {
                    body.add(TraceStep.of("_POP_TOP_LOAD_CONST_INLINE_BORROW", t.code()).withOperand(b));
                    stack.removeLast();
                } else {
                    constant(t, b);
                }
                stack.add(t);
            } else if (choice < 33) {
                if (r.nextBoolean()) {
                    setIp();
                } else {
                    add(r.nextBoolean() ? "_CHECK_VALIDITY" : "_NOP", 0, "_DEOPT");
                }
            } else if (depth == 0) {
                continue;
            } else if (top == SlotTag.RANGE_ITER && r.nextInt(4) == 0) {
                int v = r.nextInt(LOCALS); // keep it in a local: _LOAD_FAST brings it back at any cache depth
                add("_STORE_FAST", v, null);
                assumed[v] = stack.removeLast();
            } else if (top == SlotTag.RANGE_ITER) {
                // the optimizer drops _ITER_CHECK_RANGE where the type is known; the exhaustion guard is dropped
                // here too at times (not by tier 2): _ITER_NEXT_RANGE's arithmetic is the same either way
                if (r.nextInt(3) != 0) {
                    add("_ITER_CHECK_RANGE", 0, "_DEOPT");
                }
                if (r.nextInt(4) != 0) {
                    add("_GUARD_NOT_EXHAUSTED_RANGE", 0, "_EXIT_TRACE");
                }
                add("_ITER_NEXT_RANGE", 0, null);
                stack.add(SlotTag.INT);
            } else if (choice < 40 && stack.contains(SlotTag.RANGE_ITER) && depth < STACK - 1) {
                add("_COPY", depth - stack.indexOf(SlotTag.RANGE_ITER), null); // the iterator to the top
                stack.add(SlotTag.RANGE_ITER);
            } else if (choice < 42) {
                int v = r.nextInt(LOCALS);
                add("_STORE_FAST", v, null);
                assumed[v] = stack.removeLast();
            } else if (choice < 46) {
                add("_POP_TOP", 0, null);
                stack.removeLast();
            } else if (choice < 51 && depth < STACK - 1) {
                int from = 1 + r.nextInt(depth);
                add("_COPY", from, null);
                stack.add(stack.get(depth - from));
            } else if (choice < 55 && depth >= 2) {
                int bottom = 2 + r.nextInt(depth - 1);
                if (stack.get(depth - bottom) == SlotTag.RANGE_ITER) {
                    continue;
                }
                add("_SWAP", bottom, null);
                SlotTag x = stack.get(depth - bottom);
                stack.set(depth - bottom, top);
                stack.set(depth - 1, x);
            } else if (choice < 62) {
                String uop = top == SlotTag.NONE ? (r.nextBoolean() ? "_GUARD_IS_NONE_POP" : "_GUARD_IS_NOT_NONE_POP")
                        : top == SlotTag.BOOL ? (r.nextBoolean() ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP")
                        : r.nextBoolean() ? "_GUARD_IS_NOT_NONE_POP" : "_GUARD_IS_NONE_POP";
                add(uop, 0, "_EXIT_TRACE");
                stack.removeLast();
            } else if (choice < 64 && top == SlotTag.BOOL) {
                add("_UNARY_NOT", 0, null);
            } else if (choice < 70) {
                SlotTag as = r.nextInt(8) == 0 ? List.of(SlotTag.INT, SlotTag.BOOL, SlotTag.NONE).get(r.nextInt(3)) : top;
                add(as == SlotTag.INT ? "_TO_BOOL_INT" : as == SlotTag.NONE ? "_TO_BOOL_NONE" : "_TO_BOOL_BOOL", 0,
                        "_DEOPT");
                if (r.nextBoolean()) {
                    add("_UNARY_NOT", 0, null);
                }
                stack.set(depth - 1, SlotTag.BOOL);
            } else if (depth >= 2 && stack.get(depth - 2) != SlotTag.RANGE_ITER) {
                SlotTag a = stack.get(depth - 2);
                SlotTag t = r.nextInt(8) == 0 ? (a == SlotTag.INT ? SlotTag.FLOAT : SlotTag.INT)
                        : a == SlotTag.FLOAT || top == SlotTag.FLOAT ? SlotTag.FLOAT : SlotTag.INT;
                // the optimizer removes guards on what it knows: both (when both have type t) or the second one
                boolean known = a == t && top == t && r.nextInt(3) == 0;
                switch (known ? 3 : a == t ? r.nextInt(3) : r.nextInt(2)) {
                    case 3 -> { }
                    case 0 -> add("_GUARD_BOTH_" + t.name(), 0, "_DEOPT");
                    case 1 -> {
                        add("_GUARD_NOS_" + t.name(), 0, "_DEOPT");
                        add("_GUARD_TOS_" + t.name(), 0, "_DEOPT");
                    }
                    default -> add("_GUARD_TOS_" + t.name(), 0, "_DEOPT");
                }
                stack.removeLast();
                stack.removeLast();
                if (choice < 80) {
                    add(numericOp(), 0, "_DEOPT"); // after guards or not: it takes any types
                    stack.add(t);
                } else if (choice < 86) {
                    add("_BINARY_OP_" + List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3)) + "_" + t.name(), 0,
                            "_DEOPT");
                    stack.add(t);
                } else {
                    add("_COMPARE_OP_" + t.name(), r.nextInt(16) | (r.nextInt(6) << 5), null);
                    stack.add(SlotTag.BOOL);
                }
            }
        }
        int number = owners.size();
        owners.add("end");
        body.add(stub("_EXIT_TRACE", number));
        return new Case("straight", body, stubs, owners, r.nextInt(25) != 0, rf);
    }

    /** One of the generic {@code _BINARY_OP}'s native forms (TraceTranslator.numericBinaryOp). */
    private String numericOp() {
        List<String> ops = dev.tiercel.tier2.nativecode.TraceTranslator.NUMERIC_BINARY_OPS;
        return "_BINARY_OP_" + ops.get(r.nextInt(ops.size())) + "_NUMERIC";
    }

    private void put(RegisterFile rf, int v, SlotTag t) {
        switch (t) {
            case INT -> rf.setInt(v, interestingInt());
            case FLOAT -> rf.setFloat(v, interestingFloat());
            case BOOL -> rf.setBool(v, r.nextBoolean());
            case NONE -> rf.setNone(v);
            default -> { }
        }
    }

    private void statement() {
        int choice = r.nextInt(100);
        int a = r.nextInt(VARS);
        int b = r.nextInt(VARS);
        SlotTag t = assumed[a];
        if (choice < 12) { // x = a OP (b OP (c OP d)): deeper stacks, spills, two-input uops at every cache depth
            int n = 2 + r.nextInt(4);
            int[] v = new int[n];
            for (int k = 0; k < n; k++) {
                v[k] = r.nextInt(VARS);
                if (r.nextInt(4) == 0) {
                    constant(t, bits(t));
                } else {
                    add("_LOAD_FAST", v[k], null);
                }
            }
            boolean generic = r.nextInt(3) == 0; // the generic operators: no guards, any types
            for (int k = 1; k < n; k++) {
                if (generic) {
                    add(numericOp(), 0, "_DEOPT");
                    continue;
                }
                add("_GUARD_BOTH_" + t.name(), 0, "_DEOPT");
                add("_BINARY_OP_" + List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3)) + "_" + t.name(), 0,
                        "_DEOPT");
            }
            int dst = r.nextInt(VARS);
            add("_STORE_FAST", dst, null);
            assumed[dst] = t;
        } else if (choice < 40) { // x = a OP b
            int dst = r.nextInt(VARS);
            operands(a, b, t);
            String op = List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3));
            add("_BINARY_OP_" + op + "_" + t.name(), 0, "_DEOPT");
            add("_STORE_FAST", dst, null);
            assumed[dst] = t;
        } else if (choice < 62) { // if a CMP b:
            operands(a, b, t);
            add("_COMPARE_OP_" + t.name(), r.nextInt(16) | (r.nextInt(6) << 5), null);
            if (r.nextInt(4) == 0) {
                add("_TO_BOOL_BOOL", 0, "_DEOPT");
                add("_UNARY_NOT", 0, null);
            }
            add(r.nextBoolean() ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP", 0, "_EXIT_TRACE");
        } else if (choice < 70) { // x = x + i, or if i CMP c:
            add("_LOAD_FAST", I, null);
            if (r.nextBoolean() && assumed[a] == SlotTag.INT) {
                add("_LOAD_FAST", a, null);
                add("_GUARD_BOTH_INT", 0, "_DEOPT");
                add("_BINARY_OP_" + (r.nextBoolean() ? "ADD" : "MULTIPLY") + "_INT", 0, "_DEOPT");
                add("_STORE_FAST", a, null);
            } else {
                constant(SlotTag.INT, r.nextInt(-50, 50));
                add("_COMPARE_OP_INT", 1 << r.nextInt(1, 4), null);
                add(r.nextBoolean() ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP", 0, "_EXIT_TRACE");
            }
        } else if (choice < 76 && (t == SlotTag.INT || r.nextInt(4) == 0)) { // if a: (truthiness; floats deopt)
            add("_LOAD_FAST", a, null);
            add(t == SlotTag.INT ? "_TO_BOOL_INT" : r.nextInt(3) == 0 ? "_TO_BOOL_NONE" : "_TO_BOOL_BOOL", 0, "_DEOPT");
            add(r.nextBoolean() ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP", 0, "_EXIT_TRACE");
        } else if (choice < 80 && choice >= 76) { // if a is None / is not None
            if (r.nextBoolean()) {
                constant(SlotTag.NONE, 0);
                add("_GUARD_IS_NONE_POP", 0, "_EXIT_TRACE");
            } else {
                add("_LOAD_FAST", a, null);
                add("_GUARD_IS_NOT_NONE_POP", 0, "_EXIT_TRACE");
            }
        } else if (choice < 84) { // a, b = b, a
            add("_LOAD_FAST", a, null);
            add("_LOAD_FAST", b, null);
            add("_SWAP", 2, null);
            add("_STORE_FAST", b, null);
            add("_STORE_FAST", a, null);
            SlotTag x = assumed[a];
            assumed[a] = assumed[b];
            assumed[b] = x;
        } else if (choice < 87) { // b = a via _COPY, or a constant via _POP_TOP_LOAD_CONST_INLINE_BORROW
            add("_LOAD_FAST_CHECK", a, "_DEOPT");
            if (r.nextBoolean()) {
                add("_COPY", 1, null);
                add("_STORE_FAST", b, null);
                assumed[b] = t;
            } else {
                SlotTag k = r.nextBoolean() ? SlotTag.INT : SlotTag.FLOAT;
                body.add(TraceStep.of("_POP_TOP_LOAD_CONST_INLINE_BORROW", k.code()).withOperand(bits(k)));
                assumed[a] = k;
            }
            add("_STORE_FAST", a, null);
        } else if (choice < 92) { // tuple shuffles: a, b, c = c, a, b and the like (_COPY and _SWAP reaching down)
            List<SlotTag> pushed = new ArrayList<>();
            for (int k = 2 + r.nextInt(4); k > 0; k--) {
                int v = r.nextInt(VARS);
                add("_LOAD_FAST", v, null);
                pushed.add(assumed[v]);
            }
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                int depth = pushed.size();
                if (r.nextBoolean() && depth < 5) {
                    int from = 1 + r.nextInt(depth);
                    add("_COPY", from, null);
                    pushed.add(pushed.get(depth - from));
                } else {
                    int bottom = 2 + r.nextInt(depth - 1);
                    add("_SWAP", bottom, null);
                    SlotTag x = pushed.get(depth - bottom);
                    pushed.set(depth - bottom, pushed.get(depth - 1));
                    pushed.set(depth - 1, x);
                }
            }
            while (!pushed.isEmpty()) {
                if (r.nextInt(4) == 0) {
                    add("_POP_TOP", 0, null);
                    pushed.removeLast();
                } else {
                    int v = r.nextInt(VARS);
                    add("_STORE_FAST", v, null);
                    assumed[v] = pushed.removeLast();
                }
            }
        } else if (choice < 94) { // del-and-restore as a comprehension does
            add("_LOAD_FAST_AND_CLEAR", a, null);
            add("_STORE_FAST", a, null);
        } else if (choice < 96) {
            setIp();
        } else {
            add(r.nextBoolean() ? "_CHECK_VALIDITY" : "_NOP", 0, "_DEOPT");
        }
    }

    /** Pushes a and b (or a constant of type t), with guards for type t in one of the forms tier 2 uses. */
    private void operands(int a, int b, SlotTag t) {
        add("_LOAD_FAST", a, null);
        if (r.nextInt(3) == 0) {
            constant(t, bits(t));
        } else {
            add("_LOAD_FAST", b, null);
        }
        if (r.nextBoolean()) {
            add("_GUARD_BOTH_" + t.name(), 0, "_DEOPT");
        } else {
            add("_GUARD_NOS_" + t.name(), 0, "_DEOPT");
            add("_GUARD_TOS_" + t.name(), 0, "_DEOPT");
        }
    }

    private long bits(SlotTag t) {
        return t == SlotTag.INT ? interestingInt() : Double.doubleToRawLongBits(interestingFloat());
    }

    private void setIp() {
        body.add(TraceStep.of("_SET_IP").withOperand(2L * r.nextInt(500)));
    }

    private void constant(SlotTag tag, long bits) {
        body.add(TraceStep.of(r.nextBoolean() ? "_LOAD_CONST_INLINE" : "_LOAD_CONST_INLINE_BORROW", tag.code())
                .withOperand(bits));
    }

    /** Adds a uop; one whose stencil can exit gets its own stub (stubUop: _DEOPT or _EXIT_TRACE). */
    private void add(String uop, long oparg, String stubUop) {
        TraceStep step = TraceStep.of(uop, oparg);
        if (set.get(uop).uses(HoleKind.EXIT_TARGET)) {
            int number = owners.size();
            owners.add(uop);
            step = step.withExit(stubs.size());
            stubs.add(stub(stubUop == null ? "_DEOPT" : stubUop, number));
        }
        body.add(step);
    }

    long interestingInt() {
        return switch (r.nextInt(7)) {
            case 0, 1 -> r.nextInt(-20, 21);
            case 2 -> r.nextLong();
            case 3 -> Long.MAX_VALUE - r.nextInt(1000);
            case 4 -> Long.MIN_VALUE + r.nextInt(1000);
            case 5 -> r.nextLong(-(1L << 32), 1L << 32);
            default -> (r.nextBoolean() ? 1 : -1) * (1L << r.nextInt(63));
        };
    }

    double interestingFloat() {
        return switch (r.nextInt(9)) {
            case 0 -> Double.NaN;
            case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> r.nextBoolean() ? 0.0 : -0.0;
            case 3 -> Double.MAX_VALUE * r.nextDouble();
            case 4 -> Double.MIN_VALUE * r.nextInt(100);
            case 5 -> r.nextInt(-10, 11) * 0.5;
            default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-20, 20));
        };
    }
}
