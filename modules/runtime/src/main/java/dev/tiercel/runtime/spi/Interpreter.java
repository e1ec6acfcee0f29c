package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyObject;

/**
 * The tier-1 interpreter: runs code objects. The runtime calls it for module bodies, {@code exec}/{@code eval}
 * and every call of a Python function made from Java (builtins calling back into Python).
 */
public interface Interpreter extends TierInfo {

    /** Runs {@code code} with the given namespaces and returns what it returned. */
    PyObject execute(PyCode code, PyDict globals, PyObject locals);

    /**
     * Runs (or resumes) {@code frame} until it returns or, for a generator frame, yields ({@link PyFrame#yielded}
     * is then set). Python calls made inside run in the same dispatch loop.
     */
    PyObject run(PyFrame frame);

    /** Gives the interpreter the trace optimizer to hand hot loops to; never called when none is found. */
    default void attachOptimizer(TraceOptimizer optimizer) {}
}
