package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.object.PyObject;
import java.util.ArrayList;
import java.util.List;

/** CPython 3.13's per-block peephole pass ({@code optimize_basic_block}) and its SWAP simplifications. */
final class Peephole {
    private final BasicBlock bb;
    private final ConstPool consts;
    private final List<Instr> in;

    Peephole(BasicBlock bb, ConstPool consts) {
        this.bb = bb;
        this.consts = consts;
        this.in = bb.instrs;
    }

    void run() {
        Instr nop = new Instr(NOP, 0, Loc.NONE);
        Instr target = nop;
        int opcode = 0, oparg = 0;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            boolean isCopyOfLoadConst = opcode == LOAD_CONST && inst.opcode == COPY && inst.oparg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
                target = Ops.hasTarget(opcode) && !inst.target.instrs.isEmpty() ? inst.target.instrs.get(0) : nop;
            }
            int nextop = i + 1 < in.size() ? in.get(i + 1).opcode : 0;
            switch (opcode) {
                case LOAD_CONST -> i = loadConst(i, inst, oparg, nextop);
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.setNop();
                            in.get(i + 1).setNop();
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            inst.setNop();
                            in.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(i - oparg, oparg);
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    // observed CPython 3.13 behaviour: conditional jumps are threaded through loop back-edges
                    // (a JUMP going backwards), not through forward JUMPs
                    if (target.opcode == JUMP && isBackward(target)) {
                        i -= jumpThread(inst, target, inst.opcode);
                    }
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, JUMP);
                        continue;
                    } else if (target.opcode == JUMP_NO_INTERRUPT) {
                        i -= jumpThread(inst, target, opcode);
                        continue;
                    }
                }
                case STORE_FAST -> {
                    if (opcode == nextop && oparg == in.get(i + 1).oparg
                            && inst.loc.line() == in.get(i + 1).loc.line()) {
                        inst.set(POP_TOP, 0);
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.setNop();
                    }
                }
                case LOAD_GLOBAL -> {
                    if (nextop == PUSH_NULL && (oparg & 1) == 0) {
                        inst.set(LOAD_GLOBAL, oparg | 1);
                        in.get(i + 1).setNop();
                    }
                }
                case COMPARE_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        in.get(i + 1).set(COMPARE_OP, oparg | 16);
                        continue;
                    }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        in.get(i + 1).set(opcode, oparg);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setNop();
                        in.get(i + 1).set(opcode, oparg ^ 1);
                        continue;
                    }
                }
                case TO_BOOL -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        continue;
                    }
                }
                case UNARY_NOT -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        in.get(i + 1).set(UNARY_NOT, 0);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setNop();
                        in.get(i + 1).setNop();
                        continue;
                    }
                }
                default -> { }
            }
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).opcode == SWAP) {
                i = swaptimize(i);
                applyStaticSwaps(i);
            }
        }
    }

    private int loadConst(int i, Instr inst, int oparg, int nextop) {
        switch (nextop) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                boolean isTrue = Truth.of(consts.get(oparg));
                inst.setNop();
                boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                if (isTrue == jumpIfTrue) {
                    in.get(i + 1).opcode = JUMP;
                } else {
                    in.get(i + 1).setNop();
                }
            }
            case IS_OP -> {
                if (!CfgOptimizer.isNone(consts.get(oparg)) || in.size() <= i + 2) {
                    break;
                }
                Instr isInstr = in.get(i + 1);
                Instr jumpInstr = in.get(i + 2);
                if (jumpInstr.opcode == TO_BOOL) {
                    jumpInstr.setNop();
                    if (in.size() <= i + 3) {
                        break;
                    }
                    jumpInstr = in.get(i + 3);
                }
                boolean invert = isInstr.oparg != 0;
                if (jumpInstr.opcode == POP_JUMP_IF_FALSE) {
                    invert = !invert;
                } else if (jumpInstr.opcode != POP_JUMP_IF_TRUE) {
                    break;
                }
                inst.setNop();
                isInstr.setNop();
                jumpInstr.opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
            }
            case RETURN_VALUE -> {
                inst.setNop();
                in.get(++i).set(RETURN_CONST, oparg);
            }
            case TO_BOOL -> {
                boolean isTrue = Truth.of(consts.get(oparg));
                int index = consts.add(CfgOptimizer.bool(isTrue));
                inst.setNop();
                in.get(i + 1).set(LOAD_CONST, index);
            }
            default -> { }
        }
        return i;
    }

    private void foldTupleOnConstants(int start, int n) {
        for (int k = 0; k < n; k++) {
            if (in.get(start + k).opcode != LOAD_CONST) {
                return;
            }
        }
        List<PyObject> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            items.add((PyObject) consts.get(in.get(start + k).oparg));
        }
        int index = consts.add(CfgOptimizer.tupleOf(items));
        for (int k = 0; k < n; k++) {
            in.get(start + k).setNop();
        }
        in.get(start + n).set(LOAD_CONST, index);
    }

    private boolean isBackward(Instr jump) {
        for (BasicBlock b = jump.target; b != null; b = b.next) {
            if (b == bb) {
                return true; // the JUMP's target is at or before this block
            }
        }
        return false;
    }

    /** Turns "cond-jump to a JUMP" into a jump straight to the JUMP's target; returns 1 if done. */
    private int jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.target != target.target) {
            inst.setNop();
            Instr j = new Instr(opcode, 0, target.loc);
            j.target = target.target;
            in.add(j);
            return 1;
        }
        return 0;
    }

    /** Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect. */
    private int swaptimize(int ix) {
        int depth = in.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            int op = in.get(ix + len).opcode;
            if (op == SWAP) {
                depth = Math.max(depth, in.get(ix + len).oparg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int k = 0; k < depth; k++) {
            stack[k] = k;
        }
        for (int k = 0; k < len; k++) {
            Instr s = in.get(ix + k);
            if (s.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[s.oparg - 1];
                stack[s.oparg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int k = 0; k < depth; k++) {
            if (stack[k] == visited || stack[k] == k) {
                continue;
            }
            int j = k;
            while (true) {
                if (j != 0) {
                    in.get(ix + current).set(SWAP, j + 1);
                    current--;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0) {
            in.get(ix + current).setNop();
            current--;
        }
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == STORE_FAST || i.opcode == STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private int nextSwappable(int i, int lineno) {
        while (++i < in.size()) {
            Instr instr = in.get(i);
            if (lineno >= 0 && instr.loc.line() != lineno) {
                return -1;
            }
            if (instr.opcode == NOP) {
                continue;
            }
            if (swappable(instr.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** Applies SWAPs by reordering the stores/pops that follow them, when that is safe. */
    private void applyStaticSwaps(int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).loc.line();
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(in.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) {
                        return;
                    }
                }
            }
            swap.setNop();
            Instr tmp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, tmp);
        }
    }
}
