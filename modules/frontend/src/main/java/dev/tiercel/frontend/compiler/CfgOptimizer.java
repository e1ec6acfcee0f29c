package dev.tiercel.frontend.compiler;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** CPython 3.13's flow-graph optimizations ({@code _PyCfg_OptimizeCodeUnit}), pass by pass. */
final class CfgOptimizer {
    private static final int MAX_COPY_SIZE = 4;
    private final Cfg g;
    private final ConstPool consts;

    CfgOptimizer(Cfg g, ConstPool consts) {
        this.g = g;
        this.consts = consts;
    }

    void optimizeCodeUnit(int nlocals, int nparams) {
        markExceptHandlers();
        labelExceptionTargets();
        optimizeCfg();
        removeUnusedConsts();
        new UninitializedLocals(g).addChecks(nlocals, nparams);
        insertSuperinstructions();
        pushColdBlocksToEnd();
        resolveLineNumbers();
    }

    private void optimizeCfg() {
        inlineSmallOrNoLinenoBlocks();
        removeUnreachable();
        resolveLineNumbers();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            new Peephole(b, consts).run();
        }
        removeRedundantNopsAndPairs();
        removeUnreachable();
        removeRedundantNopsAndJumps();
    }

    // ---- exception handlers ----

    private void markExceptHandlers() {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (Ops.isBlockPush(i.opcode)) {
                    i.target.exceptHandler = true;
                }
            }
        }
    }

    /** Records on each instruction the innermost handler in effect, following SETUP_* / POP_BLOCK along edges. */
    private void labelExceptionTargets() {
        Deque<BasicBlock> todo = new ArrayDeque<>();
        g.clearVisited();
        g.entry.exceptStack = new ArrayList<>();
        g.entry.visited = true;
        todo.push(g.entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            List<BasicBlock> stack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            int lastYieldExceptDepth = -1;
            for (Instr i : b.instrs) {
                if (Ops.isBlockPush(i.opcode)) {
                    if (!i.target.visited) {
                        i.target.exceptStack = new ArrayList<>(stack);
                        i.target.visited = true;
                        todo.push(i.target);
                    }
                    if (i.opcode == SETUP_WITH || i.opcode == SETUP_CLEANUP) {
                        i.target.preserveLasti = true;
                    }
                    stack.add(i.target);
                    handler = i.target;
                } else if (i.opcode == POP_BLOCK) {
                    stack.remove(stack.size() - 1);
                    handler = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    i.setNop();
                } else if (Ops.isJump(i.opcode)) {
                    i.except = handler;
                    if (!i.target.visited) {
                        i.target.exceptStack = new ArrayList<>(stack);
                        i.target.visited = true;
                        todo.push(i.target);
                    }
                } else if (i.opcode == YIELD_VALUE) {
                    i.except = handler;
                    lastYieldExceptDepth = stack.size();
                } else if (i.opcode == RESUME) {
                    i.except = handler;
                    if (i.oparg != 0) {
                        if (lastYieldExceptDepth == 1) {
                            i.oparg |= 4;
                        }
                        lastYieldExceptDepth = -1;
                    }
                } else {
                    i.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    // ---- block-level cleanup ----

    private void inlineSmallOrNoLinenoBlocks() {
        boolean changes;
        do {
            changes = false;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                if (inlineInto(b)) {
                    changes = true;
                }
            }
        } while (changes);
    }

    private boolean inlineInto(BasicBlock b) {
        Instr last = b.last();
        if (last == null || !Ops.isUnconditionalJump(last.opcode)) {
            return false;
        }
        BasicBlock target = last.target;
        boolean smallExit = target.exitsScope() && target.instrs.size() <= MAX_COPY_SIZE;
        // small exit blocks, and blocks without line numbers that end in a jump or exit
        boolean noLinenoNoFallthrough = target.hasNoLineno() && !target.hasFallthrough();
        if (smallExit || noLinenoNoFallthrough) {
            int removedOpcode = last.opcode;
            last.setNop();
            for (Instr i : target.instrs) {
                b.instrs.add(i.copy());
            }
            if (noLinenoNoFallthrough) {
                Instr nl = b.last();
                if (Ops.isUnconditionalJump(nl.opcode) && removedOpcode == JUMP && reaches(nl.target, b)) {
                    nl.opcode = JUMP; // keep the eval-breaker check on a back edge
                } else if (nl.opcode == JUMP && removedOpcode == JUMP_NO_INTERRUPT && !reaches(nl.target, b)) {
                    // observed in CPython 3.13: a forward jump inlined into a no-interrupt exit stays no-interrupt
                    nl.opcode = JUMP_NO_INTERRUPT;
                }
            }
            target.predecessors--;
            return true;
        }
        return false;
    }

    /** Whether walking the layout from {@code from} reaches {@code b} (i.e. a jump to {@code from} goes back). */
    private static boolean reaches(BasicBlock from, BasicBlock b) {
        for (BasicBlock t = from; t != null; t = t.next) {
            if (t == b) {
                return true;
            }
        }
        return false;
    }

    void removeUnreachable() {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        g.entry.predecessors = 1;
        g.entry.visited = true;
        stack.push(g.entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (Ops.hasTarget(i.opcode)) {
                    if (!i.target.visited) {
                        i.target.visited = true;
                        stack.push(i.target);
                    }
                    i.target.predecessors++;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.exceptHandler = false;
            }
        }
    }

    static int removeRedundantNops(BasicBlock bb) {
        List<Instr> out = new ArrayList<>(bb.instrs.size());
        int prevLine = -1;
        int n = bb.instrs.size();
        for (int src = 0; src < n; src++) {
            Instr instr = bb.instrs.get(src);
            int line = instr.loc.line();
            if (instr.opcode == NOP) {
                if (line < 0) {
                    continue;
                }
                if (prevLine == line) {
                    continue;
                }
                if (src < n - 1) {
                    Instr nextI = bb.instrs.get(src + 1);
                    int nextLine = nextI.loc.line();
                    if (nextLine == line) {
                        continue;
                    }
                    if (nextLine < 0) {
                        nextI.loc = instr.loc;
                        continue;
                    }
                } else {
                    BasicBlock next = Cfg.nextNonEmpty(bb.next);
                    if (next != null) {
                        Loc nextLoc = Loc.NONE;
                        for (Instr ni : next.instrs) {
                            if (ni.opcode == NOP && ni.loc.line() == -1) {
                                continue;
                            }
                            nextLoc = ni.loc;
                            break;
                        }
                        if (line == nextLoc.line()) {
                            continue;
                        }
                    }
                }
            }
            out.add(instr);
            prevLine = line;
        }
        int removed = n - out.size();
        bb.instrs.clear();
        bb.instrs.addAll(out);
        return removed;
    }

    private int removeRedundantNops() {
        int changes = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            changes += removeRedundantNops(b);
        }
        return changes;
    }

    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) {
                    instr = null;
                }
                for (Instr cur : b.instrs) {
                    Instr prev = instr;
                    instr = cur;
                    int prevOp = prev != null ? prev.opcode : 0;
                    int prevArg = prev != null ? prev.oparg : 0;
                    if (cur.opcode == POP_TOP && (prevOp == LOAD_CONST || (prevOp == COPY && prevArg == 1))) {
                        prev.setNop();
                        cur.setNop();
                        done = false;
                    }
                }
                if ((instr != null && Ops.isJump(instr.opcode)) || !b.hasFallthrough()) {
                    instr = null;
                }
            }
        }
    }

    private int removeRedundantJumps() {
        int changes = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (Ops.isUnconditionalJump(last.opcode)) {
                BasicBlock jumpTarget = Cfg.nextNonEmpty(last.target);
                BasicBlock next = Cfg.nextNonEmpty(b.next);
                if (jumpTarget == next) {
                    changes++;
                    last.setNop();
                }
            }
        }
        return changes;
    }

    void removeRedundantNopsAndJumps() {
        int removed;
        do {
            removed = removeRedundantNops() + removeRedundantJumps();
        } while (removed > 0);
    }

    // ---- line numbers ----

    void resolveLineNumbers() {
        duplicateExitsWithoutLineno();
        propagateLineNumbers();
    }

    private static boolean isExitOrEvalCheckWithoutLineno(BasicBlock b) {
        if (b.exitsScope() || hasEvalBreak(b)) {
            return b.hasNoLineno();
        }
        return false;
    }

    /** Calls and backward jumps check the eval breaker; a forward JUMP does not (it becomes JUMP_FORWARD). */
    private static boolean hasEvalBreak(BasicBlock b) {
        for (Instr i : b.instrs) {
            if (i.opcode == JUMP) {
                for (BasicBlock t = i.target; t != null; t = t.next) {
                    if (t == b) {
                        return true;
                    }
                }
            } else if (i.opcode != JUMP_NO_INTERRUPT && Ops.hasEvalBreak(i.opcode)) {
                return true;
            }
        }
        return false;
    }

    private void duplicateExitsWithoutLineno() {
        int nextLabel = g.maxLabel() + 1;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (Ops.isJump(last.opcode)) {
                BasicBlock target = Cfg.nextNonEmpty(last.target);
                if (target != null && isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock copy = g.copyBlock(target);
                    copy.instrs.get(0).loc = last.loc;
                    last.target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    copy.label = nextLabel++;
                    target.next = copy;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.instrs.isEmpty()) {
                if (isExitOrEvalCheckWithoutLineno(b.next)) {
                    b.next.instrs.get(0).loc = b.last().loc;
                }
            }
        }
    }

    private void propagateLineNumbers() {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            Loc prev = Loc.NONE;
            for (Instr i : b.instrs) {
                if (i.loc.line() < 0) {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1) {
                if (!b.next.instrs.isEmpty() && b.next.instrs.get(0).loc.line() < 0) {
                    b.next.instrs.get(0).loc = prev;
                }
            }
            if (Ops.isJump(last.opcode)) {
                BasicBlock target = last.target;
                if (target.predecessors == 1 && !target.instrs.isEmpty()
                        && target.instrs.get(0).loc.line() < 0) {
                    target.instrs.get(0).loc = prev;
                }
            }
        }
    }

    // ---- constants ----

    private void removeUnusedConsts() {
        int n = consts.values.size();
        if (n == 0) {
            return;
        }
        boolean[] used = new boolean[n];
        used[0] = true; // the first constant may be the docstring: always kept
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (Ops.hasConst(i.opcode)) {
                    used[i.oparg] = true;
                }
            }
        }
        boolean all = true;
        for (boolean u : used) {
            all &= u;
        }
        if (all) {
            return;
        }
        int[] map = consts.compact(used);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (Ops.hasConst(i.opcode)) {
                    i.oparg = map[i.oparg];
                }
            }
        }
    }

    // ---- superinstructions ----

    private void insertSuperinstructions() {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (int k = 0; k < b.instrs.size(); k++) {
                Instr inst = b.instrs.get(k);
                int nextOp = k + 1 < b.instrs.size() ? b.instrs.get(k + 1).opcode : 0;
                if (inst.opcode == LOAD_FAST && nextOp == LOAD_FAST) {
                    makeSuper(inst, b.instrs.get(k + 1), LOAD_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextOp == LOAD_FAST) {
                    makeSuper(inst, b.instrs.get(k + 1), STORE_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextOp == STORE_FAST) {
                    makeSuper(inst, b.instrs.get(k + 1), STORE_FAST_STORE_FAST);
                }
            }
        }
        removeRedundantNops();
    }

    private static void makeSuper(Instr a, Instr b, int superOp) {
        int l1 = a.loc.line(), l2 = b.loc.line();
        if (l1 >= 0 && l2 >= 0 && l1 != l2) {
            return;
        }
        if (a.oparg >= 16 || b.oparg >= 16) {
            return;
        }
        a.set(superOp, (a.oparg << 4) | b.oparg);
        b.setNop();
    }

    // ---- cold blocks ----

    private void markWarm() {
        g.clearVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        stack.push(g.entry);
        g.entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            if (b.next != null && b.hasFallthrough() && !b.next.visited) {
                b.next.visited = true;
                stack.push(b.next);
            }
            for (Instr i : b.instrs) {
                if (Ops.isJump(i.opcode) && !i.target.visited) {
                    i.target.visited = true;
                    stack.push(i.target);
                }
            }
        }
    }

    private void markCold() {
        markWarm();
        g.clearVisited();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                b.visited = true;
                stack.push(b);
            }
        }
        // CPython pops from the end of an array it filled in layout order
        Deque<BasicBlock> work = new ArrayDeque<>();
        for (BasicBlock b : stack) {
            work.addFirst(b);
        }
        List<BasicBlock> order = new ArrayList<>(work);
        Deque<BasicBlock> st = new ArrayDeque<>();
        for (BasicBlock b : order) {
            st.push(b);
        }
        while (!st.isEmpty()) {
            BasicBlock b = st.pop();
            b.cold = true;
            if (b.next != null && b.hasFallthrough() && !b.next.warm && !b.next.visited) {
                b.next.visited = true;
                st.push(b.next);
            }
            for (Instr i : b.instrs) {
                if (Ops.isJump(i.opcode)) {
                    BasicBlock t = i.target;
                    if (!t.warm && !t.visited) {
                        t.visited = true;
                        st.push(t);
                    }
                }
            }
        }
    }

    private void pushColdBlocksToEnd() {
        if (g.entry.next == null) {
            return;
        }
        markCold();
        int nextLabel = g.maxLabel() + 1;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                BasicBlock jump = g.newBlock();
                if (b.next.label < 0) {
                    b.next.label = nextLabel++;
                }
                Instr j = new Instr(JUMP_NO_INTERRUPT, 0, Loc.NONE);
                j.target = b.next;
                jump.instrs.add(j);
                jump.cold = true;
                jump.next = b.next;
                jump.predecessors = 1;
                b.next = jump;
            }
        }
        BasicBlock coldHead = null, coldTail = null;
        BasicBlock b = g.entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            BasicBlock end = b.next;
            while (end.next != null && end.next.cold) {
                end = end.next;
            }
            if (coldHead == null) {
                coldHead = b.next;
            } else {
                coldTail.next = b.next;
            }
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) {
            removeRedundantNopsAndJumps();
        }
    }

    static PyObject constValue(ConstPool consts, int index) {
        Object v = consts.get(index);
        return v instanceof PyObject p ? p : null;
    }

    static Object rawConst(ConstPool consts, int index) {
        return consts.get(index);
    }

    static boolean isNone(Object o) {
        return o == PyNone.INSTANCE;
    }

    static PyObject bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyTuple tupleOf(List<PyObject> items) {
        return new PyTuple(items.toArray(new PyObject[0]));
    }
}
