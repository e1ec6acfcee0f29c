package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyEllipsis;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code builtins} module: the builtin functions, types and exception classes. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static boolean installed;

    /** Installs the methods of every builtin type (once). */
    public static synchronized void installTypes() {
        if (installed) {
            return;
        }
        installed = true;
        CoreTypes.installObject();
        CoreTypes.installType();
        CoreTypes.installFunction();
        CoreTypes.installGenerator();
        ComplexBuiltins.install();
        TypeParamBuiltins.install();
        CoreTypes.installCode();
        FrameBuiltins.install();
        CoreTypes.installRangeSlice();
        CoreTypes.installDescriptors();
        CoreTypes.installExceptions();
        NumberBuiltins.install();
        StrBuiltins.install();
        ListBuiltins.install();
        DictBuiltins.install();
        SetBuiltins.install();
        PyTextIO.install();
        dev.tiercel.runtime.internal.io.IoTypes.install();
        BytesBuiltins.install();
        UnionAndByteArray.install();
        GenericAlias.install();
        ValueDunders.install();
        FrameBuiltins.install();
        MappingProxy.install();
        // The buffer protocol as Python code sees it (collections.abc.Buffer): bytes-like types make memoryviews.
        for (PyType t : new PyType[] {PyTypes.BYTES, UnionAndByteArray.BYTEARRAY, UnionAndByteArray.MEMORYVIEW}) {
            Reg.method(t, "__buffer__", 1, 1, (a, k) -> Ops.call(UnionAndByteArray.MEMORYVIEW, a[0]));
        }
        Reg.methodKw(PyTypes.BUILTIN_FUNCTION, "__call__", (a, k) -> ((PyBuiltinFunction) a[0]).call(
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
        DictBuiltins.KEYS.dict.put("__hash__", PyNone.INSTANCE);
        DictBuiltins.ITEMS.dict.put("__hash__", PyNone.INSTANCE);
        // Mutable builtins say they are unhashable the way Python code checks it (collections.abc.Hashable).
        for (PyType t : new PyType[] {PyTypes.LIST, PyTypes.DICT, PyTypes.SET, UnionAndByteArray.BYTEARRAY}) {
            t.dict.put("__hash__", PyNone.INSTANCE);
        }
        for (PyType t : new PyType[] {PyTypes.TUPLE, PyTypes.LIST, PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET,
            PyTypes.INT, PyTypes.FLOAT, PyTypes.COMPLEX, PyTypes.STR, PyTypes.BYTES, PyExc.BaseException}) {
            PyType.Factory f = t.factory;
            t.dict.put("__new__", new dev.tiercel.runtime.object.PyDescriptors.StaticMethod(new PyBuiltinFunction(
                    "__new__", (a, k) -> {
                        if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                            throw PyErr.typeError(t.name() + ".__new__(): not enough arguments");
                        }
                        PyType.Factory made = cls.factory != null ? cls.factory : f;
                        return made.make(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
                    }, false, t.name())));
        }
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
        d.putStr(name, new PyBuiltinFunction(name, body, false, "builtins"));
    }

    /** A builtin taking exactly one argument (CPython's {@code METH_O}). */
    private static void fnO(PyDict d, String name, PyBuiltinFunction.One one) {
        d.putStr(name, PyBuiltinFunction.o(name, "builtins", one));
    }

    /** A fresh {@code builtins} module. */
    public static PyModule create() {
        installTypes();
        PyModule m = new PyModule("builtins");
        PyDict d = m.dict();
        for (PyType t : new PyType[] {PyTypes.OBJECT, PyTypes.TYPE, PyTypes.INT, PyTypes.BOOL, PyTypes.FLOAT,
            PyTypes.STR, PyTypes.TUPLE, PyTypes.LIST, PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET, PyTypes.RANGE,
            PyTypes.SLICE, PyTypes.PROPERTY, PyTypes.STATICMETHOD, PyTypes.CLASSMETHOD, PyTypes.SUPER,
            PyTypes.BYTES, PyTypes.COMPLEX, UnionAndByteArray.BYTEARRAY,
            UnionAndByteArray.MEMORYVIEW}) {
            d.putStr(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : PyExc.ALL.entrySet()) {
            d.putStr(e.getKey(), e.getValue());
        }
        d.putStr("EnvironmentError", PyExc.OSError);
        d.putStr("IOError", PyExc.OSError);
        d.putStr("None", PyNone.INSTANCE);
        d.putStr("Ellipsis", PyEllipsis.INSTANCE);
        d.putStr("NotImplemented", PyNotImplemented.INSTANCE);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("__debug__", PyBool.TRUE);
        fn(d, "print", BuiltinsModule::print);
        fnO(d, "len", a -> PyInt.of(Ops.len(a)));
        fnO(d, "repr", a -> PyStr.of(Ops.repr(a)));
        fn(d, "ascii", (a, k) -> PyStr.of(StrBuiltins.ascii(Ops.repr(a[0]))));
        fnO(d, "abs", Ops::abs);
        fn(d, "min", (a, k) -> minMax(a, k, "min", true));
        fn(d, "max", (a, k) -> minMax(a, k, "max", false));
        fn(d, "sum", BuiltinsModule::sum);
        d.putStr("isinstance", new PyBuiltinFunction("isinstance", (a, k) -> {
            Args.check("isinstance", a, k, 2, 2);
            return PyBool.of(Ops.isinstance(a[0], a[1]));
        }, false, "builtins", PyBuiltinFunction.METH_FASTCALL, null, null));
        fn(d, "issubclass", (a, k) -> {
            Args.check("issubclass", a, k, 2, 2);
            if (!(a[0] instanceof PyType t)) {
                throw PyErr.typeError("issubclass() arg 1 must be a class");
            }
            PyObject[] classes = a[1] instanceof PyTuple tu ? tu.items : new PyObject[] {a[1]};
            for (PyObject c : classes) {
                if (c instanceof PyType && Ops.issubclass(t, c)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        fn(d, "sorted", (a, k) -> {
            Args.allowKw("sorted", k, "key", "reverse");
            if (Args.npos(a, k) != 1) {
                throw PyErr.typeError("sorted expected 1 argument, got " + Args.npos(a, k));
            }
            PyObject[] items = Ops.toArray(a[0]).clone();
            PyObject rev = Args.kw(a, k, "reverse");
            ListBuiltins.sort(items, items.length, Args.kw(a, k, "key"), rev != null && Ops.isTrue(rev));
            return new PyList(items, items.length);
        });
        fn(d, "reversed", (a, k) -> {
            Args.check("reversed", a, k, 1, 1);
            PyObject seq = a[0];
            PyObject rm = seq.type().lookup("__reversed__");
            if (rm != null) {
                return Ops.callMethod(rm, seq);
            }
            if (seq instanceof dev.tiercel.runtime.object.PyRange r) {
                return Ops.iter(new dev.tiercel.runtime.object.PyRange(r.get(r.length - 1), r.start - r.step,
                        -r.step));
            }
            if (seq instanceof PyDict || seq instanceof DictBuiltins.View) {
                PyObject[] items = Ops.toArray(seq);
                int[] j = {items.length};
                return new PyJavaIterator(seq instanceof PyDict ? "dict_reversekeyiterator" : "dict_reverseiterator",
                        () -> --j[0] >= 0 ? items[j[0]] : null);
            }
            if (seq instanceof dev.tiercel.runtime.object.PySet
                    || (!(seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr)
                        && (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null))) {
                throw PyErr.typeError("'" + seq.type().name() + "' object is not reversible");
            }
            int[] i = {Ops.len(seq)};
            return new PyJavaIterator("reversed", () -> --i[0] >= 0 ? Ops.getitem(seq, PyInt.of(i[0])) : null);
        });
        fn(d, "enumerate", (a, k) -> {
            Args.allowKw("enumerate", k, "start", "iterable");
            int n = Args.npos(a, k);
            PyObject it = Ops.iter(n > 0 ? a[0] : Args.kw(a, k, "iterable"));
            PyObject st = n > 1 ? a[1] : Args.kw(a, k, "start");
            PyObject[] count = {st == null ? PyInt.ZERO : st};
            return new PyJavaIterator("enumerate", () -> {
                PyObject v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                PyObject c = count[0];
                count[0] = Ops.binaryOp(c, PyInt.ONE, Ops.NB_ADD);
                return PyTuple.of(c, v);
            });
        });
        fn(d, "zip", (a, k) -> {
            Args.allowKw("zip", k, "strict");
            int n = Args.npos(a, k);
            PyObject strictO = Args.kw(a, k, "strict");
            boolean strict = strictO != null && Ops.isTrue(strictO);
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i]);
            }
            return new PyJavaIterator("zip", () -> {
                if (n == 0) {
                    return null;
                }
                PyObject[] row = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    row[i] = Ops.next(its[i]);
                    if (row[i] == null) {
                        if (strict && i > 0) {
                            throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument 1");
                        }
                        if (strict) {
                            for (int j = 1; j < n; j++) {
                                if (Ops.next(its[j]) != null) {
                                    throw PyErr.valueError("zip() argument " + (j + 1)
                                            + " is longer than argument 1");
                                }
                            }
                        }
                        return null;
                    }
                }
                return PyTuple.wrap(row);
            });
        });
        fn(d, "map", (a, k) -> {
            Args.check("map", a, k, 2, 64);
            PyObject f = a[0];
            int n = a.length - 1;
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i + 1]);
            }
            return new PyJavaIterator("map", () -> {
                PyObject[] args = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    args[i] = Ops.next(its[i]);
                    if (args[i] == null) {
                        return null;
                    }
                }
                return Ops.call(f, args, null);
            });
        });
        fn(d, "filter", (a, k) -> {
            Args.check("filter", a, k, 2, 2);
            PyObject f = a[0];
            PyObject it = Ops.iter(a[1]);
            return new PyJavaIterator("filter", () -> {
                for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                    if (f == PyNone.INSTANCE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(f, v))) {
                        return v;
                    }
                }
                return null;
            });
        });
        fn(d, "any", (a, k) -> {
            Args.check("any", a, k, 1, 1);
            PyObject it = Ops.iter(a[0]);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                if (Ops.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        fn(d, "all", (a, k) -> {
            Args.check("all", a, k, 1, 1);
            PyObject it = Ops.iter(a[0]);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                if (!Ops.isTrue(v)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        fn(d, "iter", (a, k) -> {
            Args.check("iter", a, k, 1, 2);
            if (a.length == 2) {
                PyObject f = a[0], sentinel = a[1];
                return new PyJavaIterator("callable_iterator", () -> {
                    PyObject v = Ops.call(f);
                    return Ops.eq(v, sentinel) ? null : v;
                });
            }
            return Ops.iter(a[0]);
        });
        fn(d, "next", (a, k) -> {
            Args.check("next", a, k, 1, 2);
            PyObject it = a[0];
            if (!(it instanceof PyIterator || dev.tiercel.runtime.object.PyGenerator.isPlain(it))
                    && it.type().lookup("__next__") == null) {
                throw PyErr.typeError("'" + it.type().name() + "' object is not an iterator");
            }
            if (dev.tiercel.runtime.object.PyGenerator.isPlain(it) && a.length == 1) {
                return ((dev.tiercel.runtime.object.PyGenerator) it).send(PyNone.INSTANCE);
            }
            if (it instanceof PyIterator pi) {
                PyObject v = pi.next();
                if (v == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw PyErr.of(PyExc.StopIteration);
                }
                return v;
            }
            if (a.length == 1) {
                return Ops.callMethod(it.type().lookup("__next__"), it);
            }
            PyObject v = Ops.next(it);
            return v == null ? a[1] : v;
        });
        fn(d, "aiter", (a, k) -> {
            Args.check("aiter", a, k, 1, 1);
            return dev.tiercel.runtime.object.Awaitables.aiter(a[0]);
        });
        fn(d, "anext", (a, k) -> {
            Args.check("anext", a, k, 1, 2);
            return dev.tiercel.runtime.object.Awaitables.anext(a[0], a.length > 1 ? a[1] : null);
        });
        fn(d, "hash", (a, k) -> {
            Args.check("hash", a, k, 1, 1);
            return PyInt.of(Ops.hash(a[0]));
        });
        fn(d, "id", (a, k) -> {
            Args.check("id", a, k, 1, 1);
            return PyInt.of(Long.parseLong(Ops.address(a[0]).substring(2), 16));
        });
        fn(d, "round", (a, k) -> {
            Args.allowKw("round", k, "number", "ndigits");
            int n = Args.npos(a, k);
            PyObject x = n > 0 ? a[0] : Args.kw(a, k, "number");
            PyObject nd = n > 1 ? a[1] : Args.kw(a, k, "ndigits");
            return NumberBuiltins.round(x, nd);
        });
        fn(d, "divmod", (a, k) -> {
            Args.check("divmod", a, k, 2, 2);
            return Ops.divmod(a[0], a[1]);
        });
        fn(d, "pow", (a, k) -> {
            Args.check("pow", a, k, 2, 3);
            if (a.length == 3 && a[2] != PyNone.INSTANCE) {
                if (a[0] instanceof dev.tiercel.runtime.object.PyComplex
                        || a[1] instanceof dev.tiercel.runtime.object.PyComplex
                        || a[2] instanceof dev.tiercel.runtime.object.PyComplex) {
                    throw PyErr.valueError("complex modulo");
                }
                if (!(a[0] instanceof PyInt && a[1] instanceof PyInt && a[2] instanceof PyInt)) {
                    throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                return IntBuiltins.powMod((PyInt) a[0], (PyInt) a[1], (PyInt) a[2]);
            }
            return Ops.binaryOp(a[0], a[1], Ops.NB_POWER);
        });
        fn(d, "chr", (a, k) -> {
            Args.check("chr", a, k, 1, 1);
            long c = Ops.index(a[0]);
            if (c < 0 || c > 0x10ffff) {
                throw PyErr.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) c);
        });
        fn(d, "ord", (a, k) -> {
            Args.check("ord", a, k, 1, 1);
            if (a[0] instanceof PyStr s && s.length() == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            if (a[0] instanceof PyStr s) {
                throw PyErr.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            throw PyErr.typeError("ord() expected string of length 1, but " + a[0].type().name() + " found");
        });
        fn(d, "hex", (a, k) -> IntBuiltins.toBase(asInt(a[0]), 16, "0x"));
        fn(d, "oct", (a, k) -> IntBuiltins.toBase(asInt(a[0]), 8, "0o"));
        fn(d, "bin", (a, k) -> IntBuiltins.toBase(asInt(a[0]), 2, "0b"));
        fn(d, "getattr", (a, k) -> {
            Args.check("getattr", a, k, 2, 3);
            String name = attrName(a[1]);
            if (a.length == 3) {
                PyObject v = Ops.getattrOrNull(a[0], name);
                return v == null ? a[2] : v;
            }
            return Ops.getattr(a[0], name);
        });
        fn(d, "setattr", (a, k) -> {
            Args.check("setattr", a, k, 3, 3);
            Ops.setattr(a[0], attrName(a[1]), a[2]);
            return PyNone.INSTANCE;
        });
        fn(d, "delattr", (a, k) -> {
            Args.check("delattr", a, k, 2, 2);
            Ops.delattr(a[0], attrName(a[1]));
            return PyNone.INSTANCE;
        });
        fn(d, "hasattr", (a, k) -> {
            Args.check("hasattr", a, k, 2, 2);
            return PyBool.of(Ops.getattrOrNull(a[0], attrName(a[1])) != null);
        });
        fn(d, "callable", (a, k) -> PyBool.of(callable(a[0])));
        fn(d, "vars", (a, k) -> {
            if (a.length == 0) {
                return locals();
            }
            if (a[0] instanceof PyModule mod) {
                return mod.dict();
            }
            Map<String, PyObject> dict = a[0].instanceDict();
            if (a[0] instanceof PyType t) {
                return MappingProxy.of(t);
            }
            if (dict == null) {
                throw PyErr.typeError("vars() argument must have __dict__ attribute");
            }
            return DictBuiltins.fromMap(dict);
        });
        fn(d, "dir", (a, k) -> {
            TreeSet<String> names = new TreeSet<>();
            if (a.length == 0) {
                PyDict loc = locals();
                for (int p = loc.next(0); p >= 0; p = loc.next(p + 1)) {
                    names.add(Ops.str(loc.keyAt(p)));
                }
            } else {
                PyObject o = a[0];
                if (o instanceof PyModule mod) {
                    for (int p = mod.dict().next(0); p >= 0; p = mod.dict().next(p + 1)) {
                        names.add(Ops.str(mod.dict().keyAt(p)));
                    }
                } else {
                    PyType t = o instanceof PyType ty ? ty : o.type();
                    for (PyType c : t.mro()) {
                        names.addAll(c.dict.keySet());
                    }
                    if (o.instanceDict() != null) {
                        names.addAll(o.instanceDict().keySet());
                    }
                }
            }
            PyList l = new PyList();
            for (String s : names) {
                l.append(PyStr.of(s));
            }
            return l;
        });
        fn(d, "format", (a, k) -> {
            Args.check("format", a, k, 1, 2);
            return PyStr.of(Ops.format(a[0], a.length > 1 ? Ops.asString(a[1], "format spec") : ""));
        });
        fn(d, "input", (a, k) -> {
            if (a.length > 0) {
                PyTextIO out = stdout();
                out.write(Ops.str(a[0]));
                out.flush();
            }
            PyObject in = Py.sys.dict().getStr("stdin");
            String line = in instanceof PyTextIO t ? t.readline() : Ops.str(Ops.invoke(in, "readline"));
            if (line.isEmpty()) {
                throw PyErr.of(PyExc.EOFError, "EOF when reading a line");
            }
            return PyStr.of(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
        });
        fn(d, "__build_class__", TypeBuiltins::buildClass);
        fn(d, "globals", (a, k) -> Py.current == null ? new PyDict() : Py.current.globals);
        fn(d, "locals", (a, k) -> locals());
        fn(d, "exit", BuiltinsModule::exit);
        fn(d, "open", dev.tiercel.runtime.internal.io.OpenFunction::open);
        fn(d, "quit", BuiltinsModule::exit);
        return m;
    }

    /** {@code callable(o)}. */
    static boolean callable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod
                || o instanceof PyType || o.type().lookup("__call__") != null;
    }

    /** {@code locals()}: the namespace of a module or class body, or a snapshot of a function's fast locals. */
    public static PyDict locals() {
        return frameLocals(Py.current);
    }

    /** The locals of {@code f} as {@code locals()} would give them inside it (also {@code frame.f_locals}). */
    static PyDict frameLocals(dev.tiercel.runtime.object.PyFrame f) {
        if (f == null) {
            return new PyDict();
        }
        if (f.locals instanceof PyDict d) {
            return d;
        }
        PyDict d = new PyDict();
        String[] names = f.code.localsplusnames;
        for (int i = 0; i < names.length; i++) {
            PyObject v = f.localsplus[i];
            if (v instanceof dev.tiercel.runtime.object.PyCell c
                    && (f.code.localspluskinds[i] & (dev.tiercel.runtime.code.PyCode.CO_FAST_CELL
                    | dev.tiercel.runtime.code.PyCode.CO_FAST_FREE)) != 0) {
                v = c.value;
            }
            if (v != null) {
                d.putStr(names[i], v);
            }
        }
        return d;
    }

    private static PyInt asInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        return PyInt.of(Ops.index(o));
    }

    static PyObject exit(PyObject[] a, String[] k) {
        throw new dev.tiercel.runtime.object.PyException(new dev.tiercel.runtime.object.PyBaseException(
                PyExc.SystemExit, a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0])));
    }

    /** The current {@code sys.stdout} when it is ours, else null. */
    static PyTextIO stdout() {
        PyObject o = Py.sys == null ? null : Py.sys.dict().getStr("stdout");
        return o instanceof PyTextIO t ? t : null;
    }

    static PyObject print(PyObject[] a, String[] k) {
        Args.allowKw("print", k, "sep", "end", "file", "flush");
        int n = Args.npos(a, k);
        PyObject sepO = Args.kw(a, k, "sep"), endO = Args.kw(a, k, "end"), file = Args.kw(a, k, "file");
        PyObject flush = Args.kw(a, k, "flush");
        String sep = sepO == null || sepO == PyNone.INSTANCE ? " " : strArg(sepO, "sep");
        String end = endO == null || endO == PyNone.INSTANCE ? "\n" : strArg(endO, "end");
        if (file == null || file == PyNone.INSTANCE) {
            file = Py.sys == null ? null : Py.sys.dict().getStr("stdout");
            if (file == null || file == PyNone.INSTANCE) {
                return PyNone.INSTANCE;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Ops.str(a[i]));
        }
        sb.append(end);
        if (file instanceof PyTextIO t) {
            t.write(sb.toString());
            if (flush != null && Ops.isTrue(flush)) {
                t.flush();
            }
        } else {
            Ops.invoke(file, "write", PyStr.of(sb.toString()));
            if (flush != null && Ops.isTrue(flush)) {
                Ops.invoke(file, "flush");
            }
        }
        return PyNone.INSTANCE;
    }

    private static String strArg(PyObject o, String name) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(name + " must be None or a string, not " + o.type().name());
    }

    private static PyObject minMax(PyObject[] a, String[] k, String name, boolean min) {
        Args.allowKw(name, k, "key", "default");
        int n = Args.npos(a, k);
        PyObject key = Args.kw(a, k, "key");
        PyObject dflt = Args.kw(a, k, "default");
        if (key == PyNone.INSTANCE) {
            key = null;
        }
        List<PyObject> items;
        if (n == 1) {
            items = Ops.toList(a[0]);
        } else if (n == 0) {
            throw PyErr.typeError(name + " expected at least 1 argument, got 0");
        } else {
            if (dflt != null) {
                throw PyErr.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = new ArrayList<>(List.of(a).subList(0, n));
        }
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError(name + "() iterable argument is empty");
        }
        PyObject best = items.get(0);
        PyObject bestKey = key == null ? best : Ops.call(key, best);
        for (int i = 1; i < items.size(); i++) {
            PyObject v = items.get(i);
            PyObject kv = key == null ? v : Ops.call(key, v);
            if (min ? Ops.lessThan(kv, bestKey) : Ops.lessThan(bestKey, kv)) {
                best = v;
                bestKey = kv;
            }
        }
        return best;
    }

    private static PyObject sum(PyObject[] a, String[] k) {
        Args.allowKw("sum", k, "start");
        int n = Args.npos(a, k);
        if (n < 1 || n > 2) {
            throw PyErr.typeError("sum() takes at most 2 arguments (" + n + " given)");
        }
        PyObject acc = n > 1 ? a[1] : Args.kw(a, k, "start");
        if (acc == null) {
            acc = PyInt.ZERO;
        }
        if (acc instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject it = Ops.iter(a[0]);
        PyObject v = Ops.next(it);
        while (v != null) {
            if (acc instanceof PyInt && !(v instanceof PyFloat)) {
                acc = Ops.binaryOp(acc, v, Ops.NB_ADD);
                v = Ops.next(it);
                continue;
            }
            if (acc instanceof PyInt && v instanceof PyFloat) {
                // CPython adds the first float to an int total plainly, then compensates from there on.
                acc = Ops.binaryOp(acc, v, Ops.NB_ADD);
                v = Ops.next(it);
                continue;
            }
            if (acc instanceof PyFloat && (v instanceof PyFloat || v instanceof PyInt)) {
                double s = ((PyFloat) acc).value;
                double c = 0.0;
                while (v instanceof PyFloat || (v instanceof PyInt vi && vi.isSmall())) {
                    if (v instanceof PyInt vi) {
                        s += vi.value; // ints join a float total without compensation, as in CPython
                        v = Ops.next(it);
                        continue;
                    }
                    double x = ((PyFloat) v).value;
                    double t = s + x;
                    if (Math.abs(s) >= Math.abs(x)) {
                        c += (s - t) + x;
                    } else {
                        c += (x - t) + s;
                    }
                    s = t;
                    v = Ops.next(it);
                }
                if (c != 0 && Double.isFinite(c)) {
                    s += c;
                }
                acc = PyFloat.of(s);
                continue;
            }
            acc = Ops.binaryOp(acc, v, Ops.NB_ADD);
            v = Ops.next(it);
        }
        return acc;
    }

    /** The name argument of getattr/setattr/delattr/hasattr, with CPython's message for a non-string. */
    private static String attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }
}
