package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyObject;

/** Binds arguments to named parameters with Argument Clinic's messages (positional-or-keyword, then keyword-only). */
final class Bind {
    private Bind() {}

    /** The values of {@code names} then {@code kwOnly} (null when not given); the first {@code required} needed. */
    static PyObject[] args(String fname, PyObject[] a, String[] k, String[] names, int required, String... kwOnly) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        int total = names.length + kwOnly.length;
        if (a.length > total) {
            throw PyErr.typeError(fname + "() takes at most " + total + " argument" + (total == 1 ? "" : "s") + " ("
                    + a.length + " given)");
        }
        if (npos > names.length) {
            throw PyErr.typeError(fname + "() takes at most " + names.length + " positional argument"
                    + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[total];
        System.arraycopy(a, 0, out, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int slot = indexOf(names, kwOnly, k[i]);
            if (slot < 0) {
                throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (out[slot] != null) {
                throw PyErr.typeError("argument for " + fname + "() given by name ('" + k[i] + "') and position ("
                        + (slot + 1) + ")");
            }
            out[slot] = a[npos + i];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String[] kwOnly, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < kwOnly.length; i++) {
            if (kwOnly[i].equals(name)) {
                return names.length + i;
            }
        }
        return -1;
    }
}
