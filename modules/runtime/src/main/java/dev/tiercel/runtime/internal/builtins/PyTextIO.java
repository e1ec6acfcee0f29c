package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A text stream ({@code sys.stdin}, {@code sys.stdout}, {@code sys.stderr}) over a Java stream, UTF-8. */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = new PyType("TextIOWrapper", PyTypes.OBJECT);

    private final String name;
    private final Writer out;
    private final BufferedReader in;
    private final boolean lineFlush;

    public PyTextIO(String name, OutputStream os, boolean lineFlush) {
        this.name = name;
        this.out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        this.in = null;
        this.lineFlush = lineFlush;
    }

    public PyTextIO(String name, InputStream is) {
        this.name = name;
        this.out = null;
        this.in = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
        this.lineFlush = false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        if (out == null) {
            throw PyErr.of(dev.tiercel.runtime.object.PyExc.OSError, "not writable");
        }
        try {
            out.write(s);
            if (lineFlush && s.indexOf('\n') >= 0) {
                out.flush();
            }
        } catch (IOException e) {
            throw PyErr.of(dev.tiercel.runtime.object.PyExc.OSError, e.getMessage());
        }
    }

    public void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                // a closed pipe: nothing more to do
            }
        }
    }

    /** One line including its newline, or "" at end of input. */
    public String readline() {
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw PyErr.of(dev.tiercel.runtime.object.PyExc.OSError, e.getMessage());
        }
    }

    static void install() {
        Reg.method(TYPE, "write", 1, 1, (a, k) -> {
            String s = Ops.asString(a[1], "write() argument");
            ((PyTextIO) a[0]).write(s);
            return PyInt.of(((PyStr) a[1]).length());
        });
        Reg.method(TYPE, "flush", 0, 0, (a, k) -> {
            ((PyTextIO) a[0]).flush();
            return PyNone.INSTANCE;
        });
        Reg.method(TYPE, "readline", 0, 1, (a, k) -> PyStr.of(((PyTextIO) a[0]).readline()));
        Reg.method(TYPE, "read", 0, 1, (a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (String l = ((PyTextIO) a[0]).readline(); !l.isEmpty(); l = ((PyTextIO) a[0]).readline()) {
                sb.append(l);
            }
            return PyStr.of(sb.toString());
        });
        Reg.method(TYPE, "isatty", 0, 0, (a, k) -> PyBool.FALSE);
        Reg.method(TYPE, "readlines", 0, 1, (a, k) -> {
            dev.tiercel.runtime.object.PyList l = new dev.tiercel.runtime.object.PyList();
            for (String line = ((PyTextIO) a[0]).readline(); !line.isEmpty(); line = ((PyTextIO) a[0]).readline()) {
                l.append(PyStr.of(line));
            }
            return l;
        });
        Reg.method(TYPE, "__iter__", 0, 0, (a, k) -> new dev.tiercel.runtime.object.PyJavaIterator("TextIOWrapper",
                () -> {
                    String line = ((PyTextIO) a[0]).readline();
                    return line.isEmpty() ? null : PyStr.of(line);
                }));
        Reg.method(TYPE, "__enter__", 0, 0, (a, k) -> a[0]);
        Reg.methodKw(TYPE, "__exit__", (a, k) -> PyBool.FALSE);
        Reg.method(TYPE, "close", 0, 0, (a, k) -> PyNone.INSTANCE);
        Reg.method(TYPE, "fileno", 0, 0, (a, k) -> PyInt.of(((PyTextIO) a[0]).name.equals("<stdin>") ? 0
                : ((PyTextIO) a[0]).name.equals("<stdout>") ? 1 : 2));
        Reg.getter(TYPE, "name", x -> PyStr.of(((PyTextIO) x).name));
        Reg.getter(TYPE, "encoding", x -> PyStr.of("utf-8"));
    }
}
