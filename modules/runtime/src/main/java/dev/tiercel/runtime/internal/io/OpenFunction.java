package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/** The builtin {@code open()}: a FileIO, wrapped in a buffered file, wrapped in a TextIOWrapper, as the mode asks. */
public final class OpenFunction {
    private OpenFunction() {}

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    public static PyObject open(PyObject[] a, String[] k) {
        OpenFiles.closeDropped();
        OpenArgs o = OpenArgs.bind(a, k);
        FileIOObject raw = new FileIOObject(openRaw(o.file, o.rawMode(), o.flags(), o.closefd, o.opener,
                o.appending));
        try {
            PyObject f = wrap(o, raw);
            Buffered b = f instanceof BufferedObject bo ? bo.buf : f instanceof TextObject t
                    && t.bufferObject() instanceof BufferedObject bo ? bo.buf : null;
            OpenFiles.track(f, b, raw.file);
            return f;
        } catch (PyException e) {
            raw.file.closeQuietly();
            throw e;
        }
    }

    private static PyObject wrap(OpenArgs o, FileIOObject raw) {
        boolean lineBuffering = o.buffering == 1 || o.buffering < 0 && raw.file.raw.isatty();
        long size = o.buffering == 1 || o.buffering < 0 ? DEFAULT_BUFFER_SIZE : o.buffering;
        if (size == 0) {
            if (o.binary) {
                return raw;
            }
            throw PyErr.valueError("can't have unbuffered text I/O");
        }
        BufferedObject buffered = new BufferedObject(raw, (int) Math.min(size, 1 << 30));
        if (o.binary) {
            return buffered;
        }
        TextObject t = newText(buffered.buf, buffered, o.encoding, o.errors, o.newline, lineBuffering);
        t.mode = o.mode;
        return t;
    }

    /** A TextIOWrapper over a binary stream, checking the encoding and newline as CPython's constructor does. */
    static TextObject newText(ByteStream in, PyObject bufferObject, String encoding, String errors, String newline,
            boolean lineBuffering) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: " + newline);
        }
        String enc = encoding == null || encoding.equals("locale") ? "UTF-8" : encoding;
        return new TextObject(in, bufferObject, enc, errors == null ? "strict" : errors, newline, lineBuffering);
    }

    /** Opens the file: a path, through os.open when the os module is there (one descriptor table), or a descriptor. */
    static RawFile openRaw(PyObject file, String rawMode, int flags, boolean closefd, PyObject opener,
            boolean appending) {
        if (file instanceof PyInt || file instanceof PyBool) {
            long fd = Ops.index(file);
            if (fd < 0) {
                throw PyErr.valueError("negative file descriptor");
            }
            return new RawFile(descriptor((int) fd, rawMode.startsWith("a")), file, rawMode, closefd);
        }
        PyObject name = fspath(file);
        if (!closefd) {
            throw PyErr.valueError("Cannot use closefd=False with file name");
        }
        String path = name instanceof PyBytes b ? new String(b.toByteArray(), StandardCharsets.UTF_8)
                : ((PyStr) name).value;
        if (path.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        Raw raw;
        if (opener != null) {
            long fd = Ops.index(Ops.call(opener, name, PyInt.of(flags)));
            if (fd < 0) {
                throw PyErr.valueError("opener returned " + fd);
            }
            raw = descriptor((int) fd, appending);
        } else {
            raw = openPath(path, name, flags, appending);
        }
        RawFile f = new RawFile(raw, name, rawMode, true);
        if (appending) {
            f.seek(0, 2);
        }
        return f;
    }

    private static Raw openPath(String path, PyObject name, int flags, boolean appending) {
        OsFdRaw.OsFunctions os = osFunctions();
        if (path.isEmpty()) {
            throw IoErrors.os(2, "No such file or directory", name);
        }
        if (os == null) {
            return openChannel(path, name, flags, appending);
        }
        try {
            return new OsFdRaw(os, os.openPath(path, flags & ~02000000 & ~02000), appending);
        } catch (PyException e) {
            throw renamed(e, name);
        }
    }

    /** The os module's OSError, with the file name as the program gave it (bytes stay bytes). */
    private static PyException renamed(PyException e, PyObject name) {
        PyBaseException x = e.value;
        if (!x.isInstance(PyExc.OSError) || x.args.size() < 2 || !(x.args.get(0) instanceof PyInt errno)) {
            return e;
        }
        return IoErrors.os((int) errno.value, Ops.str(x.args.get(1)), name);
    }

    /** Without the os module (a runtime on its own): a FileChannel. */
    private static Raw openChannel(String path, PyObject name, int flags, boolean appending) {
        java.nio.file.Path p = Py.path(path);
        Set<OpenOption> opts = new HashSet<>();
        int access = flags & 3;
        if (access != 1) {
            opts.add(StandardOpenOption.READ);
        }
        if (access != 0) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & 0100) != 0) {
            opts.add((flags & 0200) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & 01000) != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (Files.isDirectory(p)) {
            throw IoErrors.os(21, "Is a directory", name);
        }
        try {
            return new ChannelRaw(FileChannel.open(p, opts), appending);
        } catch (IOException e) {
            throw IoErrors.of(e, name);
        }
    }

    private static Raw descriptor(int fd, boolean appending) {
        OsFdRaw.OsFunctions os = osFunctions();
        if (os == null) {
            throw IoErrors.os(9, "Bad file descriptor", null);
        }
        return new OsFdRaw(os, fd, appending);
    }

    /** {@code os.fspath(file)}: str and bytes as they are, else {@code __fspath__()}. */
    static PyObject fspath(PyObject file) {
        if (file instanceof PyStr || file instanceof PyBytes) {
            return file;
        }
        PyObject method = Ops.getattrOrNull(file.type(), "__fspath__");
        if (method == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + file.type().name());
        }
        PyObject r = Ops.invoke(file, "__fspath__");
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw PyErr.typeError("expected " + file.type().name() + ".__fspath__() to return str or bytes, not "
                    + r.type().name());
        }
        return r;
    }

    private static OsFdRaw.OsFunctions cachedOs;
    private static PyObject cachedModule;

    /** The _os module's descriptor functions, or null where the stdlib module is absent. */
    private static OsFdRaw.OsFunctions osFunctions() {
        PyObject m;
        try {
            m = Py.importer().importName("_os", new PyDict(), PyTuple.EMPTY, 0);
        } catch (PyException e) {
            return null;
        }
        if (m != cachedModule) {
            cachedModule = m;
            cachedOs = OsFdRaw.OsFunctions.of(m);
        }
        return cachedOs;
    }
}
