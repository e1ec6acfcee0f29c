package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.spi.PyStats;
import dev.tiercel.runtime.spi.StatsWriter;
import dev.tiercel.tier2.trace.TraceStats;
import java.lang.ref.WeakReference;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.spi.Executor;
import dev.tiercel.runtime.spi.LoopReport;
import dev.tiercel.runtime.spi.TraceBackend;
import dev.tiercel.runtime.spi.TraceOptimizer;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.GivenUp;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceCompiler;
import dev.tiercel.tier2.trace.TraceExecutor;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tier-2 optimizer service: projects a trace from a hot {@code JUMP_BACKWARD} ({@link Projector}), optimizes it
 * ({@link Passes}), lays it out with its exit stubs as CPython does, and offers it to the backends in priority order.
 */
public final class UopTraceOptimizer implements TraceOptimizer {
    private List<TraceBackend> backends = List.of();

    @Override
    public String name() {
        return "uop trace optimizer";
    }

    @Override
    public void attachBackends(List<TraceBackend> found) {
        backends = List.copyOf(found);
    }

    @Override
    public TraceBackend activeBackend() {
        return backends.stream().filter(b -> b.isAvailable() && b.limitation().isEmpty()
                && b instanceof TraceCompiler).findFirst().orElse(null);
    }

