package dev.tiercel.runtime.object;

/**
 * A function or method written in Java. Arguments arrive CPython-vectorcall style: positional values, then the
 * values of keyword arguments whose names are {@code kwnames} (null when there are none). A method descriptor
 * receives its {@code self} as {@code args[0]}.
 */
public final class PyBuiltinFunction extends PyObject {

    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    /** A one-argument entry (CPython's {@code METH_O} function), called without an argument array. */
    @FunctionalInterface
    public interface One {
        PyObject call(PyObject arg);
    }

    /** CPython's calling conventions ({@code ml_flags}), which tier 1's {@code CALL} specializations key on. */
    public static final int METH_VARARGS = 0x1, METH_KEYWORDS = 0x2, METH_NOARGS = 0x4, METH_O = 0x8,
            METH_FASTCALL = 0x80;

    public final String name;
    public final Body body;
    /** True when defined in a type: attribute access binds it to the instance. */
    public final boolean isMethod;
    /** Where it lives, for repr: a type name or module name, or null. */
    public final String owner;
    /**
     * How it takes its arguments, counting a method's {@code self}: {@code METH_NOARGS} (self only), {@code METH_O}
     * (one, or self and one), {@code METH_FASTCALL} (positional only), or {@code METH_FASTCALL | METH_KEYWORDS}
     * (anything; what a body that checks its own arguments is registered as).
     */
    public final int flags;
    /**
     * For {@code METH_NOARGS} and {@code METH_O}: the body without its argument-count check, for a caller that
     * passes exactly that many positional arguments; null otherwise.
     */
    public final Body unchecked;
    /** For a {@code METH_O} function: its entry without an argument array; null otherwise. */
    public final One one;
    /**
     * The module a module-level function was defined in ({@code __self__}; its name is {@code __module__}), set
     * once, when that module is created ({@link #claimAll}); null for methods and functions of no module.
     */
    private PyModule module;

    public PyBuiltinFunction(String name, Body body, boolean isMethod, String owner) {
        this(name, body, isMethod, owner, METH_FASTCALL | METH_KEYWORDS, null, null);
    }

    public PyBuiltinFunction(String name, Body body, boolean isMethod, String owner, int flags, Body unchecked,
            One one) {
        this.name = name;
        this.body = body;
        this.isMethod = isMethod;
        this.owner = owner;
        this.flags = flags;
        this.unchecked = unchecked;
        this.one = one;
    }

    /** A {@code METH_O} function of a module: {@code one} takes the argument, the body checks there is one. */
    public static PyBuiltinFunction o(String name, String owner, One one) {
        return new PyBuiltinFunction(name, (a, k) -> {
            Args.check(name, a, k, 1, 1);
            return one.call(a[0]);
        }, false, owner, METH_O, (a, k) -> one.call(a[0]), one);
    }

    public PyModule module() {
        return module;
    }

    /**
     * Makes {@code m} the module of every function in its namespace that has none yet: CPython's module functions
     * carry the module that defined them, and one re-exported by another module keeps its first.
     */
    public static void claimAll(PyModule m) {
        PyDict d = m.dict();
        for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
            if (d.valueAt(p) instanceof PyBuiltinFunction f && !f.isMethod && f.module == null) {
                f.module = m;
            }
        }
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public PyType type() {
        return PyTypes.BUILTIN_FUNCTION;
    }
}
