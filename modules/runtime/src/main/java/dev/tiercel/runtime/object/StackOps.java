package dev.tiercel.runtime.object;

/**
 * Instruction semantics over an explicit value stack, shared by tier 1's dispatch loop and tier 2's uops so
 * both compute exactly the same thing. Each takes the stack and its pointer and returns the new pointer.
 */
public final class StackOps {
    private StackOps() {}

    /** {@code BUILD_TUPLE n}: the top {@code n} items become one tuple. */
    public static int buildTuple(PyObject[] stack, int sp, int n) {
        int base = sp - n;
        PyObject[] items = new PyObject[n];
        System.arraycopy(stack, base, items, 0, n);
        java.util.Arrays.fill(stack, base, sp, null);
        stack[base] = PyTuple.wrap(items);
        return base + 1;
    }

    /** {@code BUILD_LIST n}: the top {@code n} items become one list (with room to grow). */
    public static int buildList(PyObject[] stack, int sp, int n) {
        int base = sp - n;
        PyObject[] items = new PyObject[Math.max(4, n)];
        System.arraycopy(stack, base, items, 0, n);
        java.util.Arrays.fill(stack, base, sp, null);
        stack[base] = new PyList(items, n);
        return base + 1;
    }
}
