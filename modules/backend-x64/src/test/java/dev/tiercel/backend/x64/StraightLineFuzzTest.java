package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.TraceLayout;
import dev.tiercel.tier2.nativecode.TraceStep;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Seeded fuzzing: random straight-line int/float/bool uop sequences over random locals, with values chosen so
 * that int arithmetic often overflows and guards sometimes fail. Each trace is compiled, run natively, and
 * compared byte for byte with the reference machine.
 */
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64", disabledReason = "runs x86-64 code")
class StraightLineFuzzTest {
    static final long SEED = 0x7153_C0DE_2026L;
    static final int CASES = 10_000;
    static final int LOCALS = 4;
    static final int STACK = 8;

    enum Kind { INT, FLOAT, BOOL, NONE, UNDEF }

    static final List<String> NUMERIC_OPS = dev.tiercel.tier2.nativecode.TraceTranslator.NUMERIC_BINARY_OPS;

    @Test
    void nativeAgreesWithTheReference() {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Integer> exits = new TreeMap<>();
        long uops = 0;
        long start = System.nanoTime();
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, LOCALS, STACK, 0);
            for (int c = 0; c < CASES; c++) {
                TraceBuilder g = randomCase(random, rf);
                uops += g.size();
                try (NativeTrace trace = Harness.compile(g)) {
                    long exit = Harness.runBoth(trace, g, rf).exit();
                    exits.merge(g.exitOwners.get((int) exit), 1, Integer::sum);
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fuzz: %d traces, %d uops, %d ms; exits taken: %s%n", CASES, uops, ms, exits);
        // The generator must actually reach the interesting paths (a property of the generator, not a result).
        assertThat(exits.keySet()).contains("end", "_BINARY_OP_ADD_INT", "_BINARY_OP_SUBTRACT_INT",
                "_BINARY_OP_MULTIPLY_INT", "_GUARD_BOTH_INT", "_GUARD_BOTH_FLOAT", "_GUARD_TOS_INT", "_GUARD_NOS_FLOAT",
                "_GUARD_IS_TRUE_POP", "_GUARD_IS_FALSE_POP", "_GUARD_IS_NONE_POP", "_GUARD_IS_NOT_NONE_POP",
                "_TO_BOOL_BOOL", "_TO_BOOL_INT", "_LOAD_FAST_CHECK", "_BINARY_OP_ADD_NUMERIC",
                "_BINARY_OP_MULTIPLY_NUMERIC", "_BINARY_OP_TRUE_DIVIDE_NUMERIC", "_BINARY_OP_FLOOR_DIVIDE_NUMERIC",
                "_BINARY_OP_REMAINDER_NUMERIC", "_BINARY_OP_LSHIFT_NUMERIC", "_BINARY_OP_RSHIFT_NUMERIC");
    }

    /**
     * Random loop bodies over a random initial stack of 0-3 items (the stack as high at the back edge as at the top,
     * as Python bytecode guarantees; the locals' and stack items' types change between iterations, so later
     * iterations meet failing guards), run with a small eval-breaker budget: loop tops entered with cached items
     * (spills and fills), back edges at every depth, exits at every depth, all against the reference.
     */
    @Test
    void loopsAgreeWithTheReference() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Map<String, Integer> exits = new TreeMap<>();
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, LOCALS, STACK, 0);
            for (int c = 0; c < 2000; c++) {
                TraceBuilder g = randomCase(random, rf, true);
                rf.setEvalBreaker(random.nextInt(6));
                List<String> pieces = TraceLayout.plan(X64JitBackend.stencils(), g.body, g.stubs).pieceNames();
                if (pieces.stream().anyMatch(p -> p.startsWith("fill@"))) {
                    exits.merge("(loop top entered with cached items)", 1, Integer::sum);
                }
                try (NativeTrace trace = Harness.compile(g)) {
                    long exit = Harness.runBoth(trace, g, rf).exit();
                    exits.merge(g.exitOwners.get((int) exit), 1, Integer::sum);
                }
            }
        }
        System.out.printf("loop fuzz: 2000 loops; exits taken: %s%n", exits);
        assertThat(exits.keySet()).contains("_JUMP_TO_TOP", "_GUARD_BOTH_INT", "_GUARD_IS_TRUE_POP",
                "(loop top entered with cached items)");
    }

    /** A random trace and random locals for it, written into {@code rf} (cleared first). */
    static TraceBuilder randomCase(SplittableRandom random, RegisterFile rf) {
        return randomCase(random, rf, false);
    }

    /**
     * With {@code loop}, the trace starts on a random stack of 0-3 items, and the body brings the stack back to that
     * height and ends in _JUMP_TO_TOP back to its start.
     */
    static TraceBuilder randomCase(SplittableRandom random, RegisterFile rf, boolean loop) {
        Kind[] localKinds = new Kind[LOCALS];
        for (int i = 0; i < LOCALS; i++) {
            int k = random.nextInt(20);
            localKinds[i] = k == 0 ? Kind.NONE : k == 1 ? Kind.UNDEF : kind(random);
        }
        List<Kind> initial = new ArrayList<>();
        for (int i = loop ? random.nextInt(4) : 0; i > 0; i--) {
            initial.add(kind(random));
        }
        TraceBuilder g = generate(random, localKinds.clone(), loop, initial);
        rf.clear();
        for (Kind k : initial) {
            switch (k) {
                case INT -> rf.push(SlotTag.INT, interestingInt(random));
                case FLOAT -> rf.push(SlotTag.FLOAT, Double.doubleToRawLongBits(interestingFloat(random)));
                default -> rf.push(SlotTag.BOOL, random.nextInt(2));
            }
        }
        for (int i = 0; i < LOCALS; i++) {
            switch (localKinds[i]) {
                case INT -> rf.setInt(i, interestingInt(random));
                case FLOAT -> rf.setFloat(i, interestingFloat(random));
                case BOOL -> rf.setBool(i, random.nextBoolean());
                case NONE -> rf.setNone(i);
                case UNDEF -> { }
            }
        }
        return g;
    }

    static TraceBuilder generate(SplittableRandom r, Kind[] locals) {
        return generate(r, locals, false);
    }

    static TraceBuilder generate(SplittableRandom r, Kind[] locals, boolean loop) {
        return generate(r, locals, loop, List.of());
    }

    static TraceBuilder generate(SplittableRandom r, Kind[] locals, boolean loop, List<Kind> initialStack) {
        TraceBuilder t = new TraceBuilder();
        List<Kind> stack = new ArrayList<>(initialStack);
        int length = 1 + r.nextInt(40);
        for (int n = 0; n < length; n++) {
            int depth = stack.size();
            Kind top = depth >= 1 ? stack.get(depth - 1) : null;
            int choice = r.nextInt(100);
            if (depth < 2 && choice >= 40) {
                choice = r.nextInt(40);
            }
            if (depth >= STACK - 1 && choice < 40) {
                choice = 40 + r.nextInt(60);
            }
            if (choice < 22) {
                int local = r.nextInt(LOCALS);
                int variant = r.nextInt(10);
                t.add(variant < 7 ? "_LOAD_FAST" : variant < 9 ? "_LOAD_FAST_CHECK" : "_LOAD_FAST_AND_CLEAR", local);
                stack.add(locals[local]);
                if (variant == 9) {
                    locals[local] = Kind.UNDEF;
                }
            } else if (choice < 36) {
                Kind k = r.nextInt(8) == 0 ? Kind.NONE : kind(r);
                long bits = switch (k) {
                    case INT -> interestingInt(r);
                    case FLOAT -> Double.doubleToRawLongBits(interestingFloat(r));
                    case BOOL -> r.nextInt(2);
                    default -> 0;
                };
                SlotTag tag = SlotTag.valueOf(k.name());
                if (depth >= 1 && r.nextInt(4) == 0) {
                    t.body.add(TraceStep.of("_POP_TOP_LOAD_CONST_INLINE_BORROW", tag.code()).withOperand(bits));
                    stack.removeLast();
                } else {
                    t.body.add(TraceStep.of(r.nextBoolean() ? "_LOAD_CONST_INLINE" : "_LOAD_CONST_INLINE_BORROW",
                            tag.code()).withOperand(bits));
                }
                stack.add(k);
            } else if (choice < 38) {
                t.setIp(r.nextLong());
            } else if (choice < 40) {
                t.add(r.nextBoolean() ? "_NOP" : "_CHECK_VALIDITY");
            } else if (choice < 47 && depth >= 1) {
                int local = r.nextInt(LOCALS);
                t.add("_STORE_FAST", local);
                locals[local] = stack.removeLast();
            } else if (choice < 50 && depth >= 1) {
                t.add("_POP_TOP");
                stack.removeLast();
            } else if (choice < 54 && depth >= 1 && depth < STACK - 1) {
                int from = 1 + r.nextInt(depth);
                t.add("_COPY", from);
                stack.add(stack.get(depth - from));
            } else if (choice < 57 && depth >= 2) {
                int bottom = 2 + r.nextInt(depth - 1);
                t.add("_SWAP", bottom);
                Kind k = stack.get(depth - bottom);
                stack.set(depth - bottom, top);
                stack.set(depth - 1, k);
            } else if (choice < 62 && depth >= 1) {
                String uop = switch (r.nextInt(top == Kind.NONE ? 2 : 5)) {
                    case 0 -> "_GUARD_IS_NONE_POP";
                    case 1 -> "_GUARD_IS_NOT_NONE_POP";
                    case 2, 3 -> "_GUARD_IS_TRUE_POP";
                    default -> "_GUARD_IS_FALSE_POP";
                };
                t.add(uop, 0, "_EXIT_TRACE");
                stack.removeLast();
            } else if (choice < 68 && depth >= 1) {
                boolean wrong = r.nextInt(10) == 0;
                Kind as = wrong ? Kind.values()[r.nextInt(4)] : top;
                switch (as) {
                    case INT -> t.add("_TO_BOOL_INT");
                    case NONE -> t.add("_TO_BOOL_NONE");
                    case BOOL -> {
                        t.add("_TO_BOOL_BOOL");
                        if (r.nextBoolean()) {
                            t.add("_UNARY_NOT");
                        }
                    }
                    default -> t.add("_TO_BOOL_BOOL"); // a float: the guard fails
                }
                stack.set(depth - 1, Kind.BOOL);
            } else if (choice < 76 && depth >= 2) {
                // the generic operators take any two items: exits on types, overflow, zero divisors
                String op = NUMERIC_OPS.get(r.nextInt(NUMERIC_OPS.size()));
                Kind a = stack.removeLast();
                Kind b = stack.removeLast();
                t.add("_BINARY_OP_" + op + "_NUMERIC");
                boolean ints = a != Kind.FLOAT && b != Kind.FLOAT;
                stack.add(op.equals("TRUE_DIVIDE") || !ints ? Kind.FLOAT
                        : a == Kind.BOOL && b == Kind.BOOL && List.of("AND", "OR", "XOR").contains(op) ? Kind.BOOL
                        : Kind.INT);
            } else if (depth >= 2) {
                Kind a = stack.get(depth - 2);
                if (a != top && r.nextInt(5) != 0) {
                    t.add("_POP_TOP"); // mostly avoid mixed operands, whose guard is bound to fail
                    stack.removeLast();
                    continue;
                }
                boolean asFloat = a == Kind.FLOAT || top == Kind.FLOAT;
                if (r.nextInt(10) == 0) {
                    asFloat = !asFloat; // a guard that will probably fail
                }
                String type = asFloat ? "FLOAT" : "INT";
                if (r.nextBoolean()) {
                    t.add("_GUARD_BOTH_" + type);
                } else {
                    t.add("_GUARD_NOS_" + type);
                    t.add("_GUARD_TOS_" + type);
                }
                stack.removeLast();
                stack.removeLast();
                if (choice < 85) {
                    t.add("_BINARY_OP_" + List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3)) + "_" + type);
                    stack.add(asFloat ? Kind.FLOAT : Kind.INT);
                } else {
                    t.add("_COMPARE_OP_" + type, r.nextInt(16) | (r.nextInt(6) << 5));
                    stack.add(Kind.BOOL);
                }
            }
        }
        if (loop) {
            for (int i = stack.size(); i > initialStack.size(); i--) {
                t.add("_POP_TOP");
            }
            for (int i = stack.size(); i < initialStack.size(); i++) {
                t.constant(SlotTag.INT, interestingInt(r));
            }
            t.jumpToTop(0);
        } else {
            t.exitTrace();
        }
        return t;
    }

    /** Mostly ints and floats, some bools. */
    static Kind kind(SplittableRandom r) {
        int k = r.nextInt(20);
        return k < 9 ? Kind.INT : k < 18 ? Kind.FLOAT : Kind.BOOL;
    }

    static long interestingInt(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(-10, 11);
            case 1 -> r.nextLong();
            case 2 -> Long.MAX_VALUE - r.nextInt(1000);
            case 3 -> Long.MIN_VALUE + r.nextInt(1000);
            case 4 -> r.nextLong(-(1L << 32), 1L << 32);
            default -> (r.nextBoolean() ? 1 : -1) * (1L << r.nextInt(63));
        };
    }

    static double interestingFloat(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 2 -> r.nextBoolean() ? 0.0 : -0.0;
            case 3 -> Double.MAX_VALUE * r.nextDouble();
            case 4 -> Double.MIN_VALUE * r.nextInt(100);
            default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-20, 20));
        };
    }
}
