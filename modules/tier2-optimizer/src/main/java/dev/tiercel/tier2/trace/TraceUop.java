package dev.tiercel.tier2.trace;

/**
 * One uop of a trace: the definition, its oparg and operand, the instruction it came from ({@code target}, a
 * code-unit index, and {@code resume}, where tier 1 continues when leaving here: the instruction's first code unit,
 * or for a branch guard the other branch), and for guards the index of its exit stub ({@code jumpTarget}).
 */
public final class TraceUop {
    public final Uop uop;
    /** {@code uop.ordinal()}, what generated dispatch switches on. */
    public final int op;
    public final Uop.Body body;
    public int oparg;
    public int target;
    public int resume;
    public Object operand;
    /** Index of the stub this guard leaves through, once the executor is laid out; -1 before. */
    public int jumpTarget = -1;
    /** For {@code _EXIT_TRACE} stubs: which side exit this is; -1 otherwise. */
    public int exitIndex = -1;
    /** For exit stubs: the guard that leaves through it. */
    public Uop guard;
    /** Set by the optimizer when it proved this escaping uop runs no Python code here (exact int/float operands). */
    public boolean provenPure;
    /** Times the trace left through this exit stub (deopt stubs; side exits count in the executor). */
    public int taken;
    /** Stack depth before this uop (filled by the optimizer). */
    public int stackLevel;

    public TraceUop(Uop uop, int oparg, int target, int resume, Object operand) {
        this.uop = uop;
        this.op = uop.ordinal();
        this.body = uop.body;
        this.oparg = oparg;
        this.target = target;
        this.resume = resume;
        this.operand = operand;
    }

    public TraceUop with(Uop other) {
        TraceUop u = new TraceUop(other, oparg, target, resume, operand);
        u.stackLevel = stackLevel;
        u.provenPure = provenPure;
        return u;
    }
}
