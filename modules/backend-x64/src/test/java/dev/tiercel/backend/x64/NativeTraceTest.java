package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.tier2.nativecode.CopyAndPatch;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.SlotTag;
import dev.tiercel.tier2.nativecode.TraceLayout;
import dev.tiercel.tier2.nativecode.TraceStep;
import java.lang.foreign.Arena;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Synthetic loop traces run natively through FFM and checked against Java. */
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64", disabledReason = "runs x86-64 code")
class NativeTraceTest {
    static final int X = 0;
    static final int I = 1;
    static final int Y = 2;

    /** for i in range(...): x += i  — the iterator sits on the stack for the whole loop. */
    static final class SumLoop {
        final TraceBuilder t = new TraceBuilder();
        final int notRange = t.add("_ITER_CHECK_RANGE");
        final int exhausted = t.add("_GUARD_NOT_EXHAUSTED_RANGE", 0, "_EXIT_TRACE");
        final int notInts;
        final int overflow;
        final int breaker;

        SumLoop() {
            t.add("_ITER_NEXT_RANGE");
            t.add("_STORE_FAST", I);
            t.add("_LOAD_FAST", X);
            t.add("_LOAD_FAST", I);
            notInts = t.add("_GUARD_BOTH_INT");
            overflow = t.add("_BINARY_OP_ADD_INT");
            t.add("_STORE_FAST", X);
            breaker = t.jumpToTop(0);
        }
    }

    static RegisterFile loopState(Arena arena, long x, long start, long step, long length) {
        RegisterFile rf = RegisterFile.allocate(arena, 3, 4, 1);
        rf.setInt(X, x);
        rf.push(SlotTag.RANGE_ITER, rf.newRangeIterator(start, step, length));
        rf.setEvalBreaker(Long.MAX_VALUE);
        return rf;
    }

