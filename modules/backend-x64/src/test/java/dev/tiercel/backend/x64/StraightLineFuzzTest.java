package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotTag;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing: random straight-line int/float/bool uop sequences over random locals, with values chosen so
 * that int arithmetic often overflows and guards sometimes fail. Each trace is compiled, run natively, and
 * compared byte for byte with the reference machine.
 */
class StraightLineFuzzTest {
    static final long SEED = 0x7153_C0DE_2026L;
    static final int CASES = 10_000;
    static final int LOCALS = 4;
    static final int STACK = 8;

    enum Kind { INT, FLOAT, BOOL }

    @Test
    void nativeAgreesWithTheReference() {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, Integer> exits = new TreeMap<>();
        long uops = 0;
        long start = System.nanoTime();
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, LOCALS, STACK, 0);
            for (int c = 0; c < CASES; c++) {
                Kind[] localKinds = new Kind[LOCALS];
                for (int i = 0; i < LOCALS; i++) {
                    localKinds[i] = kind(random);
                }
                TraceBuilder g = generate(random, localKinds.clone());
                uops += g.size();
                rf.clear();
                for (int i = 0; i < LOCALS; i++) {
                    switch (localKinds[i]) {
                        case INT -> rf.setInt(i, interestingInt(random));
                        case FLOAT -> rf.setFloat(i, interestingFloat(random));
                        case BOOL -> rf.setBool(i, random.nextBoolean());
                    }
                }
                try (NativeTrace trace = Harness.compile(g)) {
                    long exit = Harness.runBoth(trace, g, rf).exit();
                    exits.merge(g.exitOwners.get((int) exit), 1, Integer::sum);
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fuzz: %d traces, %d uops, %d ms; exits taken: %s%n", CASES, uops, ms, exits);
        // The generator must actually reach the interesting paths (a property of the generator, not a result).
        assertThat(exits.keySet()).contains("end", "_BINARY_OP_ADD_INT", "_BINARY_OP_SUBTRACT_INT", "_BINARY_OP_MULTIPLY_INT",
                "_GUARD_BOTH_INT", "_GUARD_BOTH_FLOAT", "_GUARD_IS_TRUE_POP", "_GUARD_IS_FALSE_POP");
    }

    static TraceBuilder generate(SplittableRandom r, Kind[] locals) {
        TraceBuilder t = new TraceBuilder();
        List<Kind> stack = new ArrayList<>();
        int length = 1 + r.nextInt(40);
        for (int n = 0; n < length; n++) {
            int depth = stack.size();
            int choice = r.nextInt(100);
            if (depth < 2 && choice >= 40) {
                choice = r.nextInt(40);
            }
            if (depth >= STACK - 1 && choice < 40) {
                choice = 40 + r.nextInt(60);
            }
            if (choice < 22) {
                int local = r.nextInt(LOCALS);
                t.add("_LOAD_FAST", local);
                stack.add(locals[local]);
            } else if (choice < 36) {
                Kind k = kind(r);
                switch (k) {
                    case INT -> t.constant(SlotTag.INT, interestingInt(r));
                    case FLOAT -> t.constant(SlotTag.FLOAT, Double.doubleToRawLongBits(interestingFloat(r)));
                    case BOOL -> t.constant(SlotTag.BOOL, r.nextInt(2));
                }
                stack.add(k);
            } else if (choice < 38) {
                t.setIp(r.nextLong());
            } else if (choice < 40) {
                t.add(r.nextBoolean() ? "_NOP" : "_CHECK_VALIDITY");
            } else if (choice < 50 && depth >= 1) {
                int local = r.nextInt(LOCALS);
                t.add("_STORE_FAST", local);
                locals[local] = stack.removeLast();
            } else if (choice < 55 && depth >= 1) {
                t.add("_POP_TOP");
                stack.removeLast();
            } else if (choice < 62 && depth >= 1) {
                String uop = r.nextBoolean() ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP";
                t.add(uop, 0, "_EXIT_TRACE");
                stack.removeLast();
            } else if (depth >= 2) {
                Kind a = stack.get(depth - 2);
                Kind b = stack.get(depth - 1);
                if (a != b && r.nextInt(5) != 0) {
                    t.add("_POP_TOP"); // mostly avoid mixed operands, whose guard is bound to fail
                    stack.removeLast();
                    continue;
                }
                boolean asFloat = a == Kind.FLOAT || b == Kind.FLOAT;
                if (r.nextInt(10) == 0) {
                    asFloat = !asFloat; // a guard that will probably fail
                }
                String guard = asFloat ? "_GUARD_BOTH_FLOAT" : "_GUARD_BOTH_INT";
                t.add(guard);
                stack.removeLast();
                stack.removeLast();
                if (choice < 80) {
                    String op = "_BINARY_OP_" + List.of("ADD", "SUBTRACT", "MULTIPLY").get(r.nextInt(3))
                            + (asFloat ? "_FLOAT" : "_INT");
                    t.add(op);
                    stack.add(asFloat ? Kind.FLOAT : Kind.INT);
                } else {
                    t.add(asFloat ? "_COMPARE_OP_FLOAT" : "_COMPARE_OP_INT", r.nextInt(16) | (r.nextInt(6) << 5));
                    stack.add(Kind.BOOL);
                }
            }
        }
        t.exitTrace();
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
