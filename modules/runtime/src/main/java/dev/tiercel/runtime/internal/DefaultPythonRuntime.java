package dev.tiercel.runtime.internal;

import dev.tiercel.runtime.api.PythonRuntime;
import dev.tiercel.runtime.api.RuntimeConfig;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.internal.builtins.BuiltinsModule;
import dev.tiercel.runtime.internal.builtins.PyTextIO;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import dev.tiercel.runtime.spi.Interpreter;
import dev.tiercel.runtime.spi.Tiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The runtime behind {@link PythonRuntime}: builtins, sys, imports, running programs and reporting errors. */
public final class DefaultPythonRuntime implements PythonRuntime {
    /** Stack for the thread that runs Python code: deep enough for the recursion limit's Java frames. */
    private static final long STACK_SIZE = 1L << 30;

    private final RuntimeConfig config;
    private final Tiers tiers;
    private final Frontend frontend;
    private final Interpreter interpreter;
    private final PyModule builtins;
    private final PyTextIO stdout, stderr;
    private final Importer importer;
    private final TracebackPrinter printer = new TracebackPrinter();

    public DefaultPythonRuntime(RuntimeConfig config, Tiers tiers) {
        this(config, tiers, null, null);
    }

    /** A runtime writing stdout/stderr to the given streams (null: the process's). */
    public DefaultPythonRuntime(RuntimeConfig config, Tiers tiers, java.io.OutputStream out,
            java.io.OutputStream err) {
        this.config = config;
        this.tiers = tiers;
        this.frontend = tiers.frontend().orElse(null);
        this.interpreter = tiers.interpreter().orElse(null);
        this.builtins = BuiltinsModule.create();
        PyBuiltinFunction.claimAll(builtins);
        Py.install(interpreter, builtins.dict());
        Py.resetDepth(0);
        Py.setRecursionLimit(1000);
        Py.handled = null;
        this.stdout = out == null ? SysModule.stdout(config.unbuffered()) : new PyTextIO("<stdout>", out, false);
        this.stderr = err == null ? SysModule.stderr() : new PyTextIO("<stderr>", err, true);
        PyTextIO stdin = new PyTextIO("<stdin>", dev.tiercel.runtime.internal.io.InterruptibleInput.installOnSystemIn());
        Py.sys = SysModule.create(config, stdout, stderr, stdin);
        PyBuiltinFunction.claimAll(Py.sys);
        this.importer = new Importer(this);
        importer.addBuiltin("tiercel", () -> TiercelModule.create(printer));
        importer.addBuiltin("_dis", DisModule::create);
        importer.addBuiltin("_traceback", TracebackPrinter::helperModule);
        importer.addBuiltin("_io", () -> dev.tiercel.runtime.internal.io.IoModule.create(builtins.dict().getStr("open")));
        Py.setImporter(importer);
        if (Py.sys.dict().getStr("path") instanceof dev.tiercel.runtime.object.PyList sysPath) {
            importer.libraryLocations().forEach(location -> sysPath.append(PyStr.of(location)));
        }
        PyDict modules = (PyDict) Py.sys.dict().getStr("modules");
        modules.putStr("sys", Py.sys);
        modules.putStr("builtins", builtins);
        builtins.dict().putStr("__import__", new PyBuiltinFunction("__import__", (a, k) -> {
            PyDict g = a.length > 1 && a[1] instanceof PyDict gd ? gd : new PyDict();
            PyObject fromlist = a.length > 3 ? a[3] : PyTuple.EMPTY;
            int level = a.length > 4 ? (int) Ops.index(a[4]) : 0;
            return importer.importName(Ops.str(a[0]), g, fromlist, level);
        }, false, "builtins"));
        builtins.dict().putStr("exec", new PyBuiltinFunction("exec", (a, k) -> evalOrExec(a, Frontend.Mode.EXEC),
                false, "builtins"));
        builtins.dict().putStr("eval", new PyBuiltinFunction("eval", (a, k) -> evalOrExec(a, Frontend.Mode.EVAL),
                false, "builtins"));
        builtins.dict().putStr("compile", new PyBuiltinFunction("compile", (a, k) -> {
            int n = dev.tiercel.runtime.object.Args.npos(a, k);
            PyObject source = n > 0 ? a[0] : dev.tiercel.runtime.object.Args.kw(a, k, "source");
            // bytes are source as read from a file: UTF-8 (PEP 3120), as every source file is read here
            String src = source instanceof dev.tiercel.runtime.object.PyBytes b
                    ? new String(b.toByteArray(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "")
                    : Ops.asString(source, "compile() arg 1");
            String fname = Ops.str(n > 1 ? a[1] : dev.tiercel.runtime.object.Args.kw(a, k, "filename"));
            String mode = Ops.str(n > 2 ? a[2] : dev.tiercel.runtime.object.Args.kw(a, k, "mode"));
            Frontend.Mode m = switch (mode) {
                case "exec" -> Frontend.Mode.EXEC;
                case "eval" -> Frontend.Mode.EVAL;
                case "single" -> Frontend.Mode.SINGLE;
                default -> throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            return compileMode(src, fname, m);
        }, false, "builtins"));
        if (tiers != null) {
            for (BuiltinModuleProvider p : tiers.builtinModules()) {
                importer.addProvider(p);
            }
        }
    }

    PyModule builtinsModule() {
        return builtins;
    }

    private PyObject evalOrExec(PyObject[] a, Frontend.Mode mode) {
        if (a.length == 0) {
            throw PyErr.typeError((mode == Frontend.Mode.EXEC ? "exec" : "eval") + " expected at least 1 argument");
        }
        boolean callerScope = (a.length < 2 || a[1] == PyNone.INSTANCE) && Py.current != null;
        PyDict globals = a.length > 1 && a[1] instanceof PyDict g ? g : callerScope ? Py.current.globals : new PyDict();
        PyObject locals = a.length > 2 && a[2] != PyNone.INSTANCE ? a[2]
                : callerScope ? dev.tiercel.runtime.internal.builtins.BuiltinsModule.locals() : globals;
        if (globals.getStr("__builtins__") == null) {
            globals.putStr("__builtins__", builtins);
        }
        PyCode code;
        if (a[0] instanceof PyCode c) {
            code = c;
        } else {
            String src = Ops.asString(a[0], mode == Frontend.Mode.EXEC ? "exec() arg 1" : "eval() arg 1");
            if (mode == Frontend.Mode.EVAL) {
                src = src.strip();
            }
            code = compileMode(src, "<string>", mode);
        }
        PyObject r = interpreter.execute(code, globals, locals);
        return mode == Frontend.Mode.EXEC ? PyNone.INSTANCE : r;
    }

    /** Compiles a module's source, turning a CompileError into Python's SyntaxError. */
    PyCode compile(String source, String filename) {
        return compileMode(source, filename, Frontend.Mode.EXEC);
    }

    private PyCode compileMode(String source, String filename, Frontend.Mode mode) {
        if (frontend == null) {
            throw PyErr.systemError("this image has no frontend");
        }
        try {
            printer.registerSource(filename, source);
            return frontend.compile(source, filename, mode);
        } catch (CompileError e) {
            throw syntaxError(e).toJava();
        }
    }

    private static PyBaseException syntaxError(CompileError e) {
        if (e.kind() == CompileError.Kind.RECURSION_ERROR || e.kind() == CompileError.Kind.MEMORY_ERROR) {
            return new PyBaseException(e.kind() == CompileError.Kind.RECURSION_ERROR ? PyExc.RecursionError
                    : PyExc.MemoryError, PyTuple.of(PyStr.of(e.msg())));
        }
        var type = switch (e.kind()) {
            case INDENTATION_ERROR -> PyExc.IndentationError;
            case TAB_ERROR -> PyExc.TabError;
            default -> PyExc.SyntaxError;
        };
        PyObject text = e.text() == null ? PyNone.INSTANCE : PyStr.of(e.text());
        PyBaseException x = new PyBaseException(type, PyTuple.of(PyStr.of(e.msg()), PyTuple.of(PyStr.of(
                e.filename()), PyInt.of(e.lineno()), PyInt.of(e.offset()), text, PyInt.of(e.endLineno()),
                PyInt.of(e.endOffset()))));
        var d = x.instanceDict();
        d.put("msg", PyStr.of(e.msg()));
        d.put("filename", PyStr.of(e.filename()));
        d.put("lineno", PyInt.of(e.lineno()));
        d.put("offset", PyInt.of(e.offset()));
        d.put("text", text);
        d.put("end_lineno", PyInt.of(e.endLineno()));
        d.put("end_offset", PyInt.of(e.endOffset()));
        return x;
    }

    @Override
    public int runFile(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(executableName() + ": can't open file " + Ops.repr(PyStr.of(file.toAbsolutePath()
                    .toString())) + ": [Errno 2] No such file or directory");
            return 2;
        }
        Path dir = file.toAbsolutePath().getParent();
        PyObject path = Py.sys.dict().getStr("path");
        if (path instanceof dev.tiercel.runtime.object.PyList l && !config.isolated()) {
            l.insert(0, PyStr.of(dir == null ? "" : dir.toString()));
        }
        return runMain(source, file.toAbsolutePath().normalize().toString(), true);
    }

    private String executableName() {
        return "tiercel";
    }

    @Override
    public int runCommand(String source) {
        return runMain(source, "<string>", false);
    }

    @Override
    public int runModule(String moduleName) {
        if (Py.sys.dict().getStr("path") instanceof dev.tiercel.runtime.object.PyList l && !config.isolated()) {
            l.insert(0, PyStr.of(Path.of("").toAbsolutePath().toString()));
        }
        return inThread(() -> {
            PyObject path = Py.sys.dict().getStr("path");
            for (PyObject entry : Ops.toArray(path)) {
                Path base = Path.of(Ops.str(entry).isEmpty() ? "." : Ops.str(entry));
                Path f = base.resolve(moduleName.replace('.', '/') + ".py");
                if (!Files.isRegularFile(f)) {
                    f = base.resolve(moduleName.replace('.', '/')).resolve("__main__.py");
                }
                String entryName = Ops.str(entry);
                for (String rel : List.of(moduleName.replace('.', '/') + ".py",
                        moduleName.replace('.', '/') + "/__main__.py")) {
                    // a library shipped inside a module (python-lib) is a sys.path entry too, for -m as for import
                    Optional<String> shipped = importer.readLibraryFile(entryName, rel);
                    if (shipped.isPresent()) {
                        String file = entryName + "/" + rel;
                        ((dev.tiercel.runtime.object.PyList) Py.sys.dict().getStr("argv")).items[0] = PyStr.of(file);
                        return execMain(shipped.get(), file, null);
                    }
                }
                if (Files.isRegularFile(f)) {
                    String source;
                    try {
                        source = Files.readString(f, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        continue;
                    }
                    Py.sys.dict().getStr("argv");
                    ((dev.tiercel.runtime.object.PyList) Py.sys.dict().getStr("argv")).items[0] = PyStr.of(
                            f.toAbsolutePath().toString());
                    return execMain(source, f.toAbsolutePath().toString(), null);
                }
            }
            stdout.flush();
            System.err.println(executableName() + ": No module named " + moduleName);
            System.err.flush();
            return 1;
        });
    }

    @Override
    public int runStdin(InputStream in) {
        try {
            return runMain(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<stdin>", false);
        } catch (IOException e) {
            System.err.println(executableName() + ": cannot read standard input: " + e.getMessage());
            return 1;
        }
    }

    @Override
    public int runCode(PyCode code) {
        return inThread(() -> execMain(null, code.filename, code));
    }

    private int runMain(String source, String filename, boolean isFile) {
        if (!isFile && Py.sys.dict().getStr("path") instanceof dev.tiercel.runtime.object.PyList l
                && !config.isolated()) {
            l.insert(0, PyStr.EMPTY);
        }
        return inThread(() -> execMain(source, filename, null));
    }

    private int execMain(String source, String filename, PyCode precompiled) {
        PyModule main = new PyModule("__main__");
        PyDict g = main.dict();
        int rc = execMain(main, source, filename, precompiled);
        try {
            ShutdownGenerators.close(g, this::writeErr, e -> printer.format(e.value));
        } catch (RuntimeException | StackOverflowError e) {
            // shutdown goes on whatever a finally block does
        }
        return finish(rc);
    }

    private int execMain(PyModule main, String source, String filename, PyCode precompiled) {
        try {
            PyDict g = main.dict();
            g.putStr("__builtins__", builtins);
            g.putStr("__doc__", PyNone.INSTANCE);
            g.putStr("__spec__", PyNone.INSTANCE);
            g.putStr("__loader__", PyNone.INSTANCE);
            g.putStr("__package__", PyNone.INSTANCE);
            if (!filename.startsWith("<")) {
                g.putStr("__file__", PyStr.of(filename));
            }
            ((PyDict) Py.sys.dict().getStr("modules")).putStr("__main__", main);
            PyCode code = precompiled != null ? precompiled : compile(source, filename);
            if (interpreter == null) {
                throw PyErr.systemError("this image has no tier-1 interpreter");
            }
            interpreter.execute(code, g, g);
            return finish(0);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } catch (StackOverflowError e) {
            return finish(handleUncaught(PyErr.recursionError().value));
        } catch (OutOfMemoryError e) {
            return finish(handleUncaught(PyErr.memoryError().value));
        } catch (RuntimeException e) {
            return finish(handleUncaught(PyErr.systemError("internal error: " + e).value));
        }
    }

    private int finish(int code) {
        runExitFunctions();
        // CPython flushes the standard streams first, then files still open as their objects go away
        stdout.flush();
        stderr.flush();
        dev.tiercel.runtime.internal.io.IoModule.flushAtExit();
        return code;
    }

    /** The functions registered with {@code atexit}, if a program imported it: its own function runs them. */
    private void runExitFunctions() {
        PyObject atexit = ((PyDict) Py.sys.dict().getStr("modules")).getStr("atexit");
        if (atexit == null) {
            return;
        }
        try {
            PyObject run = Ops.getattrOrNull(atexit, "_run_exitfuncs");
            if (run != null) {
                Ops.call(run);
            }
        } catch (PyException e) {
            handleUncaught(e.value);
        }
    }

    /** Prints the traceback (or handles SystemExit) and returns the exit code. */
    int handleUncaught(PyBaseException e) {
        stdout.flush();
        if (e.isInstance(PyExc.SystemExit)) {
            PyObject code = e.args.size() == 0 ? PyNone.INSTANCE : e.args.size() == 1 ? e.args.get(0) : e.args;
            if (code == PyNone.INSTANCE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.value;
            }
            writeErr(Ops.str(code) + "\n");
            return 1;
        }
        String text;
        try {
            text = printer.format(e);
        } catch (RuntimeException | StackOverflowError ex) {
            text = e.type().name() + ": " + e.message() + "\n";
        }
        writeErr(text);
        // CPython ends with SIGINT's status after an uncaught KeyboardInterrupt: 128 + 2 to the shell
        return e.isInstance(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    private void writeErr(String s) {
        PyObject err = Py.sys.dict().getStr("stderr");
        try {
            if (err instanceof PyTextIO t) {
                t.write(s);
                t.flush();
            } else {
                Ops.invoke(err, "write", PyStr.of(s));
            }
        } catch (RuntimeException ex) {
            System.err.print(s);
        }
    }

    private interface Body {
        int run();
    }

    private static int inThread(Body body) {
        AtomicInteger rc = new AtomicInteger(1);
        Thread t = new Thread(null, () -> {
            Py.mainThread = Thread.currentThread();
            try {
                rc.set(body.run());
            } catch (Throwable e) {
                System.out.flush();
                System.err.println("SystemError: internal error: " + e);
                rc.set(1);
            }
        }, "python-main", STACK_SIZE);
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rc.get();
    }
}
