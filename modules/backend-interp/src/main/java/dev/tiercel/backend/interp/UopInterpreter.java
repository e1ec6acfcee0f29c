package dev.tiercel.backend.interp;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.Trace;
import dev.tiercel.tier2.trace.TraceState;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;

/**
 * Runs a trace one uop at a time by calling each uop's semantics ({@link Uop#body}, derived from the one uop
 * definition). {@code NEXT} steps on, {@code EXIT} jumps to the guard's stub, {@code TOP} to the first uop, and
 * {@code LEAVE} (a stub or the trace's final {@code _EXIT_TRACE}) returns to tier 1 at the uop's resume index.
 */
class UopInterpreter implements CompiledTrace {
    static final int LLTRACE = level();

    final TraceUop[] uops;
    /** What the dispatch switches on: each uop's ordinal, or a fused pair at its first uop. */
    private final int[] ops;

    UopInterpreter(Trace trace) {
        this.uops = trace.uops();
        this.ops = Fusions.ops(uops);
    }

    private static int level() {
        String v = System.getenv("PYTHON_LLTRACE");
        try {
            return v == null || v.isEmpty() ? 0 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public int run(TraceState st) {
        return UopDispatch.run(uops, ops, st);
    }

    /** The same loop printing every uop and exit in CPython's format ({@code PYTHON_LLTRACE} 4 and up). */
    static final class Tracing extends UopInterpreter {
        Tracing(Trace trace) {
            super(trace);
        }

        @Override
        public int run(TraceState st) {
            TraceUop[] code = uops;
            int pc = 0;
            TraceUop u = code[0];
            TraceUop guard = null;
            try {
                while (true) {
                    u = code[pc];
                    print(String.format("%4d uop: %s stack_level=%d", pc, uop(u), st.sp));
                    int r = u.body.run(st, u);
                    if (r == Uop.NEXT) {
                        pc++;
                    } else if (r == Uop.TOP) {
                        pc = 1;
                    } else if (r == Uop.EXIT) {
                        guard = u;
                        pc = u.jumpTarget;
                    } else {
                        if (u.exitIndex >= 0) {
                            st.ex.exitCounts[u.exitIndex]++;
                        }
                        st.exit = u;
                        int op = st.f.code.code[u.target] & 0xff;
                        if (u.uop == Uop._DEOPT) {
                            print("DEOPT: [UOp " + uop(guard != null ? guard : u) + " -> " + Opcodes.name(op) + "]");
                        } else if (guard != null) {
                            print("SIDE EXIT: [UOp " + uop(guard) + ", exit " + u.exitIndex + ", temp "
                                    + st.ex.exitCounts[u.exitIndex] + ", target " + u.target + " -> "
                                    + Opcodes.name(op) + "]");
                        }
                        return u.resume;
                    }
                }
            } catch (RuntimeException | Error e) {
                st.f.lasti = u.target;
                st.f.sp = st.sp;
                throw e;
            }
        }

        private static String uop(TraceUop u) {
            return u.uop.name() + " (" + u.oparg + ", target=" + u.target + ", operand=0)";
        }

        private static void print(String s) {
            System.out.println(s);
        }
    }
}
