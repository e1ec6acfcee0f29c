package dev.tiercel.backend.interp;

import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceState;
import dev.tiercel.tier2.trace.TraceStats;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;

/**
 * The uop interpreter's loop with {@code -X pystats} counting: each uop executed, each guard that failed
 * ({@code uops[_X].specialization.miss}), and per run the number of uops (the run-length histogram). Chosen at
 * compile time only when statistics are on, so the plain loop carries no counting.
 */
final class CountingUopInterpreter extends UopInterpreter {
    CountingUopInterpreter(Trace trace) {
        super(trace);
    }

    @Override
    public int run(TraceState st) {
        TraceUop[] code = uops;
        int pc = 0;
        int executed = 0;
        TraceUop u = code[0];
        try {
            while (true) {
                u = code[pc];
                executed++;
                TraceStats.executed(u.uop);
                int r = u.body.run(st, u);
                if (r == Uop.NEXT) {
                    pc++;
                } else if (r == Uop.TOP) {
                    pc = 1;
                } else if (r == Uop.EXIT) {
                    TraceStats.miss(u.uop);
                    pc = u.jumpTarget;
                } else {
                    if (u.exitIndex >= 0) {
                        st.ex.exitCounts[u.exitIndex]++;
                    }
                    st.exit = u;
                    return u.resume;
                }
            }
        } catch (RuntimeException | Error e) {
            st.f.lasti = u.target;
            st.f.sp = st.sp;
            throw e;
        } finally {
            TraceStats.traceRun(executed);
        }
    }
}
