package dev.tiercel.tier2.nativecode;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * The Java reference of the native uops and the backends' test oracle (shared by every architecture's tests): the
 * same uops executed in Java over a copy of the register file's memory, word for word, so
 * that a native run and a reference run can be compared byte for byte. Written from CPython 3.13's semantics
 * (see stencils/uops.c for the unboxed conventions), independently of the stencils.
 */
public final class ReferenceMachine {
    private static final long INT = SlotTag.INT.code();
    private static final long FLOAT = SlotTag.FLOAT.code();
    private static final long BOOL = SlotTag.BOOL.code();
    private static final long RANGE_ITER = SlotTag.RANGE_ITER.code();
    private static final long NONE = SlotTag.NONE.code();
    private static final long UNDEF = SlotTag.UNDEF.code();

    /** The register file's memory, word by word; the run works on it. */
    public final long[] mem;
    /** What {@code _CHECK_VALIDITY} sees. */
    public boolean executorValid = true;

    public ReferenceMachine(RegisterFile rf) {
        mem = rf.segment().toArray(ValueLayout.JAVA_LONG);
    }

    /** Copies the reference memory image of a register file (for comparison). */
    public static long[] image(RegisterFile rf) {
        return rf.segment().toArray(ValueLayout.JAVA_LONG);
    }

    /**
     * Compares two register-file images on what is live: the header, the locals, the value stack below its depth,
     * the range iterators. (Slots above the stack's top are scratch: stack items cached in registers never reach
     * them.) With {@code anyNaN}, two NaNs in FLOAT slots are equal whatever their bits.
     */
    public static void assertSameLiveState(long[] actual, long[] expected, int locals, int stackSize, boolean anyNaN,
            Object context) {
        StringBuilder diff = new StringBuilder();
        for (int w = 0; w < 8; w++) {
            if (actual[w] != expected[w]) {
                diff.append(" header word ").append(w).append(": ").append(actual[w]).append(" != ").append(expected[w]);
            }
        }
        int live = locals + (int) expected[1];
        for (int slot = 0; slot < live; slot++) {
            int v = 8 + 2 * slot;
            boolean bothNaN = anyNaN && actual[v + 1] == FLOAT && expected[v + 1] == FLOAT
                    && Double.isNaN(Double.longBitsToDouble(actual[v])) && Double.isNaN(Double.longBitsToDouble(expected[v]));
            if (actual[v + 1] != expected[v + 1] || (actual[v] != expected[v] && !bothNaN)) {
                diff.append(" slot ").append(slot).append(": (").append(actual[v]).append(", tag ").append(actual[v + 1])
                        .append(") != (").append(expected[v]).append(", tag ").append(expected[v + 1]).append(')');
            }
        }
        for (int w = 8 + 2 * (locals + stackSize); w < expected.length; w++) {
            if (actual[w] != expected[w]) {
                diff.append(" range-iterator word ").append(w).append(": ").append(actual[w]).append(" != ")
                        .append(expected[w]);
            }
        }
        if (!diff.isEmpty()) {
            throw new AssertionError("register files differ (actual != reference):" + diff + "\nin " + context);
        }
    }

    public static void load(RegisterFile rf, long[] image) {
        MemorySegment.copy(MemorySegment.ofArray(image), 0, rf.segment(), 0, rf.segment().byteSize());
    }

    private int tagWord(int slot) {
        return 8 + 2 * slot + 1;
    }

    private int valueWord(int slot) {
        return 8 + 2 * slot;
    }

    private long tag(int slot) {
        return mem[tagWord(slot)];
    }

    private long val(int slot) {
        return mem[valueWord(slot)];
    }

    private void put(int slot, long tag, long value) {
        mem[valueWord(slot)] = value;
        mem[tagWord(slot)] = tag;
    }

    private double dbl(int slot) {
        return Double.longBitsToDouble(val(slot));
    }

    private static int comparisonBit(boolean ge, boolean le) {
        return 1 << (2 * (ge ? 1 : 0) + (le ? 1 : 0));
    }

