package dev.tiercel.runtime.object;

/** Every Python value. Behaviour lives in the type objects and the runtime's operations, not here. */
public abstract class PyObject {

    /** The value's Python type. */
    public abstract PyType type();
}
