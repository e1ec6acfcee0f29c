package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code open()}: whole-file buffered text and binary files. */
public final class PyFile extends PyObject {
    static final PyType TEXT = new PyType("TextIOWrapper", PyTypes.OBJECT);
    static final PyType BINARY = new PyType("BufferedReader", PyTypes.OBJECT);

    private final String name;
    private final String mode;
    private final boolean binary;
    private final boolean writing;
    private final Path path;
    private String text;
    private byte[] bytes;
    private int pos;
    private final StringBuilder out = new StringBuilder();
    private java.io.ByteArrayOutputStream outBytes;
    private boolean closed;

    private PyFile(String name, String mode) {
        this.name = name;
        this.mode = mode;
        this.binary = mode.contains("b");
        this.writing = mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+");
        this.path = dev.tiercel.runtime.object.Py.path(name);
    }

    @Override
    public PyType type() {
        return binary ? BINARY : TEXT;
    }

    static PyException osError(IOException e, String name) {
        PyType t = e instanceof NoSuchFileException ? PyExc.FileNotFoundError
                : e instanceof AccessDeniedException ? PyExc.PermissionError
                : e instanceof FileAlreadyExistsException ? PyExc.FileExistsError
                : e instanceof java.nio.file.DirectoryNotEmptyException ? PyExc.OSError : PyExc.OSError;
        int errno = t == PyExc.FileNotFoundError ? 2 : t == PyExc.PermissionError ? 13 : t == PyExc.FileExistsError
                ? 17 : 5;
        String strerror = t == PyExc.FileNotFoundError ? "No such file or directory" : t == PyExc.PermissionError
                ? "Permission denied" : t == PyExc.FileExistsError ? "File exists" : "Input/output error";
        if (Files.isDirectory(dev.tiercel.runtime.object.Py.path(name)) && t == PyExc.OSError) {
            t = PyExc.IsADirectoryError;
            errno = 21;
            strerror = "Is a directory";
        }
        PyBaseException x = new PyBaseException(t, PyTuple.of(PyInt.of(errno), PyStr.of(strerror)));
        x.instanceDict().put("errno", PyInt.of(errno));
        x.instanceDict().put("strerror", PyStr.of(strerror));
        x.instanceDict().put("filename", PyStr.of(name));
        return new PyException(x);
    }

