package dev.tiercel.runtime.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Exception groups: construction, {@code split}/{@code subgroup}, and what {@code except*} needs. */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)}, choosing ExceptionGroup as CPython does. */
    public static PyObject make(PyType cls, PyObject[] args, String[] kwnames) {
        int n = Args.npos(args, kwnames);
        String who = "BaseExceptionGroup.__new__()";
        if (n != 2) {
            throw PyErr.typeError(n < 2 ? who.replace("()", "") + " expected 2 arguments, got " + n
                    : who + " takes exactly 2 arguments (" + n + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError(who + " argument 1 must be str, not " + args[0].type().name());
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple
                || (seq.type().lookup("__getitem__") != null && !(seq instanceof PyDict)))) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.wrap(Ops.toArray(seq));
        if (excs.size() == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.size(); i++) {
            if (!(excs.get(i) instanceof PyBaseException e)) {
                throw PyErr.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            nestedBase |= !e.isInstance(PyExc.Exception);
        }
        PyType t = cls;
        if (cls == PyExc.ExceptionGroup) {
            if (nestedBase) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == PyExc.BaseExceptionGroup) {
            if (!nestedBase) {
                t = PyExc.ExceptionGroup;
            }
        } else if (nestedBase && cls.isSubtypeOf(PyExc.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        return new PyExceptionGroup(t, PyTuple.of(args[0], args[1]), args[0], excs);
    }

    /** A new group made by {@code BaseExceptionGroup(message, excs)}. */
    public static PyExceptionGroup create(String message, PyObject excs) {
        return (PyExceptionGroup) make(PyExc.BaseExceptionGroup, new PyObject[] {PyStr.of(message), excs}, null);
    }

    /** {@code str(group)}: the message and the number of sub-exceptions. */
    public static String str(PyExceptionGroup g) {
        int n = g.exceptions.size();
        return Ops.str(g.message) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** The condition of split()/subgroup(): a class, a tuple of classes, or a predicate. */
    public static Predicate<PyBaseException> condition(PyObject cond) {
        if (isExceptionClassOrTuple(cond)) {
            return e -> matchesType(e, cond);
        }
        if (!(cond instanceof PyType) && isCallable(cond)) {
            return e -> Ops.isTrue(Ops.call(cond, e));
        }
        throw PyErr.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod
                || o.type().lookup("__call__") != null;
    }

    private static boolean isExceptionClassOrTuple(PyObject o) {
        if (o instanceof PyType t) {
            return t.isSubtypeOf(PyExc.BaseException);
        }
        if (o instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                if (!(x instanceof PyType t && t.isSubtypeOf(PyExc.BaseException))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Exception matching by class (no {@code __instancecheck__}), as {@code except} does. */
    public static boolean matchesType(PyBaseException e, PyObject cls) {
        if (cls instanceof PyType t) {
            return e.isInstance(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (matchesType(e, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code (match, rest)} of splitting {@code e}; each null when empty. */
    public record Split(PyBaseException match, PyBaseException rest) {}

    public static Split split(PyBaseException e, Predicate<PyBaseException> cond, boolean withRest) {
        if (cond.test(e)) {
            return new Split(e, null);
        }
        if (!(e instanceof PyExceptionGroup g)) {
            return new Split(null, withRest ? e : null);
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject x : g.exceptions.items) {
            Split s = split((PyBaseException) x, cond, withRest);
            if (s.match != null) {
                matched.add(s.match);
            }
            if (s.rest != null) {
                rest.add(s.rest);
            }
        }
        return new Split(subset(g, matched), withRest ? subset(g, rest) : null);
    }

    /** A group derived from {@code orig} holding {@code excs}, with orig's traceback, cause, context and notes. */
    private static PyBaseException subset(PyExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject derived = Ops.invoke(orig, "derive", PyList.of(excs.toArray(new PyObject[0])));
        if (!(derived instanceof PyExceptionGroup g)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        g.traceback = orig.traceback;
        g.context = orig.context;
        g.cause = orig.cause;
        g.suppressContext = orig.suppressContext;
        PyObject notes = orig.instanceDict().get("__notes__");
        if (notes != null) {
            g.instanceDict().put("__notes__", notes instanceof PyList || notes instanceof PyTuple
                    ? PyList.of(Ops.toArray(notes)) : notes);
        }
        return g;
    }

    /** except*'s check of its target: exception classes, but not exception groups. */
    public static void checkExceptStarType(PyObject type) {
        PyObject[] classes = type instanceof PyTuple t ? t.items : new PyObject[] {type};
        for (PyObject c : classes) {
            if (!(c instanceof PyType ct) || !ct.isSubtypeOf(PyExc.BaseException)) {
                throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (PyObject c : classes) {
            if (((PyType) c).isSubtypeOf(PyExc.BaseExceptionGroup)) {
                throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * CHECK_EG_MATCH: {@code {rest, match}} of the raised exception against an except* clause; a matching naked
     * exception is wrapped in {@code ExceptionGroup("", [exc])} with a traceback entry for {@code here}.
     */
    public static PyObject[] exceptStarMatch(PyObject excValue, PyObject type, PyTraceback here) {
        if (excValue == PyNone.INSTANCE) {
            return new PyObject[] {PyNone.INSTANCE, PyNone.INSTANCE};
        }
        PyBaseException exc = (PyBaseException) excValue;
        if (matchesType(exc, type)) {
            PyBaseException wrapped = exc;
            if (!(exc instanceof PyExceptionGroup)) {
                wrapped = create("", PyTuple.of(exc));
                wrapped.traceback = here;
            }
            return new PyObject[] {PyNone.INSTANCE, wrapped};
        }
        if (exc instanceof PyExceptionGroup) {
            PyObject pair = Ops.invoke(exc, "split", type);
            PyObject[] two = Ops.toArray(pair);
            return new PyObject[] {two[1], two[0]};
        }
        return new PyObject[] {exc, PyNone.INSTANCE};
    }

    /**
     * INTRINSIC_PREP_RERAISE_STAR: what leaves a try/except* statement. {@code raised} holds, per clause, what it
     * raised or re-raised (None when nothing) and finally the unhandled rest. Re-raised parts (same traceback,
     * cause, context and notes as their source) are cut out of {@code orig} so they keep its shape.
     */
    public static PyObject prepReraiseStar(PyObject orig, PyObject raised) {
        PyObject[] excs = Ops.toArray(raised);
        if (excs.length == 0) {
            return PyNone.INSTANCE;
        }
        if (!(orig instanceof PyExceptionGroup origGroup)) {
            return excs[0];
        }
        List<PyObject> raisedList = new ArrayList<>();
        List<PyBaseException> reraisedList = new ArrayList<>();
        for (PyObject e : excs) {
            if (e == PyNone.INSTANCE) {
                continue;
            }
            PyBaseException be = (PyBaseException) e;
            if (sameMetadata(be, origGroup)) {
                reraisedList.add(be);
            } else {
                raisedList.add(be);
            }
        }
        PyBaseException reraised = null;
        if (!reraisedList.isEmpty()) {
            Set<PyBaseException> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PyBaseException e : reraisedList) {
                collectLeaves(e, leaves);
            }
            reraised = split(origGroup, leaves::contains, false).match;
        }
        if (raisedList.isEmpty()) {
            return reraised == null ? PyNone.INSTANCE : reraised;
        }
        List<PyObject> keep = new ArrayList<>(raisedList);
        if (reraised != null) {
            keep.add(reraised);
        }
        return keep.size() == 1 ? keep.get(0) : create("", PyList.of(keep.toArray(new PyObject[0])));
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.instanceDict().get("__notes__") == b.instanceDict().get("__notes__") && a.traceback == b.traceback
                && a.cause == b.cause && a.context == b.context;
    }

    private static void collectLeaves(PyBaseException e, Set<PyBaseException> out) {
        if (e instanceof PyExceptionGroup g) {
            for (PyObject x : g.exceptions.items) {
                collectLeaves((PyBaseException) x, out);
            }
        } else {
            out.add(e);
        }
    }
}
