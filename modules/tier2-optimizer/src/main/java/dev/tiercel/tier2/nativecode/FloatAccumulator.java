package dev.tiercel.tier2.nativecode;

import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;

/**
 * The float local a native loop keeps in a floating-point register ({@code x0} of stencils/uops.c) instead of its
 * register-file slot. A float going from its slot to a floating-point register and back every iteration puts a
 * store-to-load round trip and two register moves on the loop-carried path: 2.9 ns per iteration on the machine of
 * docs/jit.md against 0.48 ns for the addition alone (measured with a hand-written loop).
 *
 * <p>A local qualifies when the loop writes it only as {@code local = local OP value}: {@code _LOAD_FAST local},
 * one uop that pushes {@code value} without popping, float guards, {@code _BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT},
 * {@code _STORE_FAST local}. The operation and the store become one {@code _XACC_<OP>}. Guards of the local's
 * copy go (it is a float); a guard of {@code value} stays, and then the {@code _LOAD_FAST} becomes {@code
 * _XACC_PUSH}, a copy on the stack, so that the guard exits with CPython's stack; without a guard between nothing
 * can see the copy, so none is pushed and {@code _XACC_<OP>_TOS} takes {@code value} alone. Any other {@code
 * _LOAD_FAST} of the local pushes the copy too. Any other write of the local disqualifies it.
 */
final class FloatAccumulator {
    enum Role {
        /** Translated as usual. */
        NONE,
        /** {@code _LOAD_FAST local}: {@code _XACC_PUSH}. */
        PUSH,
        /** {@code _LOAD_FAST local} whose copy nothing would see: nothing. */
        NO_PUSH,
        /** The operation, over the copy and {@code value}: {@code _XACC_<OP>}. */
        UPDATE,
        /** The operation, over {@code value} alone: {@code _XACC_<OP>_TOS}. */
        UPDATE_TOS,
        /** The {@code _STORE_FAST} the update does, or a guard of the copy: nothing. */
        GONE,
        /** {@code _GUARD_BOTH_FLOAT} of the copy and {@code value}: {@code _GUARD_TOS_FLOAT}. */
        GUARD_TOS
    }

    private final int local;
    private final Role[] roles;

    private FloatAccumulator(int local, Role[] roles) {
        this.local = local;
        this.roles = roles;
    }

    int local() {
        return local;
    }

    Role role(int uop) {
        return roles[uop];
    }

    /** The accumulator of a loop trace's body {@code uops[0, bodyEnd)}, or null when no local qualifies. */
    static FloatAccumulator find(TraceUop[] uops, int bodyEnd) {
        if (bodyEnd < 2 || uops[bodyEnd - 1].uop != Uop._JUMP_TO_TOP) {
            return null;
        }
        for (int i = 1; i < bodyEnd; i++) {
            int update = updateAt(uops, bodyEnd, i);
            if (update >= 0) {
                FloatAccumulator acc = of(uops, bodyEnd, uops[i].oparg);
                if (acc != null) {
                    return acc;
                }
            }
        }
        return null;
    }

    /** When {@code uops[i]} starts {@code local = local OP value}, the index of the OP; else -1. */
    private static int updateAt(TraceUop[] uops, int bodyEnd, int i) {
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
        while (k < bodyEnd && (uops[k].uop == Uop._GUARD_TOS_FLOAT || uops[k].uop == Uop._GUARD_NOS_FLOAT
                || uops[k].uop == Uop._GUARD_BOTH_FLOAT)) {
            k++;
        }
        if (k + 1 >= bodyEnd) {
            return -1;
        }
        Uop op = uops[k].uop;
        boolean floatOp = op == Uop._BINARY_OP_ADD_FLOAT || op == Uop._BINARY_OP_SUBTRACT_FLOAT
                || op == Uop._BINARY_OP_MULTIPLY_FLOAT;
        return floatOp && uops[k + 1].uop == Uop._STORE_FAST && uops[k + 1].oparg == local ? k : -1;
    }

    /** The roles of every uop when {@code local} is the accumulator, or null when something else writes it. */
    private static FloatAccumulator of(TraceUop[] uops, int bodyEnd, int local) {
        Role[] roles = new Role[bodyEnd];
        java.util.Arrays.fill(roles, Role.NONE);
        for (int i = 1; i < bodyEnd; i++) {
            int update = updateAt(uops, bodyEnd, i);
            if (update >= 0 && uops[i].oparg == local) {
                boolean guarded = false;
                for (int k = i + 2; k < update; k++) {
                    Uop g = uops[k].uop;
                    roles[k] = g == Uop._GUARD_NOS_FLOAT ? Role.GONE : g == Uop._GUARD_BOTH_FLOAT ? Role.GUARD_TOS
                            : Role.NONE;
                    guarded |= g != Uop._GUARD_NOS_FLOAT;
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
        return new FloatAccumulator(local, roles);
    }
}
