package dev.tiercel.runtime.object;

import java.util.Map;

/** An instance of a class defined in Python (deriving from {@code object} only). */
public class PyInstance extends PyObject {
    private PyType type;
    private Map<String, PyObject> dict;
    /** Values of {@code __slots__} members, by layout index; null entries are unset. */
    public final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict ? new AttrMap(new PyDict()) : null;
        this.slots = type.slots.length == 0 ? null : new PyObject[type.slots.length];
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType t) {
        this.type = t;
    }

    /** {@code obj.__dict__ = d}: the instance's attributes become {@code d}'s (live). */
    public void replaceDict(PyDict d) {
        this.dict = new AttrMap(d);
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        return dict;
    }
}
