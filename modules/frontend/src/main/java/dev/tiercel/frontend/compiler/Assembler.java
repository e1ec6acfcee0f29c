package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.ExceptionTable;
import dev.tiercel.runtime.code.LineTable;
import java.util.List;

/**
 * Lays out the final instructions as 16-bit code units: jump offsets (growing EXTENDED_ARG prefixes until stable),
 * inline cache units, the location table and the exception table.
 */
final class Assembler {
    record Output(short[] code, byte[] linetable, byte[] exceptiontable) {}

    private final List<Instr> instrs;
    private final int[] offsets;

    Assembler(List<Instr> instrs) {
        this.instrs = instrs;
        this.offsets = new int[instrs.size() + 1];
    }

    Output assemble(int firstlineno) {
        resolveUnconditionalJumps();
        resolveJumpOffsets();
        return new Output(emitCode(), emitLineTable(firstlineno), emitExceptionTable());
    }

    private void resolveUnconditionalJumps() {
        for (int i = 0; i < instrs.size(); i++) {
            Instr in = instrs.get(i);
            boolean forward = in.label > i;
            if (in.opcode == JUMP) {
                in.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
            } else if (in.opcode == JUMP_NO_INTERRUPT) {
                in.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            }
        }
    }

    private void resolveJumpOffsets() {
        boolean again;
        do {
            int total = 0;
            for (int i = 0; i < instrs.size(); i++) {
                offsets[i] = total;
                total += Ops.size(instrs.get(i).opcode, instrs.get(i).oparg);
            }
            offsets[instrs.size()] = total;
            again = false;
            int offset = 0;
            for (Instr in : instrs) {
                int size = Ops.size(in.opcode, in.oparg);
                offset += size;
                if (Ops.isJump(in.opcode)) {
                    int target = offsets[in.label];
                    in.oparg = target < offset ? offset - target : target - offset;
                    if (Ops.size(in.opcode, in.oparg) != size) {
                        again = true;
                    }
                }
            }
        } while (again);
    }

    private short[] emitCode() {
        short[] code = new short[offsets[instrs.size()]];
        int pos = 0;
        for (Instr in : instrs) {
            int size = Ops.size(in.opcode, in.oparg);
            int caches = cacheEntries(in.opcode);
            int ext = size - 1 - caches;
            for (int k = ext; k >= 1; k--) {
                code[pos++] = unit(EXTENDED_ARG, (in.oparg >>> (8 * k)) & 0xFF);
            }
            code[pos++] = unit(in.opcode, in.oparg & 0xFF);
            pos += caches; // cache entries stay zero
        }
        return code;
    }

    private static short unit(int op, int arg) {
        return (short) (op | (arg << 8));
    }

    private byte[] emitLineTable(int firstlineno) {
        LineTable.Encoder enc = new LineTable.Encoder(firstlineno);
        Loc loc = Loc.NONE;
        int size = 0;
        for (Instr in : instrs) {
            if (!in.loc.equals(loc)) {
                enc.add(size, loc.line(), loc.endLine(), loc.col(), loc.endCol());
                loc = in.loc;
                size = 0;
            }
            size += Ops.size(in.opcode, in.oparg);
        }
        enc.add(size, loc.line(), loc.endLine(), loc.col(), loc.endCol());
        return enc.toByteArray();
    }

    private byte[] emitExceptionTable() {
        ExceptionTable.Encoder enc = new ExceptionTable.Encoder();
        BasicBlock handler = null;
        int start = -1;
        for (int i = 0; i <= instrs.size(); i++) {
            BasicBlock h = i < instrs.size() ? instrs.get(i).except : null;
            if (i == instrs.size() || h != handler) {
                if (handler != null) {
                    int depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
                    enc.add(start, offsets[i], offsets[handlerIndex(handler)], depth, handler.preserveLasti);
                }
                start = offsets[i];
                handler = h;
            }
        }
        return enc.toByteArray();
    }

    private int handlerIndex(BasicBlock handler) {
        // the handler block's first instruction, or the next non-empty block's
        BasicBlock b = handler;
        while (b != null && b.instrs.isEmpty()) {
            b = b.next;
        }
        Instr first = b.instrs.get(0);
        for (int i = 0; i < instrs.size(); i++) {
            if (instrs.get(i) == first) {
                return i;
            }
        }
        throw new IllegalStateException("handler not laid out");
    }
}
