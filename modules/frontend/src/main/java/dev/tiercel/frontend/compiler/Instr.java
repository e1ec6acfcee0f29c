package dev.tiercel.frontend.compiler;

/** One instruction while compiling: mutable, since the optimizer rewrites instructions in place. */
final class Instr {
    int opcode;
    int oparg;
    Loc loc;
    /** Jump target while in an instruction sequence (label id). */
    int label = -1;
    /** Jump target once in the control-flow graph. */
    BasicBlock target;
    /** Innermost exception handler covering this instruction, once labelled. */
    BasicBlock except;

    Instr(int opcode, int oparg, Loc loc) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.loc = loc;
    }

    Instr copy() {
        Instr i = new Instr(opcode, oparg, loc);
        i.label = label;
        i.target = target;
        i.except = except;
        return i;
    }

    void set(int op, int arg) {
        opcode = op;
        oparg = arg;
    }

    void setNop() {
        opcode = dev.tiercel.runtime.code.Opcodes.NOP;
        oparg = 0;
        target = null;
    }

    @Override
    public String toString() {
        String n = opcode < 256 ? dev.tiercel.runtime.code.Opcodes.name(opcode) : "PSEUDO" + opcode;
        return n + " " + oparg + (target != null ? " ->B" + target.id : "") + " @" + loc.line();
    }
}
