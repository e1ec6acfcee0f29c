package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.Opcodes;

/** Instruction classifications the compiler needs, including its pseudo-instructions. */
final class Ops {
    private Ops() {
    }

    static boolean isPseudo(int op) {
        return op >= 256;
    }

    static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    static boolean isJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || (!isPseudo(op) && Opcodes.hasJump(op));
    }

    static boolean hasTarget(int op) {
        return isJump(op) || isBlockPush(op);
    }

    static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    static boolean isTerminator(int op) {
        return isJump(op) || isScopeExit(op);
    }

    static boolean hasConst(int op) {
        return op == LOAD_CONST || op == RETURN_CONST;
    }

    static boolean hasArg(int op) {
        return isPseudo(op) ? op != POP_BLOCK : Opcodes.hasArg(op);
    }

    /** Instructions that check the eval breaker (a loop's back edge, calls, RESUME). */
    static boolean hasEvalBreak(int op) {
        return op == JUMP || op == JUMP_BACKWARD || op == CALL || op == CALL_KW || op == CALL_FUNCTION_EX
                || op == RESUME;
    }

    /** Net stack effect; {@code jump} selects the effect when the branch (or exception edge) is taken. */
    static int stackEffect(int op, int oparg, boolean jump) {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, POP_BLOCK -> 0;
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case LOAD_CLOSURE, LOAD_METHOD -> 1;
            case STORE_FAST_MAYBE_NULL -> -1;
            default -> Opcodes.stackEffect(op, oparg, jump);
        };
    }

    /** Code units taken by an instruction: EXTENDED_ARG prefixes, itself, and its inline caches. */
    static int size(int op, int oparg) {
        int ext = oparg >= (1 << 24) ? 3 : oparg >= (1 << 16) ? 2 : oparg >= (1 << 8) ? 1 : 0;
        return ext + 1 + Opcodes.cacheEntries(op);
    }
}
