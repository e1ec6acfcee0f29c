package dev.tiercel.stdlib.accel.json;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;

/** The errors the scanner raises: {@code json.decoder.JSONDecodeError}, StopIteration and RecursionError. */
final class Errors {
    private Errors() {}

    /** {@code JSONDecodeError(msg, doc, pos)}, the class taken from {@code json.decoder} as CPython's C code does. */
    static PyException decodeError(String msg, PyStr doc, int pos) {
        PyObject module = Py.importer().importName("json.decoder", new PyDict(),
                PyTuple.of(PyStr.of("JSONDecodeError")), 0);
        PyObject cls = Ops.getattr(module, "JSONDecodeError");
        PyObject exc = Ops.call(cls, PyStr.of(msg), doc, PyInt.of(pos));
        return new PyException((PyBaseException) exc);
    }

    static PyException stop(int index) {
        return PyErr.stopIteration(PyInt.of(index));
    }

    /** Counts one level of nesting against the recursion limit, with CPython's message. */
    static void enter(String while_) {
        try {
            Py.enter();
        } catch (PyException e) {
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded" + while_);
        }
    }
}
