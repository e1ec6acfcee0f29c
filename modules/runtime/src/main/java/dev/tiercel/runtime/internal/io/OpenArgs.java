package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;

/** open()'s arguments, bound by position or keyword and checked with CPython's messages. */
final class OpenArgs {
    private static final String[] NAMES = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
        "opener"};

    PyObject file;
    String mode = "r";
    long buffering = -1;
    String encoding;
    String errors;
    String newline;
    boolean closefd = true;
    PyObject opener;

    boolean creating, reading, writing, appending, updating, text, binary;

    static OpenArgs bind(PyObject[] a, String[] k) {
        PyObject[] v = new PyObject[NAMES.length];
        int n = Args.npos(a, k);
        if (n > NAMES.length) {
            throw PyErr.typeError("open() takes at most 8 arguments (" + n + " given)");
        }
        System.arraycopy(a, 0, v, 0, n);
        for (int i = 0; k != null && i < k.length; i++) {
            int at = java.util.Arrays.asList(NAMES).indexOf(k[i]);
            if (at < 0) {
                throw PyErr.typeError("open() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (v[at] != null) {
                throw PyErr.typeError("argument for open() given by name ('" + k[i] + "') and position ("
                        + (at + 1) + ")");
            }
            v[at] = a[n + i];
        }
        if (v[0] == null) {
            throw PyErr.typeError("open() missing required argument 'file' (pos 1)");
        }
        OpenArgs o = new OpenArgs();
        o.file = v[0];
        if (v[1] != null) {
            if (!(v[1] instanceof PyStr s)) {
                throw PyErr.typeError("open() argument 'mode' must be str, not " + v[1].type().name());
            }
            o.mode = s.value;
        }
        o.buffering = v[2] == null ? -1 : Ops.index(v[2]);
        o.encoding = optionalStr(v[3], "encoding");
        o.errors = optionalStr(v[4], "errors");
        o.newline = optionalStr(v[5], "newline");
        o.closefd = v[6] == null || Ops.isTrue(v[6]);
        o.opener = v[7] == null || v[7] == PyNone.INSTANCE ? null : v[7];
        o.parseMode();
        return o;
    }

    /** The mode flags of a FileIO mode, already checked. */
    static OpenArgs forMode(String mode) {
        OpenArgs o = new OpenArgs();
        o.mode = mode;
        o.parseMode();
        return o;
    }

    private static String optionalStr(PyObject v, String name) {
        if (v == null || v == PyNone.INSTANCE) {
            return null;
        }
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("open() argument '" + name + "' must be str or None, not " + v.type().name());
        }
        return s.value;
    }

    private void parseMode() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("axrwb+t".indexOf(c) < 0 || !seen.add(c)) {
                throw PyErr.valueError("invalid mode: " + Ops.repr(PyStr.of(mode)));
            }
        }
        creating = seen.contains('x');
        reading = seen.contains('r');
        writing = seen.contains('w');
        appending = seen.contains('a');
        updating = seen.contains('+');
        text = seen.contains('t');
        binary = seen.contains('b');
        if (text && binary) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary && encoding != null) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyErr.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
    }

    /** The mode FileIO reports ('w+' is 'rb+'). */
    String rawMode() {
        String plus = updating ? "+" : "";
        if (creating) {
            return "xb" + plus;
        }
        if (appending) {
            return "ab" + plus;
        }
        return updating ? "rb+" : reading ? "rb" : "wb";
    }

    /** The os.open flags of the mode (Linux values). */
    int flags() {
        int access = updating ? 2 : reading ? 0 : 1;
        int f = access;
        if (creating) {
            f |= 0100 | 0200;
        } else if (writing) {
            f |= 0100 | 01000;
        } else if (appending) {
            f |= 0100 | 02000;
        }
        return f | 02000000; // O_CLOEXEC, as CPython passes it
    }

    PyObject closefdObject() {
        return PyBool.of(closefd);
    }
}
