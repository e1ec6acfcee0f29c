package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns the optimized CFG into a final instruction list (CPython's {@code _PyCfg_OptimizedCfgToInstructionSequence}):
 * stack depth, the locals-plus prefix (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR), pseudo-instructions, and
 * conditional jumps that would go backwards.
 */
final class CfgLowering {
    private final Cfg g;

    CfgLowering(Cfg g) {
        this.g = g;
    }

    /** Maximum stack depth; also records each block's depth on entry (used for exception-table depths). */
    int stackDepth() {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int max = 0;
        push(stack, g.entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr i : b.instrs) {
                int effect = Ops.stackEffect(i.opcode, i.oparg, false);
                int newDepth = depth + effect;
                if (newDepth < 0) {
                    throw new IllegalStateException("negative stack depth at " + i);
                }
                max = Math.max(max, newDepth);
                if (i.opcode == RETURN_CONST) {
                    // CPython sizes the frame as if the constant were pushed before returning
                    max = Math.max(max, depth + 1);
                }
                if (Ops.hasTarget(i.opcode)) {
                    int targetDepth = depth + Ops.stackEffect(i.opcode, i.oparg, true);
                    max = Math.max(max, targetDepth);
                    push(stack, i.target, targetDepth);
                }
                depth = newDepth;
                if (Ops.isUnconditionalJump(i.opcode) || Ops.isScopeExit(i.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return Math.max(1, max); // CPython never reports a zero stack size
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    /**
     * Inserts the prefix instructions and renumbers cell/free opargs to locals-plus offsets. {@code cellvars}
     * and {@code freevars} map names to their compile-time index (free ones after all cells).
     */
    void prepareLocalsplus(Map<String, Integer> varnames, Map<String, Integer> cellvars, Map<String, Integer> freevars,
            boolean generator, int firstlineno) {
        int nlocals = varnames.size();
        int ncells = cellvars.size();
        int nfree = freevars.size();
        int[] fixed = new int[ncells + nfree];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> e : cellvars.entrySet()) {
            Integer arg = varnames.get(e.getKey());
            if (arg != null) {
                fixed[e.getValue()] = arg;
            }
        }
        List<Instr> entry = g.entry.instrs;
        if (generator) {
            Loc loc = new Loc(firstlineno, firstlineno, -1, -1);
            entry.add(0, new Instr(RETURN_GENERATOR, 0, loc));
            entry.add(1, new Instr(POP_TOP, 0, loc));
        }
        if (ncells > 0) {
            int nvars = ncells + nlocals;
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncells; i++) {
                sorted[fixed[i]] = i + 1;
            }
            int used = 0;
            for (int i = 0; used < ncells; i++) {
                int old = sorted[i] - 1;
                if (old == -1) {
                    continue;
                }
                entry.add(used, new Instr(MAKE_CELL, old, Loc.NONE));
                used++;
            }
        }
        if (nfree > 0) {
            entry.add(0, new Instr(COPY_FREE_VARS, nfree, Loc.NONE));
        }
        int dropped = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == i + nlocals) {
                fixed[i] -= dropped;
            } else {
                dropped++;
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                switch (i.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                        i.oparg = fixed[i.oparg];
                    default -> { }
                }
            }
        }
    }

    void convertPseudoOps(CfgOptimizer opt) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (Ops.isBlockPush(i.opcode)) {
                    i.setNop();
                } else if (i.opcode == LOAD_CLOSURE) {
                    i.opcode = LOAD_FAST;
                } else if (i.opcode == STORE_FAST_MAYBE_NULL) {
                    i.opcode = STORE_FAST;
                }
            }
        }
        opt.removeRedundantNopsAndJumps();
    }

    /** A conditional jump backwards becomes the reversed jump forward plus a JUMP back. */
    void normalizeJumps() {
        g.clearVisited();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !Ops.isJump(last.opcode) || Ops.isUnconditionalJump(last.opcode)) {
                continue;
            }
            boolean forward = !last.target.visited;
            if (forward) {
                continue;
            }
            int reversed = switch (last.opcode) {
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
                default -> -1;
            };
            if (reversed < 0) {
                continue;
            }
            BasicBlock target = last.target;
            BasicBlock back = g.newBlock();
            Instr j = new Instr(JUMP, 0, last.loc);
            j.target = target;
            back.instrs.add(j);
            last.opcode = reversed;
            last.target = b.next;
            back.cold = b.cold;
            back.next = b.next;
            b.next = back;
        }
    }

    /** The final instruction list, with jump targets as instruction indices (in {@link Instr#label}). */
    List<Instr> linearize() {
        List<Instr> out = new ArrayList<>();
        Map<BasicBlock, Integer> start = new java.util.HashMap<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            start.put(b, out.size());
            out.addAll(b.instrs);
        }
        for (Instr i : out) {
            if (Ops.hasTarget(i.opcode)) {
                BasicBlock t = i.target;
                while (t != null && t.instrs.isEmpty()) {
                    t = t.next;
                }
                i.label = start.get(i.target);
            }
        }
        return out;
    }
}
