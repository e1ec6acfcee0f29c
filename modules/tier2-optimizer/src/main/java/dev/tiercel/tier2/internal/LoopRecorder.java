package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.code.LineTable;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.LoopReport;
import dev.tiercel.tier2.trace.TraceExecutor;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps, for {@code -X jit-report}, what happened each time tier 1 asked for a trace: one record per hot loop (code
 * object and back edge) or traced side exit. Shared by every optimizer instance, as tier 1 and the launcher each
 * find their own through {@code ServiceLoader}. Does nothing until {@link #start()}.
 */
final class LoopRecorder implements LoopReport {
    static final LoopRecorder INSTANCE = new LoopRecorder();

    private volatile boolean on;
    private final List<Loop> loops = new ArrayList<>();

    private LoopRecorder() {}

    /** One loop or side trace and its attempts. */
    private record Loop(PyCode code, int index, int top, boolean side, List<Try> tries) {}

    /** One attempt; {@code executor} is kept to read its exits and validity when the report is made. */
    private record Try(String why, int whyAt, int projected, int optimized, String backend, TraceExecutor executor) {}

    @Override
    public void start() {
        on = true;
    }

    boolean on() {
        return on;
    }

    /** A projection or build that made no executor. */
    synchronized void noTrace(PyCode code, int index, boolean side, Projector p, String why, int whyAt,
            int projected) {
        loop(code, index, p == null ? index : p.loopTop, side).tries()
                .add(new Try(why, whyAt, projected, 0, "", null));
    }

    /**
     * Tier 2 gave up on the loop at {@code index} (its last executor was fruitless too often, or its executors'
     * types changed too often): noted once.
     */
    synchronized void givenUp(PyCode code, int index) {
        List<Try> tries = loop(code, index, index, false).tries();
        if (tries.isEmpty() || !tries.get(tries.size() - 1).why().equals(GIVEN_UP)) {
            tries.add(new Try(GIVEN_UP, index, 0, 0, "", null));
        }
    }

    static final String GIVEN_UP = "tier 2 gave up on this loop: its executors were fruitless, or their types"
            + " changed, too often (see above); tier 1 runs it";

    /** An executor of {@code optimized} uops (exit stubs included) made for {@code backend}. */
    synchronized void created(PyCode code, int index, boolean side, Projector p, int projected, int optimized,
            String backend, TraceExecutor executor) {
        loop(code, index, p.loopTop, side).tries()
                .add(new Try(p.stopReason, p.stopAt, projected, optimized, backend, executor));
    }

    private Loop loop(PyCode code, int index, int top, boolean side) {
        for (Loop l : loops) {
            if (l.code() == code && l.index() == index) {
                return l;
            }
        }
        Loop l = new Loop(code, index, top, side, new ArrayList<>());
        loops.add(l);
        return l;
    }

    @Override
    public synchronized List<HotLoop> loops() {
        List<HotLoop> out = new ArrayList<>();
        for (Loop l : loops) {
            List<Attempt> attempts = new ArrayList<>();
            for (Try t : l.tries()) {
                attempts.add(attempt(l.code(), t));
            }
            int first = Integer.MAX_VALUE, last = 0;
            for (int i = Math.min(l.top(), l.index()); i <= Math.max(l.top(), l.index()); i++) {
                int n = line(l.code(), i);
                if (n > 0) {
                    first = Math.min(first, n);
                    last = Math.max(last, n);
                }
            }
            if (last == 0) {
                first = last = line(l.code(), l.index());
            }
            out.add(new HotLoop(l.code().filename, l.code().qualname, l.side() ? line(l.code(), l.index()) : first,
                    l.side() ? line(l.code(), l.index()) : last, l.side() ? line(l.code(), l.index()) : 0, attempts));
        }
        return out;
    }

    private static Attempt attempt(PyCode code, Try t) {
        int whyLine = t.whyAt() < 0 ? 0 : line(code, t.whyAt());
        if (t.executor() == null) {
            return new Attempt(false, t.why(), whyLine, t.projected(), 0, "", List.of(), "");
        }
        return new Attempt(true, t.why(), whyLine, t.projected(), t.optimized(), t.backend(),
                exits(code, t.executor()), t.executor().valid ? "" : invalidation(code, t));
    }

    /**
     * The code object each uop's target is an index of: the loop's, or an inlined callee's between its
     * {@code _PUSH_FRAME} and {@code _POP_FRAME}; an exit stub's is its guard's.
     */
    static PyCode[] codesOf(TraceUop[] uops, PyCode loop) {
        PyCode[] codes = new PyCode[uops.length];
        java.util.ArrayDeque<PyCode> frames = new java.util.ArrayDeque<>();
        PyCode now = loop;
        for (int i = 0; i < uops.length; i++) {
            TraceUop u = uops[i];
            if (codes[i] == null) {
                codes[i] = now;
            }
            if (u.jumpTarget > i && u.uop.isGuard()) {
                codes[u.jumpTarget] = now;
            }
            if (u.uop == Uop._PUSH_FRAME && u.operand instanceof dev.tiercel.tier2.trace.InlinedCall c) {
                frames.push(now);
                now = c.code;
            } else if (u.uop == Uop._POP_FRAME && !frames.isEmpty()) {
                now = frames.pop();
            }
        }
        return codes;
    }

    private static List<Exit> exits(PyCode code, TraceExecutor ex) {
        List<Exit> exits = new ArrayList<>();
        TraceUop[] uops = ex.trace.uops();
        PyCode[] codes = codesOf(uops, code);
        for (int i = 0; i < uops.length; i++) {
            TraceUop u = uops[i];
            if (u.exitIndex >= 0 && u.exitIndex < ex.exitCounts.length && ex.exitCounts[u.exitIndex] > 0) {
                String guard = u.guard != null ? u.guard.name() : "end of trace";
                exits.add(new Exit(line(codes[i], u.target), guard, ex.exitCounts[u.exitIndex]));
            }
        }
        exits.sort(Comparator.comparingLong(Exit::count).reversed());
        return exits;
    }

    /** Why an executor went invalid: a folded global that changed, else a type guard that kept failing. */
    private static String invalidation(PyCode code, Try t) {
        if (t.executor().gaveUp) {
            return "dropped: " + t.executor().fruitlessEntries() + " of " + TraceExecutor.PROBATION
                    + " entries in a row were fruitless (a guard sent them back to tier 1 before they completed an"
                    + " iteration or reached another trace)";
        }
        String name = t.executor().changedName;
        if (name != null) {
            return "the " + name + " it relied on was rebound";
        }
        TraceUop[] uops = t.executor().trace.uops();
        PyCode[] codes = codesOf(uops, code);
        for (int i = 0; i < uops.length; i++) {
            TraceUop u = uops[i];
            if (u.exitIndex >= 0 && u.guard != null && u.guard.has(Uop.TYPE_GUARD)
                    && t.executor().exitCounts[u.exitIndex] > 0) {
                return "the types it was specialized for changed (`" + u.guard.name() + "` at line "
                        + line(codes[i], u.target) + " failed " + t.executor().exitCounts[u.exitIndex] + " times)";
            }
        }
        for (TraceUop u : t.executor().trace.uops()) {
            if (u.uop == Uop._DEOPT && u.guard == Uop._CHECK_GLOBALS && u.taken > 0) {
                return "its code ran with another globals dict (`_CHECK_GLOBALS` at line " + line(code, u.target)
                        + " failed " + u.taken + " times)";
            }
        }
        for (int i = 0; i < uops.length; i++) {
            TraceUop u = uops[i];
            if (u.uop == Uop._DEOPT && u.guard != null && u.guard.has(Uop.TYPE_GUARD) && u.taken > 0) {
                return "the types it was specialized for changed (`" + u.guard.name() + "` at line "
                        + line(codes[i], u.target) + " deoptimized " + u.taken + " times)";
            }
        }
        return "an assumption it was built on no longer held";
    }

    private static int line(PyCode code, int index) {
        return LineTable.lineAt(code, index);
    }
}
