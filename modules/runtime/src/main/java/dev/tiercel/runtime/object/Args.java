package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;
import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a Python function's parameters, with CPython's error messages. */
public final class Args {
    private Args() {}

    public static void bind(PyFunction f, PyObject[] locals, PyObject[] args, int off, int nargs,
            String[] kwnames) {
        PyCode co = f.code;
        int argc = co.argcount;
        int kwonly = co.kwonlyargcount;
        boolean varargs = (co.flags & PyCode.CO_VARARGS) != 0;
        boolean varkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
        String[] names = co.localsplusnames;
        int total = argc + kwonly;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argc);
        System.arraycopy(args, off, locals, 0, n);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, nargs - argc)];
            if (rest.length > 0) {
                System.arraycopy(args, off + argc, rest, 0, rest.length);
            }
            locals[total] = PyTuple.wrap(rest);
        } else if (nargs > argc) {
            throw tooMany(f, nargs, kwnames, args, off);
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String kw = kwnames[k];
                PyObject v = args[off + nargs + k];
                int idx = -1;
                for (int j = co.posonlyargcount; j < total; j++) {
                    if (names[j].equals(kw)) {
                        idx = j;
                        break;
                    }
                }
                if (idx < 0) {
                    if (kwdict != null) {
                        kwdict.putStr(kw, v);
                        continue;
                    }
                    List<String> posonly = new ArrayList<>();
                    for (String name : kwnames) {
                        for (int j = 0; j < co.posonlyargcount; j++) {
                            if (names[j].equals(name)) {
                                posonly.add(name);
                            }
                        }
                    }
                    if (!posonly.isEmpty()) {
                        throw PyErr.typeError(f.qualname + "() got some positional-only arguments passed as keyword "
                                + "arguments: '" + String.join(", ", posonly) + "'");
                    }
                    throw PyErr.typeError(f.qualname + "() got an unexpected keyword argument '" + kw + "'");
                }
                if (locals[idx] != null) {
                    throw PyErr.typeError(f.qualname + "() got multiple values for argument '" + kw + "'");
                }
                locals[idx] = v;
            }
        }
        if (nargs < argc) {
            int ndef = f.defaults == null ? 0 : f.defaults.size();
            List<String> missing = new ArrayList<>();
            for (int j = nargs; j < argc; j++) {
                if (locals[j] == null) {
                    int d = j - (argc - ndef);
                    if (d >= 0) {
                        locals[j] = f.defaults.get(d);
                    } else {
                        missing.add(names[j]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(f, missing, "positional");
            }
        }
        if (kwonly > 0) {
            List<String> missing = new ArrayList<>();
            for (int j = argc; j < total; j++) {
                if (locals[j] == null) {
                    PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(names[j]);
                    if (d != null) {
                        locals[j] = d;
                    } else {
                        missing.add(names[j]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(f, missing, "keyword-only");
            }
        }
    }

    private static PyException missing(PyFunction f, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError(f.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static PyException tooMany(PyFunction f, int nargs, String[] kwnames, PyObject[] args, int off) {
        int argc = f.code.argcount;
        int ndef = f.defaults == null ? 0 : f.defaults.size();
        String takes;
        if (ndef > 0) {
            takes = "from " + (argc - ndef) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        return PyErr.typeError(f.qualname + "() takes " + takes + " but " + nargs + (nargs == 1 ? " was" : " were")
                + " given");
    }

    /** For Java builtins: fails unless there are between {@code min} and {@code max} positional arguments. */
    public static void check(String name, PyObject[] args, String[] kwnames, int min, int max) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        if (n < min || n > max) {
            if (min == max) {
                throw PyErr.typeError(name + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments")
                        + " (" + n + " given)");
            }
            if (n < min) {
                throw PyErr.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw PyErr.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /** The number of positional arguments. */
    public static int npos(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** The value of keyword argument {@code name}, or null. */
    public static PyObject kw(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Fails if any keyword is not in {@code allowed}. */
    public static void allowKw(String fname, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + k + "'");
        }
    }
}
