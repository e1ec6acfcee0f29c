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

    public final String name;
    public final Body body;
    /** True when defined in a type: attribute access binds it to the instance. */
    public final boolean isMethod;
    /** Where it lives, for repr: a type name or module name, or null. */
    public final String owner;

    public PyBuiltinFunction(String name, Body body, boolean isMethod, String owner) {
        this.name = name;
        this.body = body;
        this.isMethod = isMethod;
        this.owner = owner;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public PyType type() {
        return PyTypes.BUILTIN_FUNCTION;
    }
}
