package dev.tiercel.runtime.object;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.spi.Interpreter;

/**
 * The state of the running interpreter that objects and tiers share: the tier-1 interpreter, the builtins
 * namespace, the recursion depth and limit, and the exception being handled. One interpreter per process.
 */
public final class Py {
    private Py() {}

    private static Interpreter interpreter;
    private static PyDict builtins = new PyDict();
    private static int recursionLimit = 1000;
    private static int depth;
    /** The exception currently being handled ({@code sys.exception()}), or null. */
    public static PyBaseException handled;
    private static ImportSystem importer;

    /** The import system, installed by the runtime. */
    public static ImportSystem importer() {
        if (importer == null) {
            throw PyErr.of(PyExc.ImportError, "import system not initialized");
        }
        return importer;
    }

    public static void setImporter(ImportSystem i) {
        importer = i;
    }

    /** The innermost running frame (maintained by the interpreter), or null. */
    /**
     * The process's working directory as {@code os.chdir} sets it (the JVM's own cannot change); relative file
     * names resolve against it.
     */
    public static volatile java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();

    /** {@code name} resolved against {@link #cwd}. */
    public static java.nio.file.Path path(String name) {
        java.nio.file.Path p = java.nio.file.Path.of(name);
        return p.isAbsolute() ? p : cwd.resolve(p);
    }

    public static PyFrame current;

    /**
     * Set by a signal handler thread when SIGINT (Ctrl-C) arrives; the interpreters poll it at loop back edges
     * (their eval breaker) and raise KeyboardInterrupt there, as CPython's eval breaker does.
     */
    public static volatile boolean interruptPending;

    /** The thread that runs Python code; {@link #sleep} parks it and {@link #interrupt} unparks it. */
    public static volatile Thread mainThread;

    /** What Ctrl-C does: asks for KeyboardInterrupt at the next check and wakes a sleeping program. */
    public static void interrupt() {
        interruptPending = true;
        Thread t = mainThread;
        if (t != null) {
            java.util.concurrent.locks.LockSupport.unpark(t);
        }
    }

    /**
     * Sleeps for {@code nanos} nanoseconds, or until Ctrl-C, which raises KeyboardInterrupt at once (CPython's
     * {@code time.sleep} does the same). Parking rather than {@code Thread.sleep}: interrupting the Java thread
     * would also close any interruptible channel it uses later.
     */
    public static void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            checkInterrupt();
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
        checkInterrupt();
    }

    /** Raises KeyboardInterrupt if Ctrl-C arrived since the last check. */
    public static void checkInterrupt() {
        if (interruptPending) {
            interruptPending = false;
            throw PyErr.of(PyExc.KeyboardInterrupt);
        }
    }

    /** The {@code sys} module, once created. */
    public static PyModule sys;

    /** Installs the interpreter and builtins; called once at start-up by the runtime. */
    public static void install(Interpreter interp, PyDict builtinsDict) {
        interpreter = interp;
        builtins = builtinsDict;
    }

    public static Interpreter interpreter() {
        if (interpreter == null) {
            throw PyErr.systemError("no tier-1 interpreter installed");
        }
        return interpreter;
    }

    public static PyDict builtinsDict() {
        return builtins;
    }

    public static int recursionLimit() {
        return recursionLimit;
    }

    public static void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    /** Counts a frame entered; raises RecursionError past the limit. */
    public static void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw PyErr.recursionError();
        }
    }

    /** Counts a frame left. */
    public static void leave() {
        depth--;
    }

    public static int depth() {
        return depth;
    }

    public static void resetDepth(int d) {
        depth = d;
    }

    /** Calls a Python function from Java (through the interpreter). */
    public static PyObject callFunction(PyFunction f, PyObject[] args, int off, int nargs, String[] kwnames) {
        PyFrame frame = newFrame(f, args, off, nargs, kwnames);
        return interpreter().run(frame);
    }

    /** A fresh frame for calling {@code f}, arguments bound to its parameters. */
    public static PyFrame newFrame(PyFunction f, PyObject[] args, int off, int nargs, String[] kwnames) {
        PyCode code = f.code;
        PyFrame frame = new PyFrame(code, f.globals, null, f);
        PyObject[] locals = frame.localsplus;
        if (kwnames == null && f.isSimple(nargs)) {
            System.arraycopy(args, off, locals, 0, nargs);
        } else {
            Args.bind(f, locals, args, off, nargs, kwnames);
        }
        return frame;
    }
}