    /** Runs the trace; returns the exit number. */
    public long run(List<TraceStep> body, List<TraceStep> stubs) {
        int base = (int) mem[3];
        int sp = base + (int) mem[1];
        int pc = 0;
        long xacc = 0; // the float accumulator's bits (x0 of the stencils)
        long iacc = 0; // the integer accumulator (iacc of the stencils)
        while (true) {
            TraceStep s = body.get(pc);
            int a = sp - 2;
            int b = sp - 1;
            boolean exit = false;
            switch (s.uop()) {
                case "_NOP" -> { }
                case "_LOAD_FAST" -> {
                    put(sp, tag((int) s.oparg()), val((int) s.oparg()));
                    sp++;
                }
                case "_STORE_FAST" -> {
                    sp--;
                    put((int) s.oparg(), tag(sp), val(sp));
                }
                case "_LOAD_FAST_CHECK" -> {
                    exit = tag((int) s.oparg()) == UNDEF;
                    if (!exit) {
                        put(sp, tag((int) s.oparg()), val((int) s.oparg()));
                        sp++;
                    }
                }
                case "_LOAD_FAST_AND_CLEAR" -> {
                    put(sp, tag((int) s.oparg()), val((int) s.oparg()));
                    put((int) s.oparg(), UNDEF, 0);
                    sp++;
                }
                case "_POP_TOP" -> sp--;
                case "_COPY" -> {
                    int from = sp - (int) s.oparg();
                    put(sp, tag(from), val(from));
                    sp++;
                }
                case "_SWAP" -> {
                    int bottom = sp - (int) s.oparg();
                    long t = tag(bottom);
                    long v = val(bottom);
                    put(bottom, tag(b), val(b));
                    put(b, t, v);
                }
                case "_LOAD_CONST_INLINE", "_LOAD_CONST_INLINE_BORROW" -> {
                    put(sp, s.oparg(), s.operand());
                    sp++;
                }
                case "_POP_TOP_LOAD_CONST_INLINE_BORROW" -> put(b, s.oparg(), s.operand());
                case "_GUARD_TOS_INT" -> exit = tag(b) != INT;
                case "_GUARD_NOS_INT" -> exit = tag(a) != INT;
                case "_GUARD_TOS_FLOAT" -> exit = tag(b) != FLOAT;
                case "_GUARD_NOS_FLOAT" -> exit = tag(a) != FLOAT;
                case "_TO_BOOL_BOOL" -> exit = tag(b) != BOOL;
                case "_TO_BOOL_INT" -> {
                    exit = tag(b) != INT;
                    if (!exit) {
                        put(b, BOOL, val(b) != 0 ? 1 : 0);
                    }
                }
                case "_TO_BOOL_NONE" -> {
                    exit = tag(b) != NONE;
                    if (!exit) {
                        put(b, BOOL, 0);
                    }
                }
                case "_UNARY_NOT" -> put(b, BOOL, val(b) == 0 ? 1 : 0);
                case "_GUARD_IS_NONE_POP" -> {
                    sp--;
                    exit = tag(sp) != NONE;
                }
                case "_GUARD_IS_NOT_NONE_POP" -> {
                    sp--;
                    exit = tag(sp) == NONE;
                }
                case "_GUARD_BOTH_INT" -> exit = tag(a) != INT || tag(b) != INT;
                case "_GUARD_BOTH_FLOAT" -> exit = tag(a) != FLOAT || tag(b) != FLOAT;
                case "_BINARY_OP_ADD_INT", "_BINARY_OP_SUBTRACT_INT", "_BINARY_OP_MULTIPLY_INT" -> {
                    long r;
                    try {
                        r = exact(s.uop(), val(a), val(b));
                    } catch (ArithmeticException overflow) {
                        exit = true;
                        break;
                    }
                    put(a, INT, r);
                    sp--;
                }
                case "_XACC_LOAD" -> {
                    exit = tag((int) s.oparg()) != FLOAT;
                    if (!exit) {
                        xacc = val((int) s.oparg());
                    }
                }
                case "_XACC_PUSH" -> {
                    put(sp, FLOAT, xacc);
                    sp++;
                }
                case "_XACC_ADD", "_XACC_SUBTRACT", "_XACC_MULTIPLY", "_XACC_ADD_TOS", "_XACC_SUBTRACT_TOS",
                     "_XACC_MULTIPLY_TOS" -> {
                    // the right operand is on top; the plain forms also pop the accumulator's copy below it
                    double x = Double.longBitsToDouble(xacc);
                    double r = s.uop().startsWith("_XACC_ADD") ? x + dbl(b)
                            : s.uop().startsWith("_XACC_SUBTRACT") ? x - dbl(b) : x * dbl(b);
                    xacc = Double.doubleToRawLongBits(r);
                    sp -= s.uop().endsWith("_TOS") ? 1 : 2;
                }
                case "_IACC_LOAD" -> {
                    exit = tag((int) s.oparg()) != INT;
                    if (!exit) {
                        iacc = val((int) s.oparg());
                    }
                }
                case "_IACC_PUSH" -> {
                    put(sp, INT, iacc);
                    sp++;
                }
                case "_IACC_ADD", "_IACC_SUBTRACT", "_IACC_MULTIPLY" -> {
                    // pops the copy and the right operand; at overflow, exits with both still there
                    try {
                        iacc = exact(s.uop(), iacc, val(b));
                        sp -= 2;
                    } catch (ArithmeticException overflow) {
                        exit = true;
                    }
                }
                case "_BINARY_OP_ADD_FLOAT" -> {
                    put(a, FLOAT, Double.doubleToRawLongBits(dbl(a) + dbl(b)));
                    sp--;
                }
                case "_BINARY_OP_SUBTRACT_FLOAT" -> {
                    put(a, FLOAT, Double.doubleToRawLongBits(dbl(a) - dbl(b)));
                    sp--;
                }
                case "_BINARY_OP_MULTIPLY_FLOAT" -> {
                    put(a, FLOAT, Double.doubleToRawLongBits(dbl(a) * dbl(b)));
                    sp--;
                }
                case "_COMPARE_OP_INT" -> {
                    int bit = comparisonBit(val(a) >= val(b), val(a) <= val(b));
                    put(a, BOOL, (bit & s.oparg()) != 0 ? 1 : 0);
                    sp--;
                }
                case "_COMPARE_OP_FLOAT" -> {
                    int bit = comparisonBit(dbl(a) >= dbl(b), dbl(a) <= dbl(b));
                    put(a, BOOL, (bit & s.oparg()) != 0 ? 1 : 0);
                    sp--;
                }
                case "_GUARD_IS_TRUE_POP" -> {
                    sp--;
                    exit = tag(sp) != BOOL || val(sp) == 0;
                }
                case "_GUARD_IS_FALSE_POP" -> {
                    sp--;
                    exit = tag(sp) != BOOL || val(sp) != 0;
                }
                case "_ITER_CHECK_RANGE" -> exit = tag(b) != RANGE_ITER;
                case "_GUARD_NOT_EXHAUSTED_RANGE" -> exit = mem[(int) (val(b) / 8) + 2] <= 0;
                case "_ITER_NEXT_RANGE" -> {
                    int r = (int) (val(b) / 8);
                    long value = mem[r];
                    mem[r] = value + mem[r + 1];
                    mem[r + 2]--;
                    put(sp, INT, value);
                    sp++;
                }
                case "_SET_IP" -> mem[2] = s.operand();
                case "_CHECK_VALIDITY" -> exit = !executorValid;
                case "_JUMP_TO_TOP" -> {
                    mem[0]--;
                    if (mem[0] < 0 || mem[4] != 0) {
                        exit = true;
                    } else {
                        pc = s.jumpTarget();
                        continue;
                    }
                }
                case "_EXIT_TRACE", "_DEOPT" -> {
                    mem[1] = sp - base;
                    return s.oparg();
                }
                case "_EXIT_TRACE_XACC", "_DEOPT_XACC", "_EXIT_TRACE_IACC", "_DEOPT_IACC" -> {
                    writeBack(s, xacc, iacc);
                    mem[1] = sp - base;
                    return s.oparg();
                }
                default -> {
                    if (!TraceTranslator.isNumericBinaryOp(s.uop())) {
                        throw new IllegalArgumentException("reference has no " + s.uop());
                    }
                    long[] r = numeric(s.uop(), tag(a), val(a), tag(b), val(b));
                    exit = r == null;
                    if (!exit) {
                        put(a, r[0], r[1]);
                        sp--;
                    }
                }
            }
            if (exit) {
                TraceStep stub = stubs.get(s.exit());
                writeBack(stub, xacc, iacc);
                mem[1] = sp - base;
                return stub.oparg();
            }
            pc++;
        }
    }

