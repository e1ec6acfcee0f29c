package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.internal.builtins.PyTextIO;
import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.BufferedOutputStream;
import java.util.Map;

/** The {@code sys} module. */
final class SysModule {
    private SysModule() {}

    static final String VERSION = "3.13.0 (Tiercel 0.1.0) [Java " + Runtime.version().feature() + "]";

    /** A simple namespace-like object with fixed attributes (version_info, implementation, flags). */
    static PyObject namespace(String typeName, Map<String, PyObject> attrs) {
        PyType t = new PyType(typeName, new PyType[] {PyTypes.OBJECT}, true);
        t.module = "sys";
        t.instancesHaveDict = true;
        PyInstance o = new PyInstance(t);
        o.instanceDict().putAll(attrs);
        return o;
    }

    static PyModule create(RuntimeConfig config, PyTextIO stdout, PyTextIO stderr, PyTextIO stdin) {
        PyModule m = new PyModule("sys");
        PyDict d = m.dict();
        PyList argv = new PyList();
        for (String a : config.argv()) {
            argv.append(PyStr.of(a));
        }
        if (argv.size() == 0) {
            argv.append(PyStr.EMPTY);
        }
        d.putStr("argv", argv);
        d.putStr("orig_argv", PyList.of(argv.toArray()));
        PyList path = new PyList();
        for (String p : config.extraPath()) {
            path.append(PyStr.of(p));
        }
        d.putStr("path", path);
        d.putStr("modules", new PyDict());
        d.putStr("stdout", stdout);
        d.putStr("stderr", stderr);
        d.putStr("stdin", stdin);
        d.putStr("__stdout__", stdout);
        d.putStr("__stderr__", stderr);
        d.putStr("__stdin__", stdin);
        d.putStr("maxsize", PyInt.of(Long.MAX_VALUE));
        d.putStr("maxunicode", PyInt.of(0x10ffff));
        d.putStr("version", PyStr.of(VERSION));
        d.putStr("hexversion", PyInt.of(0x030d00f0));
        d.putStr("api_version", PyInt.of(1013));
        PyObject vi = namespace("version_info", Map.of("major", PyInt.of(3), "minor", PyInt.of(13),
                "micro", PyInt.of(0), "releaselevel", PyStr.of("final"), "serial", PyInt.ZERO));
        VersionInfo.install(vi);
        d.putStr("version_info", vi);
        PyObject implVersion = namespace("version_info", Map.of("major", PyInt.of(0), "minor", PyInt.of(1),
                "micro", PyInt.of(0), "releaselevel", PyStr.of("alpha"), "serial", PyInt.ZERO));
        VersionInfo.install(implVersion);
        d.putStr("implementation", namespace("SimpleNamespace", Map.of("name", PyStr.of("tiercel"),
                "cache_tag", PyNone.INSTANCE, "version", implVersion, "hexversion", PyInt.of(0x000100a0),
                "_multiarch", PyStr.of("x86_64-linux-gnu"))));
        String os = System.getProperty("os.name", "linux").toLowerCase();
        d.putStr("platform", PyStr.of(os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux"));
        d.putStr("byteorder", PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                ? "little" : "big"));
        String exe = ProcessHandle.current().info().command().orElse("");
        d.putStr("executable", PyStr.of(config.environment().getOrDefault("TIERCEL_EXECUTABLE", exe)));
        d.putStr("prefix", PyStr.of(System.getProperty("java.home", "")));
        d.putStr("exec_prefix", PyStr.of(System.getProperty("java.home", "")));
        d.putStr("flags", namespace("flags", Map.ofEntries(Map.entry("debug", PyInt.ZERO),
                Map.entry("inspect", PyInt.ZERO), Map.entry("interactive", PyInt.ZERO),
                Map.entry("optimize", PyInt.ZERO), Map.entry("dont_write_bytecode", PyInt.ONE),
                Map.entry("no_user_site", PyInt.ZERO), Map.entry("no_site", PyInt.ZERO),
                Map.entry("ignore_environment", PyInt.of(config.ignoreEnvironment() ? 1 : 0)),
                Map.entry("verbose", PyInt.ZERO), Map.entry("bytes_warning", PyInt.ZERO),
                Map.entry("quiet", PyInt.ZERO), Map.entry("hash_randomization", PyInt.ONE),
                Map.entry("isolated", PyInt.of(config.isolated() ? 1 : 0)),
                Map.entry("dev_mode", PyBool.FALSE), Map.entry("utf8_mode", PyInt.ONE),
                Map.entry("safe_path", PyBool.FALSE), Map.entry("int_max_str_digits", PyInt.of(4300)))));
        PyDict xo = new PyDict();
        for (var e : config.xoptions().entrySet()) {
            xo.putStr(e.getKey(), e.getValue() instanceof String s ? PyStr.of(s) : PyBool.TRUE);
        }
        d.putStr("_xoptions", xo);
        d.putStr("hash_info", namespace("hash_info", Map.of("width", PyInt.of(64), "modulus",
                PyInt.of((1L << 61) - 1), "inf", PyInt.of(314159), "nan", PyInt.ZERO, "imag", PyInt.of(1000003),
                "algorithm", PyStr.of("siphash13"), "hash_bits", PyInt.of(64), "seed_bits", PyInt.of(128),
                "cutoff", PyInt.ZERO)));
        d.putStr("float_info", namespace("float_info", Map.of("max", dev.tiercel.runtime.object.PyFloat.of(
                Double.MAX_VALUE), "min", dev.tiercel.runtime.object.PyFloat.of(Double.MIN_NORMAL), "epsilon",
                dev.tiercel.runtime.object.PyFloat.of(Math.ulp(1.0)), "dig", PyInt.of(15), "mant_dig", PyInt.of(53),
                "max_exp", PyInt.of(1024), "min_exp", PyInt.of(-1021), "radix", PyInt.of(2))));
        d.putStr("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        d.putStr("dont_write_bytecode", PyBool.TRUE);
        d.putStr("_jit", jitModule());
        if (dev.tiercel.runtime.spi.PyStats.ENABLED) {
            statsFunctions(d);
        }
        fn(d, "exit", (a, k) -> {
            throw new PyException(new PyBaseException(PyExc.SystemExit, a.length == 0 ? PyTuple.EMPTY
                    : PyTuple.of(a[0])));
        });
        fn(d, "getrecursionlimit", (a, k) -> PyInt.of(Py.recursionLimit()));
        fn(d, "setrecursionlimit", (a, k) -> {
            Args.check("setrecursionlimit", a, k, 1, 1);
            long n = Ops.index(a[0]);
            if (n < 1) {
                throw PyErr.valueError("recursion limit must be greater or equal than 1");
            }
            if (n <= Py.depth()) {
                throw PyErr.of(PyExc.RecursionError, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + Py.depth() + ": the limit is too low");
            }
            Py.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.INSTANCE;
        });
        fn(d, "exception", (a, k) -> Py.handled == null ? PyNone.INSTANCE : Py.handled);
        fn(d, "exc_info", (a, k) -> {
            PyBaseException e = Py.handled;
            if (e == null) {
                return PyTuple.of(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.INSTANCE : e.traceback);
        });
        fn(d, "getsizeof", (a, k) -> PyInt.of(64));
        fn(d, "intern", (a, k) -> a[0]);
        fn(d, "getdefaultencoding", (a, k) -> PyStr.of("utf-8"));
        fn(d, "getfilesystemencoding", (a, k) -> PyStr.of("utf-8"));
        fn(d, "get_int_max_str_digits", (a, k) -> PyInt.of(4300));
        fn(d, "set_int_max_str_digits", (a, k) -> PyNone.INSTANCE);
        fn(d, "_getframe", dev.tiercel.runtime.internal.builtins.FrameBuiltins::getframe);
        return m;
    }

    /**
     * {@code sys._jit} as in CPython 3.14: whether a JIT (a backend that compiles traces to machine code) is usable,
     * switched on, and running now. Tier 2 run by the uop interpreter is not a JIT, as in CPython's
     * {@code --enable-experimental-jit=interpreter} builds.
     */
    private static PyModule jitModule() {
        PyModule m = new PyModule("sys._jit");
        PyDict d = m.dict();
        d.putStr("is_available", new PyBuiltinFunction("is_available",
                (a, k) -> PyBool.of(dev.tiercel.runtime.spi.JitState.jitAvailable()), false, "sys._jit"));
        d.putStr("is_enabled", new PyBuiltinFunction("is_enabled",
                (a, k) -> PyBool.of(dev.tiercel.runtime.spi.JitState.jitEnabled()), false, "sys._jit"));
        d.putStr("is_active", new PyBuiltinFunction("is_active",
                (a, k) -> PyBool.of(dev.tiercel.runtime.spi.JitState.jitActive()), false, "sys._jit"));
        return m;
    }

    /**
     * CPython's {@code sys._stats_on/_off/_clear/_dump}, present as in CPython only when statistics are collected
     * ({@code -X pystats}): counting can be paused and resumed, and the counts written (then cleared) at any time.
     */
    private static void statsFunctions(PyDict d) {
        fn(d, "_stats_on", (a, k) -> {
            dev.tiercel.runtime.spi.PyStats.setCollecting(true);
            return PyNone.INSTANCE;
        });
        fn(d, "_stats_off", (a, k) -> {
            dev.tiercel.runtime.spi.PyStats.setCollecting(false);
            return PyNone.INSTANCE;
        });
        fn(d, "_stats_clear", (a, k) -> {
            clearStats();
            return PyNone.INSTANCE;
        });
        fn(d, "_stats_dump", (a, k) -> {
            var optimizer = dev.tiercel.runtime.spi.JitState.optimizer();
            try {
                java.nio.file.Path file = dev.tiercel.runtime.spi.PyStats.writeFile(
                        dev.tiercel.runtime.spi.PyStats.report(optimizer), dev.tiercel.runtime.spi.PyStats.DIRECTORY);
                System.err.println("Statistics written to " + file);
            } catch (java.io.IOException e) {
                throw PyErr.of(PyExc.OSError, "cannot write statistics: " + e.getMessage());
            }
            clearStats();
            return PyBool.TRUE;
        });
    }

    private static void clearStats() {
        dev.tiercel.runtime.spi.PyStats.clear();
        dev.tiercel.runtime.spi.JitState.optimizer().ifPresent(dev.tiercel.runtime.spi.TraceOptimizer::clearStats);
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.putStr(name, new PyBuiltinFunction(name, body, false, "sys"));
    }

    static PyTextIO stdout(boolean unbuffered) {
        return new PyTextIO("<stdout>", new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                unbuffered);
    }

    static PyTextIO stderr() {
        return new PyTextIO("<stderr>", new FileOutputStream(FileDescriptor.err), true);
    }
}
