package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.tier2.trace.TraceState;
import java.lang.foreign.Arena;

/**
 * Entry and exit glue between a frame and a native trace's register file. Unboxes the locals the trace reads and
 * the stack items it can reach (the items below stay in the frame untouched); locals it only writes start UNDEF and
 * are written back only when written. Reboxing keeps the very object a slot held on entry when the slot still holds
 * the same value (identity as if the trace had not run), else makes the object as the runtime makes it (cached
 * small ints, bool singletons, None, floats bit for bit); range iterators are the frame's own objects, advanced by
 * as many steps as their native copies took.
 */
final class FrameGlue {
    private final TraceTranslator.Translation t;
    private final int[] loads;
    private final int[] storesOnly;
    private final RegisterFile rf;
    private final SlotTag[] entryTag;
    private final long[] entryBits;
    private final PyObject[] entryObject;
    // the range iterators unboxed on entry: object, its record in the register file, its length then
    private final PyRangeIterator[] iterators;
    private final long[] iteratorRecords;
    private final long[] iteratorLengths;
    private int iteratorCount;
    private int base;
    private int entrySp;

    FrameGlue(TraceTranslator.Translation t, int locals, int stackSize) {
        this.t = t;
        this.loads = t.loads().stream().toArray();
        java.util.BitSet only = (java.util.BitSet) t.stores().clone();
        only.andNot(t.loads());
        this.storesOnly = only.stream().toArray();
        this.rf = RegisterFile.allocate(Arena.ofAuto(), locals, stackSize, locals + stackSize);
        int slots = locals + stackSize;
        this.entryTag = new SlotTag[slots];
        this.entryBits = new long[slots];
        this.entryObject = new PyObject[slots];
        this.iterators = new PyRangeIterator[slots];
        this.iteratorRecords = new long[slots];
        this.iteratorLengths = new long[slots];
    }

    RegisterFile registers() {
        return rf;
    }

    /** Loads the frame's values into the register file; false (nothing to undo) if one has no unboxed form. */
    boolean unbox(TraceState st) {
        base = st.sp - t.stackReach();
        entrySp = st.sp;
        if (base < 0 || t.stackReach() > rf.stackSize()) {
            return false;
        }
        rf.forgetRangeIterators(); // every slot the trace reads is written below, the others are never read
        java.util.Arrays.fill(iterators, 0, iteratorCount, null);
        iteratorCount = 0;
        for (int i : loads) {
            if (!load(i, st.l[i])) {
                return false;
            }
        }
        for (int k = 0; k < t.stackReach(); k++) {
            if (!load(rf.stackSlot(k), st.s[base + k])) {
                return false;
            }
        }
        for (int i : storesOnly) {
            entryObject[i] = null;
            entryTag[i] = SlotTag.UNDEF;
            rf.set(i, SlotTag.UNDEF, 0);
        }
        for (int k = t.stackReach(); k < rf.stackSize(); k++) {
            entryTag[rf.stackSlot(k)] = null; // pushed by the trace: no object to keep
        }
        rf.setDepth(t.stackReach());
        rf.setIp(st.f.lasti);
        rf.clearBreakRequest();
        return true;
    }

    private boolean load(int slot, PyObject v) {
        entryObject[slot] = v;
        if (v instanceof PyRangeIterator it) {
            long record = record(it);
            rf.set(slot, SlotTag.RANGE_ITER, record);
            entryTag[slot] = SlotTag.RANGE_ITER;
            entryBits[slot] = record;
            return true;
        }
        if (!SlotBoxing.canUnbox(v)) {
            return false;
        }
        SlotBoxing.Unboxed u = SlotBoxing.unboxed(v);
        rf.set(slot, u.tag(), u.bits());
        entryTag[slot] = u.tag();
        entryBits[slot] = u.bits();
        return true;
    }

    /** The register-file record of a range iterator, one per iterator object however many slots hold it. */
    private long record(PyRangeIterator it) {
        for (int i = 0; i < iteratorCount; i++) {
            if (iterators[i] == it) {
                return iteratorRecords[i];
            }
        }
        long record = rf.newRangeIterator(it.peek(), it.step(), it.remaining());
        iterators[iteratorCount] = it;
        iteratorRecords[iteratorCount] = record;
        iteratorLengths[iteratorCount++] = it.remaining();
        return record;
    }

    /** Writes the register file's state back into the frame: locals, the reachable stack, {@code lasti}, {@code sp}. */
    void rebox(TraceState st) {
        for (int i : loads) {
            st.l[i] = object(i);
        }
        for (int i : storesOnly) {
            if (rf.tag(i) != SlotTag.UNDEF) {
                st.l[i] = object(i);
            }
        }
        int depth = (int) rf.depth();
        for (int k = 0; k < depth; k++) {
            st.s[base + k] = object(rf.stackSlot(k));
        }
        for (int k = base + depth; k < entrySp; k++) {
            st.s[k] = null;
        }
        for (int i = 0; i < iteratorCount; i++) {
            long now = rf.rangeLength(iteratorRecords[i]);
            iterators[i].advance(iteratorLengths[i] - now);
            iteratorLengths[i] = now;
        }
        st.sp = base + depth;
        entrySp = st.sp;
        st.f.lasti = (int) rf.ip();
    }

    private PyObject object(int slot) {
        SlotTag tag = rf.tag(slot);
        long bits = rf.bits(slot);
        if (tag == entryTag[slot] && bits == entryBits[slot] && tag != SlotTag.RANGE_ITER) {
            return entryObject[slot];
        }
        if (tag == SlotTag.RANGE_ITER) {
            for (int i = 0; i < iteratorCount; i++) {
                if (iteratorRecords[i] == bits) {
                    return iterators[i];
                }
            }
            throw new IllegalStateException("range iterator record " + bits + " was not unboxed on entry");
        }
        return SlotBoxing.box(tag, bits);
    }
}
