package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.spi.JitState;
import dev.tiercel.runtime.spi.LoopReport;
import dev.tiercel.runtime.spi.PyStats;
import dev.tiercel.runtime.spi.TraceOptimizer;
import java.util.Map;

/**
 * The {@code tiercel} builtin module (beyond CPython): tier 2 switched on and off at run time, its executors and
 * their traces, the warm-up threshold, and the {@code -X pystats} counters as a dictionary. Honest in every image:
 * where there is no tier 2, {@code tier2_available()} is false and switching it on raises {@code RuntimeError}.
 */
final class TiercelModule {
    private TiercelModule() {}

    static PyModule create() {
        return create(null);
    }

    /** With {@code format_exception(exc)}: the traceback text the runtime prints for an uncaught exception. */
    static PyModule create(TracebackPrinter printer) {
        PyModule m = new PyModule("tiercel");
        PyDict d = m.dict();
        if (printer != null) {
            fn(d, "format_exception", (a, k) -> {
                Args.check("format_exception", a, k, 1, 1);
                if (!(a[0] instanceof dev.tiercel.runtime.object.PyBaseException e)) {
                    throw PyErr.typeError("format_exception() argument must be an exception");
                }
                return PyStr.of(printer.format(e));
            });
        }
        fn(d, "tier2_available", (a, k) -> PyBool.of(JitState.tier2Available()));
        fn(d, "tier2_enabled", (a, k) -> PyBool.of(JitState.tier2Enabled()));
        fn(d, "enable_tier2", (a, k) -> switchTier2(true));
        fn(d, "disable_tier2", (a, k) -> switchTier2(false));
        fn(d, "executors", (a, k) -> executors());
        fn(d, "invalidate_all", (a, k) -> PyInt.of(JitState.optimizer().map(TraceOptimizer::invalidateAll)
                .orElse(0)));
        fn(d, "get_thresholds", (a, k) -> thresholds());
        fn(d, "set_thresholds", (a, k) -> {
            Args.allowKw("set_thresholds", k, "backedge");
            PyObject n = Args.npos(a, k) > 0 ? a[0] : Args.kw(a, k, "backedge");
            if (n != null && n != PyNone.INSTANCE) {
                long v = Ops.index(n);
                if (v < 1 || v > 4095) {
                    throw PyErr.valueError("backedge threshold must be in 1..4095");
                }
                JitState.setBackedgeThreshold((int) v);
            }
            return PyNone.INSTANCE;
        });
        fn(d, "stats_enabled", (a, k) -> PyBool.of(PyStats.ENABLED));
        fn(d, "counters", (a, k) -> counters());
        fn(d, "record_loops", (a, k) -> recordLoops());
        fn(d, "loop_report", (a, k) -> loopReport());
        return m;
    }

    private static PyObject switchTier2(boolean on) {
        try {
            JitState.setTier2Enabled(on);
        } catch (IllegalStateException e) {
            throw PyErr.of(PyExc.RuntimeError, e.getMessage());
        }
        return PyNone.INSTANCE;
    }

    /** One dict per executor: {@code code}, {@code offset}, {@code valid}, {@code uops} (names). */
    private static PyObject executors() {
        PyList list = new PyList();
        for (TraceOptimizer.ExecutorInfo e : JitState.optimizer().map(TraceOptimizer::executors)
                .orElse(java.util.List.of())) {
            PyDict x = new PyDict();
            x.putStr("code", PyStr.of(e.code()));
            x.putStr("offset", PyInt.of(e.offset()));
            x.putStr("valid", PyBool.of(e.valid()));
            PyList uops = new PyList();
            e.uops().forEach(u -> uops.append(PyStr.of(u)));
            x.putStr("uops", uops);
            list.append(x);
        }
        return list;
    }

    private static PyObject thresholds() {
        PyDict d = new PyDict();
        d.putStr("backedge", PyInt.of(JitState.backedgeThreshold()));
        return d;
    }

    /** The stats file's keys and values so far; needs {@code -X pystats}, as nothing is counted without it. */
    private static PyObject counters() {
        if (!PyStats.ENABLED) {
            throw PyErr.of(PyExc.RuntimeError, "counters are collected only with -X pystats");
        }
        PyDict d = new PyDict();
        for (Map.Entry<String, Long> e : PyStats.report(JitState.optimizer()).values().entrySet()) {
            d.putStr(e.getKey(), PyInt.of(e.getValue()));
        }
        return d;
    }

    /** Starts recording what tier 2 does with each hot loop (what {@code -X jit-report} prints at exit). */
    private static PyObject recordLoops() {
        LoopReport report = JitState.optimizer().flatMap(TraceOptimizer::loopReport)
                .orElseThrow(() -> PyErr.of(PyExc.RuntimeError, "no tier-2 optimizer in this image"));
        report.start();
        return PyNone.INSTANCE;
    }

    /**
     * The loops recorded since {@code record_loops()} (or {@code -X jit-report}): one dict per hot loop with its
     * place and its attempts (trace made or why not, lengths, backend, exits, invalidation); empty without tier 2.
     */
    private static PyObject loopReport() {
        PyList list = new PyList();
        for (LoopReport.HotLoop l : JitState.optimizer().flatMap(TraceOptimizer::loopReport)
                .map(LoopReport::loops).orElse(java.util.List.of())) {
            PyDict x = new PyDict();
            x.putStr("filename", PyStr.of(l.filename()));
            x.putStr("qualname", PyStr.of(l.qualname()));
            x.putStr("first_line", PyInt.of(l.firstLine()));
            x.putStr("last_line", PyInt.of(l.lastLine()));
            x.putStr("side_trace_of", PyInt.of(l.sideTraceOf()));
            PyList attempts = new PyList();
            l.attempts().forEach(t -> attempts.append(attempt(t)));
            x.putStr("attempts", attempts);
            list.append(x);
        }
        return list;
    }

    private static PyDict attempt(LoopReport.Attempt t) {
        PyDict a = new PyDict();
        a.putStr("created", PyBool.of(t.created()));
        a.putStr("why", PyStr.of(t.why()));
        a.putStr("why_line", PyInt.of(t.whyLine()));
        a.putStr("projected_length", PyInt.of(t.projectedLength()));
        a.putStr("optimized_length", PyInt.of(t.optimizedLength()));
        a.putStr("backend", PyStr.of(t.backend()));
        PyList exits = new PyList();
        for (LoopReport.Exit e : t.exits()) {
            exits.append(dev.tiercel.runtime.object.PyTuple.of(PyInt.of(e.line()), PyStr.of(e.guard()),
                    PyInt.of(e.count())));
        }
        a.putStr("exits", exits);
        a.putStr("invalidation", PyStr.of(t.invalidation()));
        return a;
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.putStr(name, new PyBuiltinFunction(name, body, false, "tiercel"));
    }
}