    /**
     * The generic binary operators on unboxed numbers, as Python computes them: {tag, bits} of the result, or null
     * where the native form exits for tier 1 to redo the instruction (a type it does not compute, a result outside
     * int64, a zero divisor, an int true division that is not exact in doubles, float {@code //} and {@code %}).
     */
    static long[] numeric(String uop, long ta, long a, long tb, long b) {
        boolean intA = ta == INT || ta == BOOL;
        boolean intB = tb == INT || tb == BOOL;
        boolean numbers = (intA || ta == FLOAT) && (intB || tb == FLOAT);
        if (!numbers) {
            return null;
        }
        boolean ints = intA && intB;
        double x = ta == FLOAT ? Double.longBitsToDouble(a) : (double) a;
        double y = tb == FLOAT ? Double.longBitsToDouble(b) : (double) b;
        String op = uop.substring("_BINARY_OP_".length(), uop.length() - "_NUMERIC".length());
        try {
            switch (op) {
                case "ADD", "SUBTRACT", "MULTIPLY" -> {
                    if (ints) {
                        long r = op.equals("ADD") ? Math.addExact(a, b)
                                : op.equals("SUBTRACT") ? Math.subtractExact(a, b) : Math.multiplyExact(a, b);
                        return new long[] {INT, r};
                    }
                    double r = op.equals("ADD") ? x + y : op.equals("SUBTRACT") ? x - y : x * y;
                    return new long[] {FLOAT, Double.doubleToRawLongBits(r)};
                }
                case "TRUE_DIVIDE" -> {
                    long limit = 1L << 53;
                    if (y == 0.0 || (ints && (Math.abs(a) > limit || Math.abs(b) > limit || a == Long.MIN_VALUE
                            || b == Long.MIN_VALUE))) {
                        return null;
                    }
                    return new long[] {FLOAT, Double.doubleToRawLongBits(x / y)};
                }
                case "FLOOR_DIVIDE", "REMAINDER" -> {
                    if (!ints || b == 0 || (a == Long.MIN_VALUE && b == -1)) {
                        return null; // a zero divisor, or a quotient outside int64
                    }
                    return new long[] {INT, op.equals("FLOOR_DIVIDE") ? Math.floorDiv(a, b) : Math.floorMod(a, b)};
                }
                case "AND", "OR", "XOR" -> {
                    if (!ints) {
                        return null;
                    }
                    long r = op.equals("AND") ? a & b : op.equals("OR") ? a | b : a ^ b;
                    return new long[] {ta == BOOL && tb == BOOL ? BOOL : INT, r};
                }
                case "LSHIFT" -> {
                    if (!ints || b < 0 || b > 62) {
                        return null;
                    }
                    long r = a << b;
                    return (r >> b) == a ? new long[] {INT, r} : null;
                }
                case "RSHIFT" -> {
                    if (!ints || b < 0) {
                        return null;
                    }
                    return new long[] {INT, a >> Math.min(b, 63)};
                }
                default -> throw new IllegalArgumentException("reference has no " + uop);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** {@code x + y}, {@code x - y} or {@code x * y} as the uop's name says (ADD, SUBTRACT, else MULTIPLY) in int64. */
    private static long exact(String uop, long x, long y) {
        return uop.contains("ADD") ? Math.addExact(x, y)
                : uop.contains("SUBTRACT") ? Math.subtractExact(x, y) : Math.multiplyExact(x, y);
    }

    /**
     * An {@code _XACC} or {@code _IACC} exit stub: the accumulator's bits and its tag to the slot at the stub's
     * operand (bytes); other stubs write nothing.
     */
    private void writeBack(TraceStep stub, long xacc, long iacc) {
        boolean floats = stub.uop().endsWith("_XACC");
        if (floats || stub.uop().endsWith("_IACC")) {
            mem[(int) (stub.operand() / 8)] = floats ? xacc : iacc;
            mem[(int) (stub.operand() / 8) + 1] = floats ? FLOAT : INT;
        }
    }
}
