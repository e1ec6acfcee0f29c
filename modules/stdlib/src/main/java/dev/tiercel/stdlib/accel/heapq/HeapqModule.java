package dev.tiercel.stdlib.accel.heapq;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.stdlib.accel.Natives;

/**
 * {@code _heapq}, the accelerator {@code heapq.py} imports when present (as CPython's C module): the heap functions
 * on the list's own storage. Comparisons are Python's {@code <}; a comparison that changes the list's size raises
 * {@code RuntimeError('list changed size during iteration')}, and sifting moves items by swapping so that a list
 * mutated by a comparison stays a permutation of what it held, as in CPython.
 */
public final class HeapqModule implements BuiltinModuleProvider {

    @Override
    public String moduleName() {
        return "_heapq";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_heapq");
        Natives.function(m, "heappush", (a, k) -> {
            Natives.expect("heappush", a, k, 2, 2);
            PyList heap = list(a[0], "heappush", "argument 1");
            heap.append(a[1]);
            Sift.down(heap, 0, heap.size - 1, false);
            return PyNone.INSTANCE;
        });
        Natives.function(m, "heappop", (a, k) -> pop(a, k, "heappop", false));
        Natives.function(m, "_heappop_max", (a, k) -> pop(a, k, "_heappop_max", true));
        Natives.function(m, "heapreplace", (a, k) -> replace(a, k, "heapreplace", false));
        Natives.function(m, "_heapreplace_max", (a, k) -> replace(a, k, "_heapreplace_max", true));
        Natives.function(m, "heappushpop", (a, k) -> {
            Natives.expect("heappushpop", a, k, 2, 2);
            PyList heap = list(a[0], "heappushpop", "argument 1");
            PyObject item = a[1];
            if (heap.size == 0 || !Ops.lessThan(heap.items[0], item)) {
                return item;
            }
            if (heap.size == 0) {
                throw PyErr.indexError("index out of range");
            }
            PyObject top = heap.items[0];
            heap.items[0] = item;
            Sift.up(heap, 0, false);
            return top;
        });
        Natives.function(m, "heapify", (a, k) -> heapify(a, k, "heapify", false));
        Natives.function(m, "_heapify_max", (a, k) -> heapify(a, k, "_heapify_max", true));
        return m;
    }

    private static PyList list(PyObject o, String fname, String which) {
        if (o instanceof PyList l) {
            return l;
        }
        throw PyErr.typeError(fname + "() " + which + " must be list, not "
                + (o == PyNone.INSTANCE ? "None" : o.type().name()));
    }

    private static PyObject pop(PyObject[] a, String[] k, String fname, boolean max) {
        Natives.exactlyOne("_heapq." + fname, a, k);
        PyList heap = list(a[0], fname, "argument");
        if (heap.size == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject last = heap.remove(heap.size - 1);
        if (heap.size == 0) {
            return last;
        }
        PyObject top = heap.items[0];
        heap.items[0] = last;
        Sift.up(heap, 0, max);
        return top;
    }

    private static PyObject replace(PyObject[] a, String[] k, String fname, boolean max) {
        Natives.expect(fname, a, k, 2, 2);
        PyList heap = list(a[0], fname, "argument 1");
        if (heap.size == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject top = heap.items[0];
        heap.items[0] = a[1];
        Sift.up(heap, 0, max);
        return top;
    }

    private static PyObject heapify(PyObject[] a, String[] k, String fname, boolean max) {
        Natives.exactlyOne("_heapq." + fname, a, k);
        PyList heap = list(a[0], fname, "argument");
        int n = heap.size;
        if (n > 2500) {
            cacheFriendlyHeapify(heap, max);
        } else {
            for (int i = (n >> 1) - 1; i >= 0; i--) {
                Sift.up(heap, i, max);
            }
        }
        return PyNone.INSTANCE;
    }

    /**
     * Large heaps are built subtree by subtree (CPython's order of sifts, so comparisons happen in the same order):
     * each node of the row above the leaves, then its ancestors while it is a left child.
     */
    private static void cacheFriendlyHeapify(PyList heap, boolean max) {
        int m = heap.size >> 1;
        int leftmost = Integer.highestOneBit(m + 1) - 1;
        int mhalf = m >> 1;
        for (int i = leftmost - 1; i >= mhalf; i--) {
            siftAncestors(heap, i, max);
        }
        for (int i = m - 1; i >= leftmost; i--) {
            siftAncestors(heap, i, max);
        }
    }

    private static void siftAncestors(PyList heap, int i, boolean max) {
        int j = i;
        while (true) {
            Sift.up(heap, j, max);
            if ((j & 1) == 0) {
                break;
            }
            j >>= 1;
        }
    }

    /** The two sift operations, for min-heaps and (with {@code max}) max-heaps. */
    static final class Sift {
        private Sift() {}

        private static boolean before(PyObject a, PyObject b, boolean max) {
            return max ? Ops.lessThan(b, a) : Ops.lessThan(a, b);
        }

        private static void checkSize(PyList heap, int size) {
            if (heap.size != size) {
                throw PyErr.of(PyExc.RuntimeError, "list changed size during iteration");
            }
        }

        /** Moves the item at {@code pos} towards {@code start} while it comes before its parent. */
        static void down(PyList heap, int start, int pos, boolean max) {
            int size = heap.size;
            if (pos >= size) {
                throw PyErr.indexError("list index out of range");
            }
            while (pos > start) {
                int parentPos = (pos - 1) >> 1;
                boolean less = before(heap.items[pos], heap.items[parentPos], max);
                checkSize(heap, size);
                if (!less) {
                    break;
                }
                PyObject[] arr = heap.items;
                PyObject parent = arr[parentPos];
                arr[parentPos] = arr[pos];
                arr[pos] = parent;
                pos = parentPos;
            }
        }

        /** Moves the smaller child up until {@code pos} reaches a leaf, then sifts the item there down. */
        static void up(PyList heap, int pos, boolean max) {
            int end = heap.size;
            int start = pos;
            if (pos >= end) {
                throw PyErr.indexError("list index out of range");
            }
            int limit = end >> 1;
            while (pos < limit) {
                int child = 2 * pos + 1;
                if (child + 1 < end) {
                    boolean leftFirst = before(heap.items[child], heap.items[child + 1], max);
                    if (!leftFirst) {
                        child++;
                    }
                    checkSize(heap, end);
                }
                PyObject[] arr = heap.items;
                PyObject tmp = arr[child];
                arr[child] = arr[pos];
                arr[pos] = tmp;
                pos = child;
            }
            down(heap, start, pos, max);
        }
    }
}
