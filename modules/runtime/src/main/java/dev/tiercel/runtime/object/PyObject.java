package dev.tiercel.runtime.object;

import java.util.Map;

/** Every Python value. Behaviour lives in the type objects and {@link Ops}, not here. */
public abstract class PyObject {

    /** The value's Python type. */
    public abstract PyType type();

    /** The instance's {@code __dict__} as a Java map of attribute names, or null when it has none. */
    public Map<String, PyObject> instanceDict() {
        return null;
    }

    @Override
    public String toString() {
        return Ops.str(this);
    }
}
