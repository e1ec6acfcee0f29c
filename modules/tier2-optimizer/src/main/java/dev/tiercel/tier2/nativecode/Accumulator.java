package dev.tiercel.tier2.nativecode;

import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;

/**
 * The local a native loop keeps in a register of the stencils instead of its register-file slot: a float in
 * {@code x0} (the {@code _XACC} pieces of stencils/uops.c) or an int in {@code iacc} ({@code _IACC}). A float going
 * from its slot to a floating-point register and back every iteration puts a store-to-load round trip and two
 * register moves on the loop-carried path: 2.9 ns per iteration on the machine of docs/jit.md against 0.48 ns for
 * the addition alone (measured with a hand-written loop). An int in its slot costs a load, a tag guard and two stores
 * per iteration (sum_fn's loop: see docs/jit.md, "The accumulators").
 *
 * <p>A local qualifies when the loop writes it only as {@code local = local OP value}: {@code _LOAD_FAST local},
 * one uop that pushes {@code value} without popping, guards of the kind's type, {@code _BINARY_OP_{ADD,SUBTRACT,
 * MULTIPLY}_<KIND>}, {@code _STORE_FAST local}. The operation and the store become one {@code _XACC_<OP>} or
 * {@code _IACC_<OP>}. Guards of the local's copy go (its type is known); a guard of {@code value} stays, and then
 * the {@code _LOAD_FAST} becomes a push of the copy, so that the guard exits with CPython's stack; a float update
 * without a guard between has nothing that could see the copy, so none is pushed and {@code _XACC_<OP>_TOS} takes
 * {@code value} alone. An int update can overflow and then exits with both operands on the stack: its copy is always
 * pushed. Any other {@code _LOAD_FAST} of the local pushes the copy too. Any other write of the local disqualifies
 * it. A loop has at most one accumulator (a float one when it has both kinds of candidate).
 */
final class Accumulator {
    enum Kind {
        FLOAT("_XACC", "_FLOAT", Uop._GUARD_TOS_FLOAT, Uop._GUARD_NOS_FLOAT, Uop._GUARD_BOTH_FLOAT,
                Uop._BINARY_OP_ADD_FLOAT, Uop._BINARY_OP_SUBTRACT_FLOAT, Uop._BINARY_OP_MULTIPLY_FLOAT),
        INT("_IACC", "_INT", Uop._GUARD_TOS_INT, Uop._GUARD_NOS_INT, Uop._GUARD_BOTH_INT,
                Uop._BINARY_OP_ADD_INT, Uop._BINARY_OP_SUBTRACT_INT, Uop._BINARY_OP_MULTIPLY_INT);

        /** The prefix of the stencils' names, the suffix of the exit stubs' ({@code _DEOPT_XACC}). */
        final String pieces;
        private final String typeSuffix;
        final Uop guardTos;
        private final Uop guardNos;
        private final Uop guardBoth;
        private final Uop add;
        private final Uop subtract;
        private final Uop multiply;

        Kind(String pieces, String typeSuffix, Uop guardTos, Uop guardNos, Uop guardBoth, Uop add, Uop subtract,
                Uop multiply) {
            this.pieces = pieces;
            this.typeSuffix = typeSuffix;
            this.guardTos = guardTos;
            this.guardNos = guardNos;
            this.guardBoth = guardBoth;
            this.add = add;
            this.subtract = subtract;
            this.multiply = multiply;
        }

        boolean isGuard(Uop u) {
            return u == guardTos || u == guardNos || u == guardBoth;
        }

        boolean isOperation(Uop u) {
            return u == add || u == subtract || u == multiply;
        }

        /** {@code ADD} of {@code _BINARY_OP_ADD_INT}. */
        String operator(Uop operation) {
            String name = operation.name();
            return name.substring("_BINARY_OP_".length(), name.length() - typeSuffix.length());
        }

        /** Whether the operation can exit (int64 overflow): then the copy must be on the stack. */
        boolean operationCanExit() {
            return this == INT;
        }
    }

