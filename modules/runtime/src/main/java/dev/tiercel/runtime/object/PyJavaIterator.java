package dev.tiercel.runtime.object;

import java.util.function.Supplier;

/** A builtin iterator whose steps are a Java supplier returning null at the end. */
public final class PyJavaIterator extends PyIterator {
    private final String name;
    private Supplier<PyObject> step;

    public PyJavaIterator(String name, Supplier<PyObject> step) {
        this.name = name;
        this.step = step;
    }

    @Override
    public PyObject next() {
        if (step == null) {
            return null;
        }
        PyObject v = step.get();
        if (v == null) {
            step = null;
        }
        return v;
    }

    @Override
    protected String typeName() {
        return name;
    }
}