    @Test
    void sumLoopMatchesJava() {
        SumLoop loop = new SumLoop();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            for (long n : new long[] {0, 1, 2, 10, 1000, 123_457}) {
                RegisterFile rf = loopState(arena, 0, 0, 1, n);
                var out = Harness.runBoth(trace, loop.t, rf);
                long expected = 0;
                for (long i = 0; i < n; i++) {
                    expected += i;
                }
                assertThat(out.exit()).isEqualTo(loop.exhausted);
                assertThat(rf.tag(X)).isEqualTo(SlotTag.INT);
                assertThat(rf.bits(X)).isEqualTo(expected);
                assertThat(rf.depth()).isEqualTo(1);
                assertThat(rf.tag(rf.stackSlot(0))).isEqualTo(SlotTag.RANGE_ITER);
                if (n > 0) {
                    assertThat(rf.bits(I)).isEqualTo(n - 1);
                }
            }
        }
    }

    @Test
    void sumLoopWithNegativeStepAndStart() {
        SumLoop loop = new SumLoop();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            RegisterFile rf = loopState(arena, 7, 100, -3, 40); // range(100, -20, -3)
            Harness.runBoth(trace, loop.t, rf);
            long expected = 7;
            for (long i = 100; i > -20; i -= 3) {
                expected += i;
            }
            assertThat(rf.bits(X)).isEqualTo(expected);
        }
    }

    @Test
    void overflowExitsWithTheOperandsOnTheStack() {
        SumLoop loop = new SumLoop();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            long x0 = Long.MAX_VALUE - 100;
            RegisterFile rf = loopState(arena, x0, 0, 1, 1000);
            var out = Harness.runBoth(trace, loop.t, rf);
            // Java: the first i at which x + i overflows, and x just before it.
            long x = x0;
            long i = 0;
            while (true) {
                long sum = x + i;
                if (((x ^ sum) & (i ^ sum)) < 0) {
                    break;
                }
                x = sum;
                i++;
            }
            assertThat(out.exit()).isEqualTo(loop.overflow);
            assertThat(rf.bits(X)).isEqualTo(x);
            assertThat(rf.bits(I)).isEqualTo(i);
            assertThat(rf.depth()).isEqualTo(3); // iterator, x, i: BINARY_OP re-executes in tier 1
            assertThat(rf.tag(rf.stackSlot(1))).isEqualTo(SlotTag.INT);
            assertThat(rf.bits(rf.stackSlot(1))).isEqualTo(x);
            assertThat(rf.bits(rf.stackSlot(2))).isEqualTo(i);
            long iterator = rf.bits(rf.stackSlot(0));
            assertThat(rf.rangeStart(iterator)).isEqualTo(i + 1);
            assertThat(rf.rangeLength(iterator)).isEqualTo(1000 - i - 1);
        }
    }

    @Test
    void guardFailureDeoptsWithTheExactStack() {
        SumLoop loop = new SumLoop();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            RegisterFile rf = loopState(arena, 0, 5, 1, 10);
            rf.setFloat(X, 1.5); // x is a float: the int guard fails on the first iteration
            var out = Harness.runBoth(trace, loop.t, rf);
            assertThat(out.exit()).isEqualTo(loop.notInts);
            assertThat(rf.depth()).isEqualTo(3);
            assertThat(rf.tag(rf.stackSlot(1))).isEqualTo(SlotTag.FLOAT);
            assertThat(Double.longBitsToDouble(rf.bits(rf.stackSlot(1)))).isEqualTo(1.5);
            assertThat(rf.tag(rf.stackSlot(2))).isEqualTo(SlotTag.INT);
            assertThat(rf.bits(rf.stackSlot(2))).isEqualTo(5);
            assertThat(rf.bits(I)).isEqualTo(5);

            RegisterFile notRange = RegisterFile.allocate(arena, 3, 4, 0);
            notRange.push(SlotTag.NONE, 0);
            var second = Harness.runBoth(trace, loop.t, notRange);
            assertThat(second.exit()).isEqualTo(loop.notRange);
            assertThat(notRange.depth()).isEqualTo(1);
        }
    }

    @Test
    void evalBreakerExitsPeriodicallyAndTheLoopResumes() {
        SumLoop loop = new SumLoop();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(loop.t)) {
            RegisterFile rf = loopState(arena, 0, 0, 1, 1000);
            int entries = 0;
            long exit;
            do {
                rf.setEvalBreaker(99);
                exit = Harness.runBoth(trace, loop.t, rf).exit();
                entries++;
                if (exit == loop.breaker) {
                    assertThat(rf.depth()).isEqualTo(1); // at the top of the loop: only the iterator
                }
            } while (exit == loop.breaker);
            assertThat(exit).isEqualTo(loop.exhausted);
            // a budget of 99 lets 99 back edges through and exits on the 100th: 100 iterations per entry, and the
            // 11th entry finds the iterator exhausted
            assertThat(entries).isEqualTo(11);
            assertThat(rf.bits(X)).isEqualTo(999L * 1000 / 2);
        }
    }

    @Test
    void anotherThreadCanStopARunningLoop() throws Exception {
        SumLoop loop = new SumLoop();
        try (Arena arena = Arena.ofShared(); NativeTrace trace = Harness.compile(loop.t)) {
            // 2e10 iterations of x += 0: about a minute if the break were never seen (bounded, so a failure
            // cannot hang the build), a few milliseconds past the request when it is
            long length = 20_000_000_000L;
            RegisterFile rf = loopState(arena, 0, 0, 0, length);
            Thread stopper = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                rf.requestBreak();
            });
            long exit = trace.enter(rf);
            stopper.join();
            assertThat(exit).isEqualTo(loop.breaker);
            assertThat(rf.breakRequested()).isTrue();
            long iterator = rf.bits(rf.stackSlot(0));
            assertThat(rf.rangeLength(iterator)).isBetween(1L, length - 1);
            rf.clearBreakRequest();
            rf.setEvalBreaker(10);
            assertThat(Harness.runBoth(trace, loop.t, rf).exit()).isEqualTo(loop.breaker); // the budget again
        }
    }

    /** x = x * c + y over a range: the float twin of the sum loop. */
    @Test
    void floatLoopMatchesJava() {
        TraceBuilder t = new TraceBuilder();
        t.add("_ITER_CHECK_RANGE");
        int exhausted = t.add("_GUARD_NOT_EXHAUSTED_RANGE", 0, "_EXIT_TRACE");
        t.add("_ITER_NEXT_RANGE");
        t.add("_STORE_FAST", I);
        t.add("_LOAD_FAST", X);
        t.constant(SlotTag.FLOAT, Double.doubleToRawLongBits(1.0000001));
        t.add("_GUARD_BOTH_FLOAT");
        t.add("_BINARY_OP_MULTIPLY_FLOAT");
        t.add("_LOAD_FAST", Y);
        t.add("_GUARD_BOTH_FLOAT");
        t.add("_BINARY_OP_ADD_FLOAT");
        t.constant(SlotTag.FLOAT, Double.doubleToRawLongBits(0.25));
        t.add("_GUARD_BOTH_FLOAT");
        t.add("_BINARY_OP_SUBTRACT_FLOAT");
        t.add("_STORE_FAST", X);
        t.jumpToTop(0);
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(t)) {
            RegisterFile rf = loopState(arena, 0, 0, 1, 100_000);
            rf.setFloat(X, 0.0);
            rf.setFloat(Y, 0.5);
            var out = Harness.runBoth(trace, t, rf);
            double x = 0.0;
            for (int i = 0; i < 100_000; i++) {
                x = x * 1.0000001 + 0.5 - 0.25;
            }
            assertThat(out.exit()).isEqualTo(exhausted);
            assertThat(rf.tag(X)).isEqualTo(SlotTag.FLOAT);
            assertThat(Double.longBitsToDouble(rf.bits(X))).isEqualTo(x);
        }
    }

    /** i = 0; while i < n: i += 1 — compare, guard on the result, and the exit that leaves the loop. */
    @Test
    void whileLoopWithCompareAndBoolGuard() {
        TraceBuilder t = new TraceBuilder();
        t.setIp(10);
        t.add("_LOAD_FAST", I);
        t.add("_LOAD_FAST", Y);
        t.add("_GUARD_BOTH_INT");
        t.add("_COMPARE_OP_INT", (2 << 5) | 2); // '<' : true when less
        int done = t.add("_GUARD_IS_TRUE_POP", 0, "_EXIT_TRACE");
        t.setIp(20);
        t.add("_LOAD_FAST", I);
        t.constant(SlotTag.INT, 1);
        t.add("_GUARD_BOTH_INT");
        t.add("_BINARY_OP_ADD_INT");
        t.add("_STORE_FAST", I);
        t.jumpToTop(0);
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(t)) {
            RegisterFile rf = RegisterFile.allocate(arena, 3, 4, 0);
            rf.setInt(I, 0);
            rf.setInt(Y, 5000);
            rf.setEvalBreaker(Long.MAX_VALUE);
            var out = Harness.runBoth(trace, t, rf);
            assertThat(out.exit()).isEqualTo(done);
            assertThat(rf.bits(I)).isEqualTo(5000);
            assertThat(rf.depth()).isZero(); // the guard popped the flag, as in 3.13
            assertThat(rf.ip()).isEqualTo(10);
        }
    }

    @Test
    void comparisonsFollowCPythonsMasks() {
        // (mask, description) for <, <=, ==, !=, >, >= as CPython 3.13 encodes them in the low oparg bits
        int[] masks = {2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8};
        double[] values = {-1.5, 0.0, -0.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY};
        try (Arena arena = Arena.ofConfined()) {
            for (int mask : masks) {
                for (String kind : List.of("INT", "FLOAT")) {
                    TraceBuilder t = new TraceBuilder();
                    t.add("_LOAD_FAST", 0);
                    t.add("_LOAD_FAST", 1);
                    t.add("_GUARD_BOTH_" + kind);
                    t.add("_COMPARE_OP_" + kind, mask);
                    t.add("_STORE_FAST", 2);
                    t.exitTrace();
                    try (NativeTrace trace = Harness.compile(t)) {
                        for (double a : values) {
                            for (double b : values) {
                                RegisterFile rf = RegisterFile.allocate(arena, 3, 4, 0);
                                if (kind.equals("INT")) {
                                    rf.setInt(0, (long) a);
                                    rf.setInt(1, (long) b);
                                } else {
                                    rf.setFloat(0, a);
                                    rf.setFloat(1, b);
                                }
                                Harness.runBoth(trace, t, rf);
                                boolean expected = switch (mask) {
                                    case 2 -> kind.equals("INT") ? (long) a < (long) b : a < b;
                                    case 10 -> kind.equals("INT") ? (long) a <= (long) b : a <= b;
                                    case 8 -> kind.equals("INT") ? (long) a == (long) b : a == b;
                                    case 7 -> kind.equals("INT") ? (long) a != (long) b : a != b;
                                    case 4 -> kind.equals("INT") ? (long) a > (long) b : a > b;
                                    default -> kind.equals("INT") ? (long) a >= (long) b : a >= b;
                                };
                                assertThat(rf.tag(2)).isEqualTo(SlotTag.BOOL);
                                assertThat(rf.bits(2)).as("%s %s %s mask %d", kind, a, b, mask)
                                        .isEqualTo(expected ? 1 : 0);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void invalidatedTraceDeoptsAtCheckValidity() {
        TraceBuilder t = new TraceBuilder();
        int invalid = t.add("_CHECK_VALIDITY");
        t.constant(SlotTag.INT, 42);
        t.add("_STORE_FAST", 0);
        int end = t.exitTrace();
        try (Arena arena = Arena.ofConfined(); NativeTrace trace = Harness.compile(t)) {
            RegisterFile rf = RegisterFile.allocate(arena, 1, 2, 0);
            assertThat(Harness.runBoth(trace, t, rf).exit()).isEqualTo(end);
            assertThat(rf.bits(0)).isEqualTo(42);
            trace.invalidate();
            RegisterFile fresh = RegisterFile.allocate(arena, 1, 2, 0);
            assertThat(Harness.runBoth(trace, t, fresh).exit()).isEqualTo(invalid);
            assertThat(fresh.tag(0)).isEqualTo(SlotTag.UNDEF);
        }
    }

    @Test
    void layoutDropsJumpsToTheNextStencil() {
        var set = X64JitBackend.stencils();
        TraceBuilder t = new TraceBuilder();
        t.add("_NOP");
        t.add("_LOAD_FAST", 0);
        t.add("_NOP");
        t.add("_STORE_FAST", 1);
        t.exitTrace();
        TraceLayout layout = TraceLayout.plan(set, t.body, t.stubs);
        // _LOAD_FAST leaves its value cached (depth 1), so _STORE_FAST takes it from a register
        int expected = set.entry().fallThroughSize() + set.variant("_LOAD_FAST", 0).fallThroughSize()
                + set.variant("_STORE_FAST", 1).fallThroughSize() + set.variant("_EXIT_TRACE", 0).size();
        assertThat(set.get("_NOP").fallThroughSize()).isZero();
        assertThat(layout.size()).isEqualTo(expected);
        assertThat(layout.bodyOffset(1)).isEqualTo(layout.bodyOffset(0));
    }

    @Test
    void malformedTracesAreRejectedAndUnsupportedOnesDeclined() {
        var set = X64JitBackend.stencils();
        assertThatThrownBy(() -> TraceLayout.plan(set, List.of(TraceStep.of("_LOAD_FAST", 0)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end");
        assertThatThrownBy(() -> TraceLayout.plan(set, List.of(TraceStep.of("_JUMP_TO_TOP")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jump target");
        assertThatThrownBy(() -> TraceLayout.plan(set,
                List.of(TraceStep.of("_GUARD_BOTH_INT"), TraceStep.of("_EXIT_TRACE")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exit stub");
        List<TraceStep> unsupported = List.of(TraceStep.of("_LOAD_ATTR_INSTANCE_VALUE"), TraceStep.of("_EXIT_TRACE"));
        assertThat(Harness.JIT.unsupported(unsupported, List.of())).contains("_LOAD_ATTR_INSTANCE_VALUE");
        assertThat(Harness.JIT.compile(unsupported, List.of())).isEmpty();
    }

    @Test
    void aFullArenaDeclines() {
        ExecutableArena small = new ExecutableArena(2L * new ExecutableArena(1).pageSize());
        CopyAndPatch jit = new CopyAndPatch(X64JitBackend.stencils(), small);
        TraceBuilder t = new TraceBuilder();
        t.exitTrace();
        var first = jit.compile(t.body, t.stubs);
        var second = jit.compile(t.body, t.stubs);
        var third = jit.compile(t.body, t.stubs);
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(third).isEmpty();
        first.get().close();
        assertThat(jit.compile(t.body, t.stubs)).isPresent();
        small.releaseAll();
        assertThat(small.mappedBytes()).isZero();
    }

    @Test
    void backendStaysTruthful() {
        X64JitBackend backend = new X64JitBackend();
        assertThat(backend.isAvailable()).isTrue();
        assertThat(backend.limitation()).isEmpty(); // it compiles tier-2 traces (see TraceTranslatorTest)
    }
}
