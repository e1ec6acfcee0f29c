package dev.tiercel.stdlib.os;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/** Java I/O failures as the OSError CPython raises: errno, strerror and file names (OSError picks the subclass). */
final class OsErrors {
    private OsErrors() {}

    /** Linux errno values and their strerror texts, the ones file operations produce. */
    static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(1, "Operation not permitted"), Map.entry(2, "No such file or directory"),
            Map.entry(5, "Input/output error"), Map.entry(9, "Bad file descriptor"),
            Map.entry(13, "Permission denied"), Map.entry(17, "File exists"),
            Map.entry(18, "Invalid cross-device link"), Map.entry(20, "Not a directory"),
            Map.entry(21, "Is a directory"), Map.entry(22, "Invalid argument"),
            Map.entry(25, "Inappropriate ioctl for device"), Map.entry(28, "No space left on device"),
            Map.entry(30, "Read-only file system"), Map.entry(36, "File name too long"),
            Map.entry(39, "Directory not empty"), Map.entry(40, "Too many levels of symbolic links"));

    static PyException error(int errno, String file, String file2) {
        String msg = MESSAGES.getOrDefault(errno, "Unknown error " + errno);
        PyObject[] args = file == null ? new PyObject[] {PyInt.of(errno), PyStr.of(msg)}
                : file2 == null ? new PyObject[] {PyInt.of(errno), PyStr.of(msg), PyStr.of(file)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(msg), PyStr.of(file), PyInt.of(0), PyStr.of(file2)};
        PyObject exc = Ops.call(PyExc.OSError, args);
        return new PyException((dev.tiercel.runtime.object.PyBaseException) exc);
    }

    static PyException of(IOException e, String file) {
        return of(e, file, null);
    }

    static PyException of(IOException e, String file, String file2) {
        return error(errno(e), file, file2);
    }

    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return 2;
        }
        if (e instanceof FileAlreadyExistsException) {
            return 17;
        }
        if (e instanceof AccessDeniedException) {
            return 13;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return 39;
        }
        if (e instanceof NotDirectoryException) {
            return 20;
        }
        if (e instanceof NotLinkException) {
            return 22;
        }
        if (e instanceof FileSystemLoopException) {
            return 40;
        }
        if (e instanceof FileSystemException fe && fe.getReason() != null) {
            for (Map.Entry<Integer, String> m : MESSAGES.entrySet()) {
                if (fe.getReason().contains(m.getValue())) {
                    return m.getKey();
                }
            }
        }
        return 5;
    }
}