    /** An option from the system property, else the environment, else {@code -X name=value}. */
    static String option(String property, String env, String xoption) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(env);
        }
        if (v == null && Py.sys != null && Py.sys.dict().getStr("_xoptions") instanceof PyDict xo) {
            PyObject o = xo.getStr(xoption);
            v = o == null ? null : Ops.str(o);
        }
        return v;
    }

    @Override
    public int backedgeThreshold() {
        String v = option("tiercel.tier2.threshold", "PYTHON_TIER2_THRESHOLD", "tier2-threshold");
        try {
            return v == null ? 16 : Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 16;
        }
    }

    private Set<String> disabled;

    private Set<String> disabled() {
        if (disabled == null) {
            Set<String> s = new HashSet<>();
            String v = option("tiercel.tier2.disable", "PYTHON_TIER2_DISABLE", "tier2-disable");
            if (v != null) {
                for (String p : v.split(",")) {
                    s.add(p.strip());
                }
            }
            disabled = s;
        }
        return disabled;
    }

    @Override
    public Optional<LoopReport> loopReport() {
        return Optional.of(LoopRecorder.INSTANCE);
    }

    @Override
    public Executor optimize(PyFrame frame, int index) {
        try {
            return build(frame, index, false);
        } catch (RuntimeException e) {
            if (Log.LLTRACE >= 2) {
                Log.line("Optimization failed: " + e);
            }
            failed(frame, index, false, e);
            return null;
        }
    }

    /** A side trace from a hot exit at {@code at} (a code-unit index, maybe an EXTENDED_ARG prefix). */
    private TraceExecutor side(PyFrame frame, int at) {
        // exits of several traces (and of side traces of side traces) often lead to the same instruction: they share
        // one side trace there rather than each making its own
        java.util.Map<Integer, TraceExecutor> here;
        synchronized (SIDES) {
            here = SIDES.computeIfAbsent(frame.code, c -> new java.util.HashMap<>());
        }
        TraceExecutor known = here.get(at);
        if (known != null && known.valid) {
            return known;
        }
        try {
            TraceExecutor made = (TraceExecutor) build(frame, at, true);
            if (made != null) {
                here.put(at, made);
            }
            return made;
        } catch (RuntimeException e) {
            failed(frame, at, true, e);
            return null;
        }
    }

    private static void failed(PyFrame frame, int index, boolean side, RuntimeException e) {
        if (LoopRecorder.INSTANCE.on()) {
            LoopRecorder.INSTANCE.noTrace(frame.code, index, side, null, "the optimizer failed (" + e + ")", index, 0);
        }
    }

    private Executor build(PyFrame frame, int index, boolean side) {
        LoopRecorder record = LoopRecorder.INSTANCE.on() ? LoopRecorder.INSTANCE : null;
        if (!side && GivenUp.contains(frame.code, index)) {
            if (record != null) {
                record.givenUp(frame.code, index);
            }
            return null;
        }
        if (PyStats.ENABLED) {
            TraceStats.attempt();
        }
        String where = Log.where(frame.code);
        if (Log.LLTRACE >= 2) {
            Log.line("Optimizing " + where + " at byte offset " + 2 * index);
        }
        Projector p = new Projector(frame);
        List<TraceUop> proto = p.project(index);
        if (PyStats.ENABLED) {
            if (p.work == 0) {
                TraceStats.tooShort();
            } else {
                TraceStats.traceCreated(proto.size());
                TraceStats.optimizerAttempt();
            }
        }
        if (p.work == 0) {
            if (record != null) {
                record.noTrace(frame.code, index, side, p, p.stopReason, p.stopAt, proto.size());
            }
            if (Log.LLTRACE >= 2) {
                Log.line("No trace for " + where + " at byte offset " + 2 * index + " (too short)");
            }
            return null;
        }
        if (Log.LLTRACE >= 1) {
            Log.line("Created a proto-trace for " + where + " at byte offset " + 2 * p.loopTop + " -- length "
                    + proto.size());
        }
        int projected = proto.size();
        List<Passes.Watch> watches = new ArrayList<>();
        List<TraceUop> body = Passes.run(proto, frame, disabled(), watches);
        if (PyStats.ENABLED) {
            TraceStats.optimized(body.size());
        }
        Trace trace = layout(frame, index, body);
        int optimized = trace.uops().length;
        if (Log.LLTRACE >= 2) {
            Log.line("Optimized trace (length " + trace.uops().length + "):");
            TraceUop[] u = trace.uops();
            for (int i = 0; i < u.length; i++) {
                Log.line(String.format("%4d OPTIMIZED: %s", i, Log.uop(u[i], true)));
            }
        }
        int original = frame.code.code[index] & 0xffff;
        for (TraceBackend b : backends) {
            if (b instanceof TraceCompiler tc && b.isAvailable() && b.limitation().isEmpty()) {
                CompiledTrace c = tc.compile(trace);
                if (c != null) {
                    TraceExecutor ex = new TraceExecutor(trace, c, original, this::side, backedgeThreshold());
                    watch(ex, watches);
                    made(ex);
                    if (record != null) {
                        record.created(frame.code, index, side, p, projected, optimized, b.name(), ex);
                    }
                    return ex;
                }
            }
        }
        if (record != null) {
            record.noTrace(frame.code, index, side, p, "no backend accepted the trace", -1, projected);
        }
        return null;
    }

    /**
     * Makes {@code ex} a watcher of every dict key its folded constants rely on. A key that changed since it was
     * folded (another thread) invalidates the executor at once.
     */
    static void watch(TraceExecutor ex, List<Passes.Watch> watches) {
        for (Passes.Watch w : watches) {
            w.dict().watchKey(w.key(), ex);
        }
        for (Passes.Watch w : watches) {
            if (w.dict().getStr(w.key()) != w.value()) {
                ex.keyChanged(w.dict(), w.key());
            }
        }
    }

    /** Side traces by code object and start index, shared by every exit leading there. */
    private static final java.util.Map<dev.tiercel.runtime.code.PyCode, java.util.Map<Integer, TraceExecutor>> SIDES =
            new java.util.WeakHashMap<>();

    /** Every executor made, while reachable: for {@code tiercel.executors()} and {@code invalidate_all()}. */
    private static final List<WeakReference<TraceExecutor>> MADE = new ArrayList<>();

    private static synchronized void made(TraceExecutor ex) {
        MADE.removeIf(r -> r.get() == null);
        MADE.add(new WeakReference<>(ex));
    }

    private static synchronized List<TraceExecutor> alive() {
        List<TraceExecutor> all = new ArrayList<>();
        for (WeakReference<TraceExecutor> r : MADE) {
            TraceExecutor ex = r.get();
            if (ex != null) {
                all.add(ex);
            }
        }
        return all;
    }

    @Override
    public List<ExecutorInfo> executors() {
        List<ExecutorInfo> infos = new ArrayList<>();
        for (TraceExecutor ex : alive()) {
            Trace t = ex.trace;
            infos.add(new ExecutorInfo(Log.where(t.code()), 2 * t.start(), ex.isValid(),
                    t.list().stream().map(u -> u.uop.name()).toList()));
        }
        return infos;
    }

    @Override
    public int invalidateAll() {
        int n = 0;
        for (TraceExecutor ex : alive()) {
            if (ex.isValid()) {
                ex.invalidate();
                n++;
            }
        }
        return n;
    }

    @Override
    public void writeStats(StatsWriter out) {
        TraceStats.write(out);
        dev.tiercel.tier2.nativecode.JitStats.write(out);
    }

    @Override
    public void clearStats() {
        TraceStats.clear();
    }

    /** Body, then one stub per guard: {@code _DEOPT} for deopts (shared when consecutive), {@code _EXIT_TRACE} for
     * side exits, numbered after the body's own exits. */
    static Trace layout(PyFrame frame, int start, List<TraceUop> body) {
        TraceUop[] all = layoutUops(body);
        int exits = 0;
        for (TraceUop u : all) {
            exits += u.exitIndex >= 0 ? 1 : 0;
        }
        return new Trace(frame.code, start, all, exits);
    }

    static TraceUop[] layoutUops(List<TraceUop> body) {
        List<TraceUop> all = new ArrayList<>(body);
        int exits = 0;
        for (TraceUop u : body) {
            if (u.uop == Uop._EXIT_TRACE) {
                u.exitIndex = exits++;
            }
        }
        TraceUop lastDeopt = null;
        for (TraceUop u : body) {
            if (!u.uop.isGuard()) {
                continue;
            }
            if (u.uop.has(Uop.DEOPT)) {
                // a specialized uop's deopt (TYPE_GUARD) gets its own stub, which counts toward invalidation
                boolean typed = u.uop.has(Uop.TYPE_GUARD);
                if (typed || lastDeopt == null || lastDeopt.guard != null || lastDeopt.resume != u.resume
                        || lastDeopt.target != u.target) {
                    lastDeopt = new TraceUop(Uop._DEOPT, 0, u.target, u.resume, null);
                    lastDeopt.guard = typed ? u.uop : null;
                    all.add(lastDeopt);
                }
                u.jumpTarget = all.indexOf(lastDeopt);
            } else {
                TraceUop stub = new TraceUop(Uop._EXIT_TRACE, 0, u.target, u.resume, null);
                stub.guard = u.uop;
                stub.exitIndex = exits++;
                all.add(stub);
                u.jumpTarget = all.size() - 1;
                lastDeopt = null;
            }
        }
        return all.toArray(new TraceUop[0]);
    }
}
