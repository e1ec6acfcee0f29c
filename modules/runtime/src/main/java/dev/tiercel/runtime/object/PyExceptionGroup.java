package dev.tiercel.runtime.object;

/** An instance of {@code BaseExceptionGroup} or a subclass: a message and a non-empty tuple of exceptions. */
public final class PyExceptionGroup extends PyBaseException {
    public PyObject message;
    public PyTuple exceptions;

    public PyExceptionGroup(PyType type, PyTuple args, PyObject message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }
}
