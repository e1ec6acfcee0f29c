package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import java.util.ArrayDeque;
import java.util.Deque;

/** Turns LOAD_FAST into LOAD_FAST_CHECK where the local may be unbound (CPython's data-flow over the CFG). */
final class UninitializedLocals {
    private final Cfg g;
    private final Deque<BasicBlock> stack = new ArrayDeque<>();

    UninitializedLocals(Cfg g) {
        this.g = g;
    }

    void addChecks(int nlocals, int nparams) {
        if (nlocals == 0) {
            return;
        }
        if (nlocals > 64) {
            fastScanManyLocals(nlocals);
            nlocals = 64;
        }
        g.clearVisited();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.unsafeLocalsMask = 0;
        }
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) {
            startMask |= 1L << i;
        }
        maybePush(g.entry, startMask);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            scan(b);
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = false;
            scan(b);
        }
    }

    private void maybePush(BasicBlock b, long unsafe) {
        long both = b.unsafeLocalsMask | unsafe;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private void scan(BasicBlock b) {
        long unsafe = b.unsafeLocalsMask;
        for (Instr i : b.instrs) {
            if (i.except != null) {
                maybePush(i.except, unsafe);
            }
            if (i.oparg >= 64) {
                continue;
            }
            long bit = 1L << i.oparg;
            switch (i.opcode) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) {
                        i.opcode = LOAD_FAST_CHECK;
                    }
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.hasFallthrough()) {
            maybePush(b.next, unsafe);
        }
        Instr last = b.last();
        if (last != null && Ops.isJump(last.opcode)) {
            maybePush(last.target, unsafe);
        }
    }

    /** Locals past the 64th are only tracked within a block. */
    private void fastScanManyLocals(int nlocals) {
        int[] states = new int[nlocals - 64];
        int blocknum = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            blocknum++;
            for (Instr i : b.instrs) {
                int arg = i.oparg;
                if (arg < 64) {
                    continue;
                }
                switch (i.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) {
                            i.opcode = LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }
}
