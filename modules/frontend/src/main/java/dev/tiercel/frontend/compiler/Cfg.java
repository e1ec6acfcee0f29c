package dev.tiercel.frontend.compiler;

import java.util.ArrayList;
import java.util.List;

/** A control-flow graph: basic blocks in layout order, built from an {@link InstrSequence}. */
final class Cfg {
    BasicBlock entry;
    private int nextId;
    private BasicBlock current;
    private int currentLabel = -1;

    BasicBlock newBlock() {
        return new BasicBlock(nextId++);
    }

    /** Splits the sequence into blocks after each terminator and at each label that is jumped to. */
    static Cfg fromSequence(InstrSequence seq) {
        Cfg g = new Cfg();
        g.entry = g.current = g.newBlock();
        int n = seq.instrs.size();
        boolean[] isTarget = new boolean[n + 1];
        for (Instr i : seq.instrs) {
            if (Ops.hasTarget(i.opcode)) {
                int pos = seq.labelPositions.get(i.label);
                i.label = pos;
                isTarget[pos] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            Instr i = seq.instrs.get(k);
            if (isTarget[k]) {
                g.useLabel(k);
            }
            g.maybeStartNewBlock();
            g.current.instrs.add(i);
        }
        if (isTarget[n]) {
            // a jump to the very end: give it an empty labelled block (never happens for complete code)
            g.useLabel(n);
            g.maybeStartNewBlock();
        }
        g.translateLabels();
        return g;
    }

    private void useLabel(int label) {
        currentLabel = label;
        maybeStartNewBlock();
    }

    private void maybeStartNewBlock() {
        if (currentIsTerminated()) {
            BasicBlock b = newBlock();
            b.label = currentLabel;
            currentLabel = -1;
            current.next = b;
            current = b;
        }
    }

    private boolean currentIsTerminated() {
        Instr last = current.last();
        if (last != null && Ops.isTerminator(last.opcode)) {
            return true;
        }
        if (currentLabel >= 0) {
            if (last != null || current.label >= 0) {
                return true;
            }
            current.label = currentLabel;
            currentLabel = -1;
        }
        return false;
    }

    private void translateLabels() {
        java.util.Map<Integer, BasicBlock> byLabel = new java.util.HashMap<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.label >= 0) {
                byLabel.put(b.label, b);
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (Ops.hasTarget(i.opcode)) {
                    i.target = byLabel.get(i.label);
                }
            }
        }
    }

    int maxLabel() {
        int m = -1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            m = Math.max(m, b.label);
        }
        return m;
    }

    static BasicBlock nextNonEmpty(BasicBlock b) {
        while (b != null && b.instrs.isEmpty()) {
            b = b.next;
        }
        return b;
    }

    BasicBlock copyBlock(BasicBlock b) {
        BasicBlock c = newBlock();
        for (Instr i : b.instrs) {
            c.instrs.add(i.copy());
        }
        return c;
    }

    void clearVisited() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
    }

    List<BasicBlock> blocks() {
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            out.add(b);
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (BasicBlock b = entry; b != null; b = b.next) {
            sb.append(b).append('\n');
        }
        return sb.toString();
    }
}
