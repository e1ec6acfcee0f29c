package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyObject;
import java.util.HashMap;
import java.util.Map;

/** A file object of the runtime: FileIO, a buffered file or a TextIOWrapper; instances take attributes, as CPython's do. */
abstract class IoObject extends PyObject {
    private Map<String, PyObject> dict;

    abstract boolean isClosed();

    /** One line ('' or b'' at the end), for iteration. */
    abstract PyObject readline(long limit);

    abstract void close();

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null) {
            dict = new HashMap<>();
        }
        return dict;
    }
}
