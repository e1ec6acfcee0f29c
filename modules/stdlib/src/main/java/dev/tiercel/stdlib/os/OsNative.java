package dev.tiercel.stdlib.os;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code _os}: the system calls under the Python {@code os} module (which builds {@code stat_result},
 * {@code environ}, {@code scandir}, {@code walk} and the keyword arguments on top). Paths arrive as str or
 * bytes; relative ones resolve against the emulated working directory ({@link Py#cwd}).
 */
public final class OsNative implements BuiltinModuleProvider {
    static volatile int umask = 022;

    @Override
    public String moduleName() {
        return "_os";
    }

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    static String name(PyObject o) {
        if (o instanceof PyBytes b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
        if (o instanceof PyStr s) {
            String v = s.toString();
            if (v.indexOf('\0') >= 0) {
                throw PyErr.valueError("embedded null byte");
            }
            return v;
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + o.type().name());
    }

    static Path path(PyObject o) {
        String n = name(o);
        if (n.isEmpty()) {
            throw OsErrors.error(2, n, null);
        }
        return Py.path(n);
    }

    private static LinkOption[] links(PyObject follow) {
        return Ops.isTrue(follow) ? FOLLOW : NOFOLLOW;
    }

    private static int i(PyObject o) {
        return (int) Ops.index(o);
    }

    private static void fn(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body, false, "_os"));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static PyObject io(IoAction a, String file, String file2) {
        try {
            a.run();
        } catch (IOException e) {
            throw OsErrors.of(e, file, file2);
        }
        return PyNone.INSTANCE;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_os");
        paths(m);
        files(m);
        process(m);
        fds(m);
        return m;
    }

    private static void paths(PyModule m) {
        fn(m, "getcwd", (a, k) -> PyStr.of(Py.cwd.toString()));
        fn(m, "chdir", (a, k) -> {
            Path p = path(a[0]);
            if (!Files.exists(p)) {
                throw OsErrors.error(2, name(a[0]), null);
            }
            if (!Files.isDirectory(p)) {
                throw OsErrors.error(20, name(a[0]), null);
            }
            try {
                Py.cwd = p.toRealPath();
            } catch (IOException e) {
                throw OsErrors.of(e, name(a[0]));
            }
            return PyNone.INSTANCE;
        });
        fn(m, "listdir", (a, k) -> {
            Path dir = path(a[0]);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw OsErrors.error(20, name(a[0]), null);
            }
            PyList out = new PyList();
            boolean bytes = a[0] instanceof PyBytes;
            try (var st = Files.list(dir)) {
                st.forEach(p -> {
                    String n = p.getFileName().toString();
                    out.append(bytes ? new PyBytes(n.getBytes(StandardCharsets.UTF_8)) : PyStr.of(n));
                });
            } catch (IOException e) {
                throw OsErrors.of(e, name(a[0]));
            }
            return out;
        });
        fn(m, "stat", (a, k) -> stat(path(a[0]), name(a[0]), links(a[1])));
        fn(m, "readlink", (a, k) -> {
            try {
                return PyStr.of(Files.readSymbolicLink(path(a[0])).toString());
            } catch (IOException e) {
                throw OsErrors.of(e, name(a[0]));
            }
        });
        fn(m, "access", (a, k) -> {
            Path p = path(a[0]);
            int mode = i(a[1]);
            boolean ok = Files.exists(p) && ((mode & 4) == 0 || Files.isReadable(p))
                    && ((mode & 2) == 0 || Files.isWritable(p)) && ((mode & 1) == 0 || Files.isExecutable(p));
            return PyBool.of(ok);
        });
    }

    private static PyObject stat(Path p, String name, LinkOption[] opts) {
        try {
            Map<String, Object> at = Files.readAttributes(p, "unix:*", opts);
            return PyTuple.of(PyInt.of((Integer) at.get("mode")), PyInt.of((Long) at.get("ino")),
                    PyInt.of((Long) at.get("dev")), PyInt.of((Integer) at.get("nlink")),
                    PyInt.of((Integer) at.get("uid")), PyInt.of((Integer) at.get("gid")),
                    PyInt.of((Long) at.get("size")), nanos(at.get("lastAccessTime")),
                    nanos(at.get("lastModifiedTime")), nanos(at.get("ctime")));
        } catch (IOException e) {
            throw OsErrors.of(e, name);
        }
    }

    private static PyObject nanos(Object t) {
        FileTime ft = (FileTime) t;
        java.time.Instant in = ft.toInstant();
        return PyInt.of(java.math.BigInteger.valueOf(in.getEpochSecond()).multiply(
                java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(in.getNano())));
    }

    private static void files(PyModule m) {
        fn(m, "mkdir", (a, k) -> io(() -> {
            Path p = path(a[0]);
            Files.createDirectory(p);
            setMode(p, i(a[1]) & ~umask, true);
        }, name(a[0]), null));
        fn(m, "rmdir", (a, k) -> io(() -> {
            Path p = path(a[0]);
            if (Files.exists(p, NOFOLLOW) && !Files.isDirectory(p, NOFOLLOW)) {
                throw new java.nio.file.NotDirectoryException(p.toString());
            }
            Files.delete(p);
        }, name(a[0]), null));
        fn(m, "unlink", (a, k) -> io(() -> {
            Path p = path(a[0]);
            if (Files.isDirectory(p, NOFOLLOW)) {
                throw OsErrors.error(21, name(a[0]), null);
            }
            Files.delete(p);
        }, name(a[0]), null));
        fn(m, "rename", (a, k) -> io(() -> rename(path(a[0]), path(a[1])), name(a[0]), name(a[1])));
        fn(m, "chmod", (a, k) -> io(() -> {
            Path p = path(a[0]);
            if (!Files.exists(p, links(a[2]))) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            setMode(p, i(a[1]), Ops.isTrue(a[2]));
        }, name(a[0]), null));
        fn(m, "utime", (a, k) -> io(() -> {
            Path p = path(a[0]);
            var view = Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class,
                    links(a[3]));
            FileTime at = a[1] == PyNone.INSTANCE ? FileTime.fromMillis(System.currentTimeMillis()) : ns(a[1]);
            FileTime mt = a[2] == PyNone.INSTANCE ? at : ns(a[2]);
            if (!Files.exists(p, links(a[3]))) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            view.setTimes(mt, at, null);
        }, name(a[0]), null));
        fn(m, "symlink", (a, k) -> io(() -> Files.createSymbolicLink(path(a[1]), Path.of(name(a[0]))),
                name(a[0]), name(a[1])));
        fn(m, "link", (a, k) -> io(() -> Files.createLink(path(a[1]), path(a[0])), name(a[0]), name(a[1])));
        fn(m, "truncate", (a, k) -> io(() -> {
            try (var ch = java.nio.channels.FileChannel.open(path(a[0]), java.nio.file.StandardOpenOption.WRITE)) {
                long n = Ops.index(a[1]);
                if (n < ch.size()) {
                    ch.truncate(n);
                } else if (n > ch.size()) {
                    ch.write(java.nio.ByteBuffer.wrap(new byte[] {0}), n - 1);
                }
            }
        }, name(a[0]), null));
        fn(m, "disk_usage", (a, k) -> {
            try {
                var store = Files.getFileStore(path(a[0]));
                long total = store.getTotalSpace();
                return PyTuple.of(PyInt.of(total), PyInt.of(total - store.getUnallocatedSpace()),
                        PyInt.of(store.getUsableSpace()));
            } catch (IOException e) {
                throw OsErrors.of(e, name(a[0]));
            }
        });
    }

    private static FileTime ns(PyObject o) {
        long v = Ops.index(o);
        long sec = Math.floorDiv(v, 1_000_000_000L);
        long nano = Math.floorMod(v, 1_000_000_000L);
        return FileTime.from(java.time.Instant.ofEpochSecond(sec, nano));
    }

    private static void rename(Path src, Path dst) throws IOException {
        if (!Files.exists(src, NOFOLLOW)) {
            throw new java.nio.file.NoSuchFileException(src.toString());
        }
        if (Files.isDirectory(dst, NOFOLLOW) && !Files.isDirectory(src, NOFOLLOW)) {
            throw OsErrors.error(21, src.toString(), dst.toString());
        }
        try {
            Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            throw OsErrors.error(18, src.toString(), dst.toString());
        }
    }

    static void setMode(Path p, int mode, boolean follow) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE: bits 8..0
        for (int b = 0; b < 9; b++) {
            if ((mode & (1 << (8 - b))) != 0) {
                perms.add(all[b]);
            }
        }
        if (follow || !Files.isSymbolicLink(p)) {
            Files.setPosixFilePermissions(p, perms);
        }
    }

    private static void process(PyModule m) {
        fn(m, "getpid", (a, k) -> PyInt.of(ProcessHandle.current().pid()));
        fn(m, "getppid", (a, k) -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        fn(m, "ids", (a, k) -> {
            try {
                Map<String, Object> at = Files.readAttributes(Path.of("/proc/self"), "unix:uid,gid");
                return PyTuple.of(PyInt.of((Integer) at.get("uid")), PyInt.of((Integer) at.get("gid")));
            } catch (IOException | UnsupportedOperationException e) {
                return PyTuple.of(PyInt.of(0), PyInt.of(0));
            }
        });
        fn(m, "cpu_count", (a, k) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        fn(m, "urandom", (a, k) -> {
            long n = Ops.index(a[0]);
            if (n < 0) {
                throw PyErr.valueError("negative argument not allowed");
            }
            byte[] out = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(out);
            return new PyBytes(out);
        });
        fn(m, "environ", (a, k) -> {
            PyDict d = new PyDict();
            System.getenv().forEach((key, v) -> d.putStr(key, PyStr.of(v)));
            return d;
        });
        fn(m, "umask", (a, k) -> {
            int old = umask;
            umask = i(a[0]) & 0777;
            return PyInt.of(old);
        });
        fn(m, "strerror", (a, k) -> {
            int n = i(a[0]);
            return PyStr.of(OsErrors.MESSAGES.getOrDefault(n, "Unknown error " + n));
        });
        fn(m, "terminal_size", (a, k) -> {
            if (System.console() == null || !System.console().isTerminal()) {
                throw OsErrors.error(25, null, null);
            }
            String cols = System.getenv("COLUMNS");
            String lines = System.getenv("LINES");
            return PyTuple.of(PyInt.of(cols != null && cols.matches("\\d+") ? Long.parseLong(cols) : 80),
                    PyInt.of(lines != null && lines.matches("\\d+") ? Long.parseLong(lines) : 24));
        });
        fn(m, "isatty", (a, k) -> PyBool.of(i(a[0]) <= 2 && System.console() != null
                && System.console().isTerminal()));
    }

    private static void fds(PyModule m) {
        fn(m, "open", (a, k) -> PyInt.of(FdTable.open(path(a[0]), name(a[0]), i(a[1]), i(a[2]))));
        fn(m, "close", (a, k) -> {
            FdTable.close(i(a[0]));
            return PyNone.INSTANCE;
        });
        fn(m, "read", (a, k) -> FdTable.read(i(a[0]), i(a[1])));
        fn(m, "write", (a, k) -> PyInt.of(FdTable.write(i(a[0]), bytes(a[1]))));
        fn(m, "lseek", (a, k) -> PyInt.of(FdTable.lseek(i(a[0]), Ops.index(a[1]), i(a[2]))));
        fn(m, "ftruncate", (a, k) -> {
            FdTable.truncate(i(a[0]), Ops.index(a[1]));
            return PyNone.INSTANCE;
        });
        fn(m, "fsync", (a, k) -> {
            FdTable.fsync(i(a[0]));
            return PyNone.INSTANCE;
        });
        fn(m, "fstat", (a, k) -> {
            Path p = FdTable.path(i(a[0]));
            return stat(p, p.toString(), FOLLOW);
        });
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        PyObject b = Ops.call(dev.tiercel.runtime.object.PyTypes.BYTES, o);
        return ((PyBytes) b).toByteArray();
    }
}
