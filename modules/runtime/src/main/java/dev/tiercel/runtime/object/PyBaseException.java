package dev.tiercel.runtime.object;

import java.util.Map;

/** An instance of {@code BaseException} or any subclass, builtin or defined in Python. */
public class PyBaseException extends PyObject {
    private PyType type;
    public PyTuple args;
    private Map<String, PyObject> dict;
    /** The traceback, innermost entry last: each frame the exception passed through. */
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null) {
            dict = new AttrMap(new PyDict());
        }
        return dict;
    }

    /** Whether this exception is an instance of {@code t}. */
    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** Wraps this exception to be thrown through Java code. */
    public PyException toJava() {
        return new PyException(this);
    }

    /** {@code str(e)}: the single argument's str, the args tuple's repr, or empty. */
    public String message() {
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            return Ops.str(args.get(0));
        }
        return Ops.repr(args);
    }
}
