package dev.tiercel.frontend.compiler;

import java.util.ArrayList;
import java.util.List;

/** A basic block of the control-flow graph; blocks form a list in layout order through {@link #next}. */
final class BasicBlock {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    BasicBlock next;
    /** Label (the instruction index it came from), or -1 when nothing jumps here. */
    int label = -1;
    boolean exceptHandler;
    boolean preserveLasti;
    boolean visited;
    boolean cold;
    boolean warm;
    int predecessors;
    int startDepth = Integer.MIN_VALUE;
    long unsafeLocalsMask;
    /** Exception handler stack on entry, used while labelling handlers. */
    List<BasicBlock> exceptStack;
    int offset;

    BasicBlock(int id) {
        this.id = id;
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    boolean noFallthrough() {
        Instr l = last();
        return l != null && (Ops.isUnconditionalJump(l.opcode) || Ops.isScopeExit(l.opcode));
    }

    boolean hasFallthrough() {
        return !noFallthrough();
    }

    boolean exitsScope() {
        Instr l = last();
        return l != null && Ops.isScopeExit(l.opcode);
    }

    boolean hasNoLineno() {
        for (Instr i : instrs) {
            if (i.loc.line() >= 0) {
                return false;
            }
        }
        return true;
    }

    boolean hasEvalBreak() {
        for (Instr i : instrs) {
            if (Ops.hasEvalBreak(i.opcode)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "B" + id + (label >= 0 ? "(L" + label + ")" : "") + instrs;
    }
}