    enum Role {
        /** Translated as usual. */
        NONE,
        /** {@code _LOAD_FAST local}: a push of the copy ({@code _XACC_PUSH}). */
        PUSH,
        /** {@code _LOAD_FAST local} whose copy nothing would see: nothing. */
        NO_PUSH,
        /** The operation, over the copy and {@code value}: {@code _XACC_<OP>}. */
        UPDATE,
        /** The operation, over {@code value} alone: {@code _XACC_<OP>_TOS}. */
        UPDATE_TOS,
        /** The {@code _STORE_FAST} the update does, or a guard of the copy: nothing. */
        GONE,
        /** A guard of both the copy and {@code value}: the guard of {@code value} alone. */
        GUARD_TOS
    }

    private final Kind kind;
    private final int local;
    private final Role[] roles;

    private Accumulator(Kind kind, int local, Role[] roles) {
        this.kind = kind;
        this.local = local;
        this.roles = roles;
    }

    Kind kind() {
        return kind;
    }

    int local() {
        return local;
    }

    Role role(int uop) {
        return roles[uop];
    }

    /** The accumulator of a loop trace's body {@code uops[0, bodyEnd)}, or null when no local qualifies. */
    static Accumulator find(TraceUop[] uops, int bodyEnd) {
        if (bodyEnd < 2 || uops[bodyEnd - 1].uop != Uop._JUMP_TO_TOP) {
            return null;
        }
        for (Kind kind : Kind.values()) {
            for (int i = 1; i < bodyEnd; i++) {
                if (updateAt(kind, uops, bodyEnd, i) >= 0) {
                    Accumulator acc = of(kind, uops, bodyEnd, uops[i].oparg);
                    if (acc != null) {
                        return acc;
                    }
                }
            }
        }
        return null;
    }

    /** When {@code uops[i]} starts {@code local = local OP value}, the index of the OP; else -1. */
    private static int updateAt(Kind kind, TraceUop[] uops, int bodyEnd, int i) {
        if (uops[i].uop != Uop._LOAD_FAST || i + 1 >= bodyEnd) {
            return -1;
        }
        int local = uops[i].oparg;
        TraceUop value = uops[i + 1];
        boolean pushesOne = value.uop.pops(value.oparg) == 0 && value.uop.pushes(value.oparg) == 1
                && (value.uop == Uop._LOAD_FAST && value.oparg != local || value.uop == Uop._LOAD_CONST
                || value.uop == Uop._LOAD_CONST_INLINE || value.uop == Uop._LOAD_CONST_INLINE_BORROW);
        if (!pushesOne) {
            return -1;
        }
        int k = i + 2;
        while (k < bodyEnd && kind.isGuard(uops[k].uop)) {
            k++;
        }
        if (k + 1 >= bodyEnd) {
            return -1;
        }
        return kind.isOperation(uops[k].uop) && uops[k + 1].uop == Uop._STORE_FAST && uops[k + 1].oparg == local
                ? k : -1;
    }

    /** The roles of every uop when {@code local} is the accumulator, or null when something else writes it. */
    private static Accumulator of(Kind kind, TraceUop[] uops, int bodyEnd, int local) {
        Role[] roles = new Role[bodyEnd];
        java.util.Arrays.fill(roles, Role.NONE);
        for (int i = 1; i < bodyEnd; i++) {
            int update = updateAt(kind, uops, bodyEnd, i);
            if (update >= 0 && uops[i].oparg == local) {
                boolean guarded = kind.operationCanExit();
                for (int k = i + 2; k < update; k++) {
                    Uop g = uops[k].uop;
                    roles[k] = g == kind.guardNos ? Role.GONE : g == kind.guardBoth ? Role.GUARD_TOS : Role.NONE;
                    guarded |= g != kind.guardNos;
                }
                roles[i] = guarded ? Role.PUSH : Role.NO_PUSH;
                roles[update] = guarded ? Role.UPDATE : Role.UPDATE_TOS;
                roles[update + 1] = Role.GONE;
            }
        }
        for (int i = 1; i < bodyEnd; i++) {
            TraceUop u = uops[i];
            if (u.oparg != local || roles[i] != Role.NONE) {
                continue;
            }
            if (u.uop == Uop._LOAD_FAST) {
                roles[i] = Role.PUSH;
            } else if (u.uop == Uop._STORE_FAST || u.uop == Uop._LOAD_FAST_CHECK || u.uop == Uop._LOAD_FAST_AND_CLEAR) {
                return null;
            }
        }
        return new Accumulator(kind, local, roles);
    }
}
