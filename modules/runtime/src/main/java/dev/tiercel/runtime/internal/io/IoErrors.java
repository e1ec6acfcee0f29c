package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The exceptions file objects raise, with CPython's classes and messages. */
final class IoErrors {
    private IoErrors() {}

    static PyException closed() {
        return PyErr.valueError("I/O operation on closed file.");
    }

    /** {@code io.UnsupportedOperation}: an OSError and a ValueError at once. */
    static PyException unsupported(String msg) {
        return new PyException(new PyBaseException(IoTypes.UNSUPPORTED, PyTuple.of(PyStr.of(msg))));
    }

    /** OSError(errno, strerror[, filename]): OSError's constructor picks the subclass from the errno. */
    static PyException os(int errno, String strerror, PyObject filename) {
        PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), filename};
        return new PyException((PyBaseException) Ops.call(PyExc.OSError, args));
    }

    static PyException of(IOException e, PyObject filename) {
        if (e instanceof NoSuchFileException) {
            return os(2, "No such file or directory", filename);
        }
        if (e instanceof AccessDeniedException) {
            return os(13, "Permission denied", filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return os(17, "File exists", filename);
        }
        if (e instanceof NotDirectoryException) {
            return os(20, "Not a directory", filename);
        }
        if (e instanceof ChannelRaw.InvalidSeek) {
            return os(22, "Invalid argument", null);
        }
        String reason = e instanceof FileSystemException fe ? fe.getReason() : e.getMessage();
        if (reason != null && reason.contains("Is a directory")) {
            return os(21, "Is a directory", filename);
        }
        if (reason != null && reason.contains("Not a directory")) {
            return os(20, "Not a directory", filename);
        }
        return os(5, "Input/output error", filename);
    }

    /** A Java failure during a read or write: the OSError, without a file name as CPython reports them. */
    static PyException of(IOException e) {
        return of(e, null);
    }
}
