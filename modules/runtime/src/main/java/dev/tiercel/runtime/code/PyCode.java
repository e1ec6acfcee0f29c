package dev.tiercel.runtime.code;

import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * A code object with CPython 3.13's layout: 16-bit code units (opcode byte, oparg byte, then the instruction's
 * inline-cache entries), constants, names, the "locals plus" table (locals, cells, free variables), the
 * exception table and the location table, both in CPython's encodings.
 *
 * <p>{@link #code} is the instructions as the compiler emitted them; tier 1 specializes a per-code copy
 * ({@link #adaptive}) in place, so {@code dis} can show either.
 */
public final class PyCode extends PyObject {

    /** {@code co_flags} bits, as in CPython. */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
            CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200, CO_HAS_DOCSTRING = 0x4000000,
            CO_METHOD = 0x8000000;

    /** Kinds of entries in the locals-plus table ({@code co_localspluskinds}). */
    public static final byte CO_FAST_HIDDEN = 0x10, CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40,
            CO_FAST_FREE = (byte) 0x80;

    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    public final int flags;
    /** Instructions and inline caches as 16-bit units: {@code opcode | oparg << 8}. */
    public final short[] code;
    public final PyObject[] consts;
    public final String[] names;
    public final String[] localsplusnames;
    public final byte[] localspluskinds;
    public final String filename;
    public final String name;
    public final String qualname;
    public final int firstlineno;
    /** CPython 3.13's location table ({@code co_linetable}). */
    public final byte[] linetable;
    /** CPython 3.13's exception table ({@code co_exceptiontable}). */
    public final byte[] exceptiontable;

    /** The tier-1 working copy of {@link #code}, rewritten in place by specialization. */
    public final short[] adaptive;
    /** Per-code state owned by the interpreter tiers (counters, executors); null until first run. */
    public volatile Object tierState;
    /** The tier-2 executors installed in this code ({@code co_executors}), apart from tier 1's {@link #tierState}. */
    public volatile Object executors;

    public PyCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags, short[] code,
            PyObject[] consts, String[] names, String[] localsplusnames, byte[] localspluskinds, String filename,
            String name, String qualname, int firstlineno, byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = interned(names);
        this.localsplusnames = interned(localsplusnames);
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
        this.adaptive = code.clone();
    }

    /**
     * The same names, each the JVM's one copy of its text, as CPython interns identifiers: an attribute stored by one
     * function ({@code self.data = ...} in {@code __init__}) and read by another then matches its dict key by identity
     * instead of comparing characters (bench/richards_like spent 5% of its time in {@code String.equals}).
     */
    private static String[] interned(String[] names) {
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
        }
        return names;
    }

    /** Number of entries in the locals-plus table (the frame's fast locals). */
    public int nlocalsplus() {
        return localsplusnames.length;
    }

    /** {@code co_varnames}: the plain locals, arguments first. */
    public String[] varnames() {
        return select(CO_FAST_LOCAL);
    }

    /** {@code co_cellvars}. */
    public String[] cellvars() {
        return select(CO_FAST_CELL);
    }

    /** {@code co_freevars}. */
    public String[] freevars() {
        return select(CO_FAST_FREE);
    }

    private String[] select(int kind) {
        int n = 0;
        for (byte k : localspluskinds) {
            if ((k & kind) != 0) {
                n++;
            }
        }
        String[] out = new String[n];
        int j = 0;
        for (int i = 0; i < localspluskinds.length; i++) {
            if ((localspluskinds[i] & kind) != 0) {
                out[j++] = localsplusnames[i];
            }
        }
        return out;
    }

    @Override
    public PyType type() {
        return PyTypes.CODE;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
