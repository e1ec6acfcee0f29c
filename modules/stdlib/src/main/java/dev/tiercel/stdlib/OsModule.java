package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A small {@code os} module with {@code os.path}. */
public final class OsModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "os";
    }

    private static String s(PyObject o) {
        return Ops.str(o);
    }

    private static RuntimeException err(IOException e, String name) {
        PyErr.of(PyExc.OSError, e.getMessage());
        return PyErr.of(e instanceof java.nio.file.NoSuchFileException ? PyExc.FileNotFoundError
                : e instanceof java.nio.file.FileAlreadyExistsException ? PyExc.FileExistsError : PyExc.OSError,
                "[Errno " + (e instanceof java.nio.file.NoSuchFileException ? 2 : 17) + "] "
                        + (e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
                        : "File exists") + ": " + Ops.repr(PyStr.of(name)));
    }

    static PyModule path() {
        PyModule p = new PyModule("posixpath");
        p.set("sep", PyStr.of("/"));
        Mod.fn(p, "join", (a, k) -> {
            String r = s(a[0]);
            for (int i = 1; i < a.length; i++) {
                String part = s(a[i]);
                if (part.startsWith("/")) {
                    r = part;
                } else if (r.isEmpty() || r.endsWith("/")) {
                    r = r + part;
                } else {
                    r = r + "/" + part;
                }
            }
            return PyStr.of(r);
        });
        Mod.fn(p, "exists", (a, k) -> PyBool.of(Files.exists(Path.of(s(a[0])))));
        Mod.fn(p, "isfile", (a, k) -> PyBool.of(Files.isRegularFile(Path.of(s(a[0])))));
        Mod.fn(p, "isdir", (a, k) -> PyBool.of(Files.isDirectory(Path.of(s(a[0])))));
        Mod.fn(p, "isabs", (a, k) -> PyBool.of(s(a[0]).startsWith("/")));
        Mod.fn(p, "basename", (a, k) -> {
            String v = s(a[0]);
            return PyStr.of(v.substring(v.lastIndexOf('/') + 1));
        });
        Mod.fn(p, "dirname", (a, k) -> {
            String v = s(a[0]);
            int i = v.lastIndexOf('/');
            String head = i < 0 ? "" : v.substring(0, i + 1);
            if (!head.isEmpty() && !head.matches("/+")) {
                head = head.replaceAll("/+$", "");
            }
            return PyStr.of(head);
        });
        Mod.fn(p, "split", (a, k) -> {
            String v = s(a[0]);
            int i = v.lastIndexOf('/');
            String head = i < 0 ? "" : v.substring(0, i + 1);
            if (!head.isEmpty() && !head.matches("/+")) {
                head = head.replaceAll("/+$", "");
            }
            return PyTuple.of(PyStr.of(head), PyStr.of(v.substring(i + 1)));
        });
        Mod.fn(p, "splitext", (a, k) -> {
            String v = s(a[0]);
            int slash = v.lastIndexOf('/');
            int dot = v.lastIndexOf('.');
            int start = slash + 1;
            while (start < v.length() && v.charAt(start) == '.') {
                start++;
            }
            if (dot > slash && dot >= start) {
                return PyTuple.of(PyStr.of(v.substring(0, dot)), PyStr.of(v.substring(dot)));
            }
            return PyTuple.of(PyStr.of(v), PyStr.EMPTY);
        });
        Mod.fn(p, "abspath", (a, k) -> PyStr.of(Path.of(s(a[0])).toAbsolutePath().normalize().toString()));
        Mod.fn(p, "realpath", (a, k) -> PyStr.of(Path.of(s(a[0])).toAbsolutePath().normalize().toString()));
        Mod.fn(p, "normpath", (a, k) -> {
            String n = Path.of(s(a[0])).normalize().toString();
            return PyStr.of(n.isEmpty() ? "." : n);
        });
        Mod.fn(p, "getsize", (a, k) -> {
            try {
                return PyInt.of(Files.size(Path.of(s(a[0]))));
            } catch (IOException e) {
                throw err(e, s(a[0]));
            }
        });
        Mod.fn(p, "expanduser", (a, k) -> PyStr.of(s(a[0]).replaceFirst("^~", System.getProperty("user.home"))));
        return p;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("os");
        PyModule path = path();
        m.set("path", path);
        m.set("sep", PyStr.of(File.separator));
        m.set("linesep", PyStr.of(System.lineSeparator()));
        m.set("name", PyStr.of("posix"));
        m.set("curdir", PyStr.of("."));
        m.set("pardir", PyStr.of(".."));
        dev.tiercel.runtime.object.PyType envType = new dev.tiercel.runtime.object.PyType("_Environ",
                new dev.tiercel.runtime.object.PyType[] {dev.tiercel.runtime.object.PyTypes.DICT}, true);
        envType.module = "os";
        PyDict env = new PyDict(envType);
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            env.putStr(e.getKey(), PyStr.of(e.getValue()));
        }
        m.set("environ", env);
        Mod.fn(m, "getenv", (a, k) -> {
            PyObject v = env.get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.INSTANCE;
        });
        Mod.fn(m, "getcwd", (a, k) -> PyStr.of(Path.of("").toAbsolutePath().toString()));
        Mod.fn(m, "getpid", (a, k) -> PyInt.of(ProcessHandle.current().pid()));
        Mod.fn(m, "urandom", (a, k) -> {
            dev.tiercel.runtime.object.Args.check("urandom", a, k, 1, 1);
            long n = Ops.index(a[0]);
            if (n < 0) {
                throw PyErr.valueError("negative argument not allowed");
            }
            byte[] out = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(out);
            return new dev.tiercel.runtime.object.PyBytes(out);
        });
        Mod.fn(m, "cpu_count", (a, k) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        Mod.fn(m, "listdir", (a, k) -> {
            String dir = a.length > 0 ? s(a[0]) : ".";
            PyList out = new PyList();
            try (var st = Files.list(Path.of(dir))) {
                st.map(p -> p.getFileName().toString()).sorted().forEach(n -> out.append(PyStr.of(n)));
            } catch (IOException e) {
                throw err(e, dir);
            }
            return out;
        });
        Mod.fn(m, "remove", (a, k) -> {
            try {
                Files.delete(Path.of(s(a[0])));
            } catch (IOException e) {
                throw err(e, s(a[0]));
            }
            return PyNone.INSTANCE;
        });
        m.set("unlink", m.dict().getStr("remove"));
        Mod.fn(m, "mkdir", (a, k) -> {
            try {
                Files.createDirectory(Path.of(s(a[0])));
            } catch (IOException e) {
                throw err(e, s(a[0]));
            }
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "makedirs", (a, k) -> {
            try {
                Files.createDirectories(Path.of(s(a[0])));
            } catch (IOException e) {
                throw err(e, s(a[0]));
            }
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "rmdir", (a, k) -> {
            try {
                Files.delete(Path.of(s(a[0])));
            } catch (IOException e) {
                throw err(e, s(a[0]));
            }
            return PyNone.INSTANCE;
        });
        return m;
    }
}
