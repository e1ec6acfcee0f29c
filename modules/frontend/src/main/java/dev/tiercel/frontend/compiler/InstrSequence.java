package dev.tiercel.frontend.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The code generator's output: a flat list of instructions with labels. A label marks the position of the next
 * instruction; only labels that are jumped to start basic blocks later (as in CPython).
 */
final class InstrSequence {
    final List<Instr> instrs = new ArrayList<>();
    final List<Integer> labelPositions = new ArrayList<>();

    int newLabel() {
        labelPositions.add(-1);
        return labelPositions.size() - 1;
    }

    void useLabel(int label) {
        labelPositions.set(label, instrs.size());
    }

    Instr add(int op, int oparg, Loc loc) {
        Instr i = new Instr(op, oparg, loc);
        instrs.add(i);
        return i;
    }

    Instr addJump(int op, int label, Loc loc) {
        Instr i = new Instr(op, 0, loc);
        i.label = label;
        instrs.add(i);
        return i;
    }

    /** Inserts an instruction, moving labels at or after {@code pos}. */
    void insert(int pos, Instr instr) {
        instrs.add(pos, instr);
        for (int l = 0; l < labelPositions.size(); l++) {
            if (labelPositions.get(l) >= pos && labelPositions.get(l) >= 0) {
                labelPositions.set(l, labelPositions.get(l) + 1);
            }
        }
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }
}