    /** {@code open(file, mode='r', ...)}. */
    static PyObject open(PyObject[] a, String[] k) {
        int n = Args.npos(a, k);
        String name = Ops.str(n > 0 ? a[0] : Args.kw(a, k, "file"));
        PyObject m = n > 1 ? a[1] : Args.kw(a, k, "mode");
        String mode = m == null ? "r" : Ops.str(m);
        PyFile f = new PyFile(name, mode);
        try {
            if (mode.contains("r")) {
                if (Files.isDirectory(f.path)) {
                    throw new IOException("dir");
                }
                byte[] data = Files.readAllBytes(f.path);
                if (f.binary) {
                    f.bytes = data;
                } else {
                    f.text = new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
                }
                if (mode.contains("+")) {
                    f.out.append(f.text == null ? "" : f.text);
                }
            } else if (mode.contains("w")) {
                Files.write(f.path, new byte[0]);
            } else if (mode.contains("x")) {
                Files.write(f.path, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else if (mode.contains("a")) {
                if (!Files.exists(f.path)) {
                    Files.write(f.path, new byte[0]);
                }
            }
        } catch (IOException e) {
            throw osError(e, name);
        }
        if (f.binary) {
            f.outBytes = new java.io.ByteArrayOutputStream();
        }
        return f;
    }

    private void check() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    private PyObject read(long size) {
        check();
        if (binary) {
            int end = size < 0 ? bytes.length : (int) Math.min(bytes.length, pos + size);
            byte[] r = java.util.Arrays.copyOfRange(bytes, pos, end);
            pos = end;
            return new PyBytes(r);
        }
        if (text == null) {
            throw PyErr.of(PyExc.OSError, "not readable");
        }
        int end = size < 0 ? text.length() : (int) Math.min(text.length(), pos + size);
        String r = text.substring(pos, end);
        pos = end;
        return PyStr.of(r);
    }

    private String readline() {
        check();
        if (text == null) {
            throw PyErr.of(PyExc.OSError, "not readable");
        }
        if (pos >= text.length()) {
            return "";
        }
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl + 1;
        String r = text.substring(pos, end);
        pos = end;
        return r;
    }

    private void flush() {
        try {
            if (binary && outBytes != null && outBytes.size() > 0) {
                Files.write(path, outBytes.toByteArray(), StandardOpenOption.APPEND);
                outBytes.reset();
            } else if (!binary && out.length() > 0 && !mode.contains("r")) {
                Files.writeString(path, out, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                out.setLength(0);
            } else if (!binary && mode.contains("r+")) {
                Files.writeString(path, out, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw osError(e, name);
        }
    }

    /** The byte offset of the stream position (text files: CPython's cookie for a UTF-8 file read from its start). */
    private long tell() {
        check();
        if (text != null || bytes != null) {
            return binary ? pos : text.substring(0, pos).getBytes(StandardCharsets.UTF_8).length;
        }
        flush(); // writing: everything written so far is in the file and the position is its end
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw osError(e, name);
        }
    }

    /** Reading files move to {@code offset} bytes from the start, the current position or the end. */
    private long seek(long offset, int whence) {
        check();
        if (text == null && bytes == null) {
            if (whence == 0 && offset != tell() || whence != 0 && offset != 0) {
                throw PyErr.of(PyExc.OSError, "seek of a file opened for writing moves only to its end");
            }
            return tell();
        }
        long base = whence == 0 ? 0 : whence == 1 ? tell() : binary ? bytes.length
                : text.getBytes(StandardCharsets.UTF_8).length;
        long target = Math.max(0, base + offset);
        if (binary) {
            pos = (int) Math.min(target, bytes.length);
        } else {
            int chars = 0;
            long seen = 0;
            while (chars < text.length() && seen < target) {
                int cp = text.codePointAt(chars);
                seen += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                chars += Character.charCount(cp);
            }
            pos = chars;
        }
        return tell();
    }

    private static PyFile self(PyObject o) {
        return (PyFile) o;
    }

    static void install() {
        for (PyType t : new PyType[] {TEXT, BINARY}) {
            Reg.method(t, "read", 0, 1, (a, k) -> self(a[0]).read(a.length > 1 && a[1] != PyNone.INSTANCE
                    ? Ops.index(a[1]) : -1));
            Reg.method(t, "readline", 0, 1, (a, k) -> PyStr.of(self(a[0]).readline()));
            Reg.method(t, "readlines", 0, 1, (a, k) -> {
                PyList l = new PyList();
                for (String s = self(a[0]).readline(); !s.isEmpty(); s = self(a[0]).readline()) {
                    l.append(PyStr.of(s));
                }
                return l;
            });
            Reg.method(t, "write", 1, 1, (a, k) -> {
                PyFile f = self(a[0]);
                f.check();
                if (!f.writing) {
                    throw PyErr.of(PyExc.OSError, "not writable");
                }
                if (f.binary) {
                    byte[] b = ((PyBytes) a[1]).toByteArray();
                    f.outBytes.write(b, 0, b.length);
                    return PyInt.of(b.length);
                }
                String s = Ops.asString(a[1], "write() argument");
                f.out.append(s);
                if (f.out.length() > 1 << 16) {
                    f.flush();
                }
                return PyInt.of(((PyStr) a[1]).length());
            });
            Reg.method(t, "writelines", 1, 1, (a, k) -> {
                for (PyObject line : Ops.toArray(a[1])) {
                    self(a[0]).out.append(Ops.asString(line, "write() argument"));
                }
                return PyNone.INSTANCE;
            });
            Reg.method(t, "flush", 0, 0, (a, k) -> {
                self(a[0]).flush();
                return PyNone.INSTANCE;
            });
            Reg.method(t, "close", 0, 0, (a, k) -> {
                PyFile f = self(a[0]);
                if (!f.closed) {
                    f.flush();
                    f.closed = true;
                }
                return PyNone.INSTANCE;
            });
            Reg.method(t, "__enter__", 0, 0, (a, k) -> a[0]);
            Reg.methodKw(t, "__exit__", (a, k) -> {
                PyFile f = self(a[0]);
                if (!f.closed) {
                    f.flush();
                    f.closed = true;
                }
                return PyBool.FALSE;
            });
            Reg.method(t, "__iter__", 0, 0, (a, k) -> {
                PyFile f = self(a[0]);
                return new PyJavaIterator("TextIOWrapper", () -> {
                    String s = f.readline();
                    return s.isEmpty() ? null : PyStr.of(s);
                });
            });
            Reg.method(t, "__next__", 0, 0, (a, k) -> {
                String s = self(a[0]).readline();
                if (s.isEmpty()) {
                    throw PyErr.of(PyExc.StopIteration);
                }
                return PyStr.of(s);
            });
            Reg.method(t, "tell", 0, 0, (a, k) -> PyInt.of(self(a[0]).tell()));
            Reg.method(t, "seek", 1, 2, (a, k) -> PyInt.of(self(a[0]).seek(Ops.index(a[1]),
                    a.length > 2 ? (int) Ops.index(a[2]) : 0)));
            Reg.method(t, "seekable", 0, 0, (a, k) -> PyBool.TRUE);
            Reg.method(t, "readable", 0, 0, (a, k) -> PyBool.of(self(a[0]).text != null || self(a[0]).bytes != null));
            Reg.method(t, "writable", 0, 0, (a, k) -> PyBool.of(self(a[0]).writing));
            Reg.getter(t, "closed", o -> PyBool.of(self(o).closed));
            Reg.getter(t, "name", o -> PyStr.of(self(o).name));
            Reg.getter(t, "mode", o -> PyStr.of(self(o).mode));
        }
    }
}
