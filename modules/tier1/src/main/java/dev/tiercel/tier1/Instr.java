package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Awaitables;
import dev.tiercel.runtime.object.ExceptionGroups;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyAsyncGenerator;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyCell;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Arrays;

/**
 * The semantics of tier-1 instructions as small static methods over explicit state (frame, stack, operands), so
 * that the dispatch loop stays a thin switch and other backends can call the same code.
 */
final class Instr {
    private Instr() {}

    // ------------------------------------------------------------------ names

    static PyObject loadGlobal(PyFrame f, String name) {
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
            if (v == null) {
                throw PyErr.nameError(name);
            }
        }
        return v;
    }

    static PyObject loadName(PyFrame f, String name) {
        PyObject loc = f.locals;
        PyObject v = null;
        if (loc instanceof PyDict d && d.type() == PyTypes.DICT) {
            v = d.getStr(name);
        } else if (loc != null) {
            try {
                v = Ops.getitem(loc, PyStr.of(name));
            } catch (PyException e) {
                if (!e.value.isInstance(PyExc.KeyError)) {
                    throw e;
                }
            }
        }
        if (v != null) {
            return v;
        }
        return loadGlobal(f, name);
    }

    static void storeName(PyFrame f, String name, PyObject v) {
        PyObject loc = f.locals;
        if (loc instanceof PyDict d && d.type() == PyTypes.DICT) {
            d.putStr(name, v);
        } else if (loc != null) {
            Ops.setitem(loc, PyStr.of(name), v);
        } else {
            f.globals.putStr(name, v);
        }
    }

    static PyException unboundLocal(PyFrame f, int idx) {
        return PyErr.of(PyExc.UnboundLocalError, "cannot access local variable '" + f.code.localsplusnames[idx]
                + "' where it is not associated with a value");
    }

    // ------------------------------------------------------------------ calls

    static PyObject callOther(PyObject callable, PyObject[] stack, int start, int nargs) {
        PyObject[] args = Arrays.copyOfRange(stack, start, start + nargs);
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, null);
        }
        return Ops.call(callable, args, null);
    }

    /** The allocation-free part of int arithmetic: +, - and * of longs that do not overflow; else null. */
    static PyObject intOp(PyInt x, PyInt y, int nb) {
        if (x.big != null || y.big != null) {
            return null;
        }
        long a = x.value, b = y.value;
        switch (nb) {
            case Ops.NB_ADD, Ops.NB_INPLACE_ADD: {
                long r = a + b;
                return ((a ^ r) & (b ^ r)) < 0 ? null : PyInt.of(r);
            }
            case Ops.NB_SUBTRACT, Ops.NB_INPLACE_ADD + Ops.NB_SUBTRACT: {
                long r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? null : PyInt.of(r);
            }
            case Ops.NB_MULTIPLY, Ops.NB_INPLACE_ADD + Ops.NB_MULTIPLY: {
                long hi = Math.multiplyHigh(a, b);
                long lo = a * b;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? PyInt.of(lo) : null;
            }
            default:
                return null;
        }
    }

    /**
     * Generic BINARY_OP on the numbers CPython 3.13 has no specialized form for: two exact ints that fit a
     * {@code long} with {@code %}, {@code //}, {@code &}, {@code |}, {@code ^}, {@code >>} or {@code /} (and
     * {@code + - *} while the instruction waits to specialize again), and an exact float with an exact float or a
     * small int with {@code + - * /} ({@code i * 0.001}) or {@code **} on a positive finite base ({@code d2 ** 0.5},
     * with the {@code Math.pow} that float's own power uses), in-place forms included. The result, or null when the
     * general path must decide (other types, overflow, division by zero, a negative shift, ints beyond 2**53 in a
     * true division, which CPython rounds from the exact quotient).
     */
    static PyObject numberOp(PyObject a, PyObject b, int nb) {
        int op = nb >= Ops.NB_INPLACE_ADD ? nb - Ops.NB_INPLACE_ADD : nb;
        if (Specializer.isInt(a) && Specializer.isInt(b)) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            return x.big == null && y.big == null ? longOp(x, y, op) : null;
        }
        if (!isExactDouble(a) || !isExactDouble(b)) {
            return null;
        }
        double p = a instanceof PyFloat x ? x.value : ((PyInt) a).value;
        double q = b instanceof PyFloat y ? y.value : ((PyInt) b).value;
        switch (op) {
            case Ops.NB_ADD:
                return PyFloat.of(p + q);
            case Ops.NB_SUBTRACT:
                return PyFloat.of(p - q);
            case Ops.NB_MULTIPLY:
                return PyFloat.of(p * q);
            case Ops.NB_TRUE_DIVIDE:
                return q == 0 ? null : PyFloat.of(p / q);
            case Ops.NB_POWER: { // a positive finite base: no complex result, domain or zero-division error
                double r = p > 0 && p < Double.POSITIVE_INFINITY && Double.isFinite(q) ? Math.pow(p, q) : Double.NaN;
                return Double.isFinite(r) ? PyFloat.of(r) : null; // overflow raises on the general path
            }
            default:
                return null;
        }
    }

    /** Ints up to this magnitude convert to a double exactly. */
    private static final long EXACT = 1L << 53;

    /** An exact float, or an exact int that converts to a double exactly. */
    private static boolean isExactDouble(PyObject o) {
        return Specializer.isFloat(o)
                || Specializer.isInt(o) && ((PyInt) o).big == null && Math.abs(((PyInt) o).value) <= EXACT;
    }

    private static PyObject longOp(PyInt x, PyInt y, int op) {
        long p = x.value, q = y.value;
        switch (op) {
            case Ops.NB_REMAINDER:
                return q == 0 ? null : PyInt.of(Math.floorMod(p, q));
            case Ops.NB_FLOOR_DIVIDE:
                return q == 0 || p == Long.MIN_VALUE && q == -1 ? null : PyInt.of(Math.floorDiv(p, q));
            case Ops.NB_AND:
                return PyInt.of(p & q);
            case Ops.NB_OR:
                return PyInt.of(p | q);
            case Ops.NB_XOR:
                return PyInt.of(p ^ q);
            case Ops.NB_RSHIFT:
                return q < 0 ? null : PyInt.of(q >= 64 ? p >> 63 : p >> q);
            case Ops.NB_TRUE_DIVIDE:
                return q == 0 || Math.abs(p) > EXACT || Math.abs(q) > EXACT ? null : PyFloat.of((double) p / q);
            case Ops.NB_ADD, Ops.NB_SUBTRACT, Ops.NB_MULTIPLY:
                return intOp(x, y, op);
            default:
                return null;
        }
    }

    static int unpack(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[--sp];
        PyObject[] items = Ops.unpack(seq, n);
        for (int i = n - 1; i >= 0; i--) {
            stack[sp++] = items[i];
        }
        return sp;
    }

    /** RAISE_VARARGS: returns the exception to throw. */
    static PyException raise(PyFrame f, int argc) {
        PyObject[] stack = f.stack;
        if (argc == 0) {
            PyBaseException cur = Py.handled;
            if (cur == null) {
                return PyErr.of(PyExc.RuntimeError, "No active exception to reraise");
            }
            return cur.toJava();
        }
        PyObject cause = argc == 2 ? stack[--f.sp] : null;
        PyObject exc = stack[--f.sp];
        PyBaseException e = toException(exc);
        if (cause != null) {
            if (cause == PyNone.INSTANCE) {
                e.cause = null;
            } else {
                if (!(cause instanceof PyBaseException
                        || cause instanceof PyType ct && ct.isSubtypeOf(PyExc.BaseException))) {
                    throw PyErr.typeError("exception causes must derive from BaseException");
                }
                e.cause = toException(cause);
            }
            e.suppressContext = true;
        }
        return e.toJava();
    }

    static PyBaseException toException(PyObject exc) {
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject v = Ops.call(t);
            if (!(v instanceof PyBaseException be)) {
                throw PyErr.typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException");
            }
            return be;
        }
        if (exc instanceof PyBaseException be) {
            return be;
        }
        throw PyErr.typeError("exceptions must derive from BaseException");
    }

    // ------------------------------------------------------------------ the less frequent instructions

    static void execute(PyFrame f, int op, int arg) {
        PyObject[] s = f.stack;
        switch (op) {
            case STORE_GLOBAL -> f.globals.putStr(f.code.names[arg], pop(f));
            case DELETE_GLOBAL -> {
                if (f.globals.remove(PyStr.of(f.code.names[arg])) == null) {
                    throw PyErr.nameError(f.code.names[arg]);
                }
            }
            case DELETE_NAME -> {
                String name = f.code.names[arg];
                PyObject removed = f.locals instanceof PyDict d ? d.remove(PyStr.of(name)) : null;
                if (removed == null) {
                    throw PyErr.nameError(name);
                }
            }
            case DELETE_FAST -> {
                if (f.localsplus[arg] == null) {
                    throw unboundLocal(f, arg);
                }
                f.localsplus[arg] = null;
            }
            case MAKE_CELL -> f.localsplus[arg] = new PyCell(f.localsplus[arg]);
            case COPY_FREE_VARS -> {
                PyTuple closure = f.func.closure;
                int n = f.code.nlocalsplus();
                for (int i = 0; i < arg; i++) {
                    f.localsplus[n - arg + i] = closure.get(i);
                }
            }
            case LOAD_DEREF -> push(f, loadDeref(f, arg));
            case STORE_DEREF -> ((PyCell) f.localsplus[arg]).value = pop(f);
            case DELETE_DEREF -> {
                PyCell c = (PyCell) f.localsplus[arg];
                if (c.value == null) {
                    throw unboundLocal(f, arg);
                }
                c.value = null;
            }
            case LOAD_FROM_DICT_OR_DEREF -> {
                PyObject mapping = pop(f);
                String name = f.code.localsplusnames[arg];
                PyObject v = mapping instanceof PyDict d ? d.getStr(name) : null;
                push(f, v != null ? v : loadDeref(f, arg));
            }
            case LOAD_FROM_DICT_OR_GLOBALS -> {
                PyObject mapping = pop(f);
                String name = f.code.names[arg];
                PyObject v = mapping instanceof PyDict d ? d.getStr(name) : null;
                push(f, v != null ? v : loadGlobal(f, name));
            }
            case LOAD_LOCALS -> {
                if (f.locals == null) {
                    throw PyErr.systemError("no locals found");
                }
                push(f, f.locals);
            }
            case LOAD_BUILD_CLASS -> push(f, loadGlobal(f, "__build_class__"));
            case LOAD_ASSERTION_ERROR -> push(f, PyExc.AssertionError);
            case SETUP_ANNOTATIONS -> {
                if (f.locals instanceof PyDict d && d.getStr("__annotations__") == null) {
                    d.putStr("__annotations__", new PyDict());
                }
            }
            case DELETE_ATTR -> Ops.delattr(pop(f), f.code.names[arg]);
            case LOAD_SUPER_ATTR -> loadSuperAttr(f, arg);
            case UNARY_NEGATIVE -> s[f.sp - 1] = Ops.negative(s[f.sp - 1]);
            case UNARY_INVERT -> s[f.sp - 1] = Ops.invert(s[f.sp - 1]);
            case STORE_SUBSCR -> {
                PyObject key = pop(f);
                PyObject container = pop(f);
                PyObject v = pop(f);
                Ops.setitem(container, key, v);
            }
            case DELETE_SUBSCR -> {
                PyObject key = pop(f);
                Ops.delitem(pop(f), key);
            }
            case BINARY_SLICE -> {
                PyObject stop = pop(f);
                PyObject start = pop(f);
                PyObject container = pop(f);
                push(f, Ops.getitem(container, new PySlice(start, stop, PyNone.INSTANCE)));
            }
            case STORE_SLICE -> {
                PyObject stop = pop(f);
                PyObject start = pop(f);
                PyObject container = pop(f);
                PyObject v = pop(f);
                Ops.setitem(container, new PySlice(start, stop, PyNone.INSTANCE), v);
            }
            case BUILD_SLICE -> {
                PyObject step = arg == 3 ? pop(f) : PyNone.INSTANCE;
                PyObject stop = pop(f);
                PyObject start = pop(f);
                push(f, new PySlice(start, stop, step));
            }
            case BUILD_SET -> {
                PySet set = new PySet(false);
                int base = f.sp - arg;
                for (int i = base; i < f.sp; i++) {
                    set.add(s[i]);
                }
                clear(f, base);
                push(f, set);
            }
            case BUILD_MAP -> {
                PyDict d = new PyDict(arg);
                int base = f.sp - 2 * arg;
                for (int i = base; i < f.sp; i += 2) {
                    d.put(s[i], s[i + 1]);
                }
                clear(f, base);
                push(f, d);
            }
            case BUILD_CONST_KEY_MAP -> {
                PyTuple keys = (PyTuple) pop(f);
                PyDict d = new PyDict(arg);
                int base = f.sp - arg;
                for (int i = 0; i < arg; i++) {
                    d.put(keys.get(i), s[base + i]);
                }
                clear(f, base);
                push(f, d);
            }
            case BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                int base = f.sp - arg;
                for (int i = base; i < f.sp; i++) {
                    sb.append(((PyStr) s[i]).value);
                }
                clear(f, base);
                push(f, PyStr.of(sb.toString()));
            }
            case LIST_EXTEND -> {
                PyObject it = pop(f);
                PyList l = (PyList) s[f.sp - arg];
                try {
                    Ops.extend(l, it);
                } catch (PyException e) {
                    if (e.value.isInstance(PyExc.TypeError) && it.type().lookup("__iter__") == null
                            && !(it instanceof PyIterator)) {
                        throw PyErr.typeError("Value after * must be an iterable, not " + it.type().name());
                    }
                    throw e;
                }
            }
            case SET_ADD -> {
                PyObject v = pop(f);
                ((PySet) s[f.sp - arg]).add(v);
            }
            case SET_UPDATE -> {
                PyObject it = pop(f);
                Ops.setUpdate((PySet) s[f.sp - arg], it);
            }
            case MAP_ADD -> {
                PyObject v = pop(f);
                PyObject k = pop(f);
                ((PyDict) s[f.sp - arg]).put(k, v);
            }
            case DICT_UPDATE -> {
                PyObject o = pop(f);
                PyDict d = (PyDict) s[f.sp - arg];
                if (!(o instanceof PyDict) && Ops.getattrOrNull(o, "keys") == null) {
                    throw PyErr.typeError("'" + o.type().name() + "' object is not a mapping");
                }
                Ops.dictUpdate(d, o);
            }
            case DICT_MERGE -> {
                PyObject o = pop(f);
                PyDict d = (PyDict) s[f.sp - arg];
                PyObject func = s[f.sp - arg - 3];
                PyDict src = o instanceof PyDict od ? od : dictOf(o, func);
                for (int p = src.next(0); p >= 0; p = src.next(p + 1)) {
                    PyObject k = src.keyAt(p);
                    if (!(k instanceof PyStr)) {
                        throw PyErr.typeError("keywords must be strings");
                    }
                    if (d.containsKey(k)) {
                        throw PyErr.typeError(funcName(func) + " got multiple values for keyword argument '"
                                + ((PyStr) k).value + "'");
                    }
                    d.put(k, src.valueAt(p));
                }
            }
            case UNPACK_EX -> {
                PyObject seq = pop(f);
                PyObject[] items = Ops.unpackEx(seq, arg & 0xff, arg >> 8);
                for (int i = items.length - 1; i >= 0; i--) {
                    push(f, items[i]);
                }
            }
            case MAKE_FUNCTION -> {
                PyCode code = (PyCode) pop(f);
                push(f, new PyFunction(code, f.globals));
            }
            case SET_FUNCTION_ATTRIBUTE -> {
                PyFunction fn = (PyFunction) pop(f);
                fn.setAttribute(arg, pop(f));
                push(f, fn);
            }
            case CALL_KW -> callKw(f, arg);
            case CALL_FUNCTION_EX -> callEx(f, arg);
            case CALL_INTRINSIC_1 -> s[f.sp - 1] = intrinsic1(f, arg, s[f.sp - 1]);
            case CALL_INTRINSIC_2 -> {
                PyObject b = pop(f);
                PyObject a = pop(f);
                push(f, intrinsic2(arg, a, b));
            }
            case FORMAT_SIMPLE -> {
                PyObject v = s[f.sp - 1];
                s[f.sp - 1] = Specializer.isStr(v) ? v : PyStr.of(Ops.format(v, ""));
            }
            case FORMAT_WITH_SPEC -> {
                PyObject spec = pop(f);
                s[f.sp - 1] = PyStr.of(Ops.format(s[f.sp - 1], ((PyStr) spec).value));
            }
            case CONVERT_VALUE -> {
                PyObject v = s[f.sp - 1];
                s[f.sp - 1] = PyStr.of(switch (arg) {
                    case 1 -> Ops.str(v);
                    case 2 -> Ops.repr(v);
                    default -> Ops.ascii(v);
                });
            }
            case GET_LEN -> push(f, PyInt.of(Ops.len(s[f.sp - 1])));
            case GET_YIELD_FROM_ITER -> {
                PyObject v = s[f.sp - 1];
                if (v instanceof dev.tiercel.runtime.object.PyCoroutine) {
                    if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                        throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                } else if (!PyGenerator.isPlain(v)) {
                    s[f.sp - 1] = Ops.iter(v);
                }
            }
            case SEND -> send(f, arg);
            case END_SEND -> {
                PyObject v = pop(f);
                s[f.sp - 1] = v;
            }
            case CLEANUP_THROW -> {
                PyObject exc = pop(f);
                pop(f);
                pop(f);
                PyBaseException e = (PyBaseException) exc;
                if (e.isInstance(PyExc.StopIteration)) {
                    push(f, PyNone.INSTANCE);
                    push(f, e.args.size() > 0 ? e.args.get(0) : PyNone.INSTANCE);
                } else {
                    throw e.toJava();
                }
            }
            case PUSH_EXC_INFO -> {
                PyObject exc = pop(f);
                push(f, Py.handled == null ? PyNone.INSTANCE : Py.handled);
                push(f, exc);
                Py.handled = exc instanceof PyBaseException be ? be : null;
            }
            case POP_EXCEPT -> {
                PyObject prev = pop(f);
                Py.handled = prev instanceof PyBaseException be ? be : null;
            }
            case CHECK_EXC_MATCH -> {
                PyObject right = pop(f);
                PyObject left = s[f.sp - 1];
                checkCatchable(right);
                push(f, PyBool.of(Ops.isinstance(left, right)));
            }
            case BEFORE_WITH -> {
                PyObject mgr = pop(f);
                PyObject enter = mgr.type().lookup("__enter__");
                PyObject exit = mgr.type().lookup("__exit__");
                if (enter == null || exit == null) {
                    throw PyErr.typeError("'" + mgr.type().name() + "' object does not support the context manager "
                            + "protocol" + (enter == null ? "" : " (missed __exit__ method)"));
                }
                push(f, new PyMethod(exit, mgr));
                push(f, Ops.callMethod(enter, mgr));
            }
            case WITH_EXCEPT_START -> {
                PyObject val = s[f.sp - 1];
                PyObject exit = s[f.sp - 4];
                PyBaseException e = (PyBaseException) val;
                push(f, Ops.call(exit, e.type(), e, e.traceback == null ? PyNone.INSTANCE : e.traceback));
            }
            case EXIT_INIT_CHECK -> {
                PyObject v = pop(f);
                if (v != PyNone.INSTANCE) {
                    throw PyErr.typeError("__init__() should return None, not '" + v.type().name() + "'");
                }
            }
            case IMPORT_NAME -> {
                PyObject fromlist = pop(f);
                PyObject level = pop(f);
                push(f, Py.importer().importName(f.code.names[arg], f.globals, fromlist,
                        (int) ((PyInt) level).value));
            }
            case IMPORT_FROM -> push(f, Py.importer().importFrom(s[f.sp - 1], f.code.names[arg]));
            case MATCH_SEQUENCE -> {
                PyObject v = s[f.sp - 1];
                push(f, PyBool.of(v instanceof PyList || v instanceof PyTuple
                        || v instanceof dev.tiercel.runtime.object.PyRange
                        || (v.type().heap && v.type().lookup("__getitem__") != null && v.type().lookup("__len__") != null
                            && !(v instanceof PyStr) && v.type().lookup("keys") == null)));
            }
            case MATCH_MAPPING -> push(f, PyBool.of(s[f.sp - 1] instanceof PyDict));
            case MATCH_KEYS -> {
                PyTuple keys = (PyTuple) s[f.sp - 1];
                PyObject subject = s[f.sp - 2];
                PyObject[] values = new PyObject[keys.size()];
                PyObject result = null;
                for (int i = 0; i < values.length; i++) {
                    PyObject v = subject instanceof PyDict d ? d.get(keys.get(i)) : null;
                    if (v == null) {
                        result = PyNone.INSTANCE;
                        break;
                    }
                    values[i] = v;
                }
                push(f, result != null ? result : PyTuple.wrap(values));
            }
            case MATCH_CLASS -> {
                PyTuple names = (PyTuple) pop(f);
                PyObject type = pop(f);
                PyObject subject = pop(f);
                push(f, matchClass(subject, type, arg, names));
            }
            case GET_AWAITABLE -> s[f.sp - 1] = Awaitables.getAwaitable(s[f.sp - 1], arg);
            case GET_AITER -> s[f.sp - 1] = Awaitables.getAiter(s[f.sp - 1]);
            case GET_ANEXT -> push(f, Awaitables.getAnext(s[f.sp - 1]));
            case BEFORE_ASYNC_WITH -> {
                PyObject[] exitAndResult = Awaitables.beforeAsyncWith(pop(f));
                push(f, exitAndResult[0]);
                push(f, exitAndResult[1]);
            }
            case CHECK_EG_MATCH -> {
                PyObject type = pop(f);
                PyObject exc = pop(f);
                ExceptionGroups.checkExceptStarType(type);
                PyObject[] restAndMatch = ExceptionGroups.exceptStarMatch(exc, type,
                        new dev.tiercel.runtime.object.PyTraceback(f.code, f.lasti, null));
                push(f, restAndMatch[0]);
                push(f, restAndMatch[1]);
                if (restAndMatch[1] instanceof PyBaseException m) {
                    Py.handled = m;
                }
            }
            case INTERPRETER_EXIT, ENTER_EXECUTOR -> throw PyErr.systemError("unexpected " + Opcodes.name(op));
            default -> throw PyErr.systemError("unknown opcode " + op + " (" + Opcodes.name(op) + ")");
        }
    }

    private static final java.util.Set<PyType> SELF_MATCHING = java.util.Set.of(PyTypes.BOOL, PyTypes.BYTES,
            PyTypes.DICT, PyTypes.FLOAT, PyTypes.FROZENSET, PyTypes.INT, PyTypes.LIST, PyTypes.SET, PyTypes.STR,
            PyTypes.TUPLE);

    static PyObject matchClass(PyObject subject, PyObject type, int npos, PyTuple names) {
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!subject.type().isSubtypeOf(t)) {
            return PyNone.INSTANCE;
        }
        PyObject[] out = new PyObject[npos + names.size()];
        if (npos > 0) {
            PyObject matchArgs = Ops.getattrOrNull(t, "__match_args__");
            boolean selfMatch = matchArgs == null && SELF_MATCHING.stream().anyMatch(t::isSubtypeOf);
            if (selfMatch) {
                if (npos > 1) {
                    throw PyErr.typeError(t.name() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                }
                out[0] = subject;
            } else {
                if (matchArgs != null && !(matchArgs instanceof PyTuple)) {
                    throw PyErr.typeError(t.name() + ".__match_args__ must be a tuple (got "
                            + matchArgs.type().name() + ")");
                }
                PyTuple ma = matchArgs == null ? PyTuple.EMPTY : (PyTuple) matchArgs;
                if (npos > ma.size()) {
                    throw PyErr.typeError(t.name() + "() accepts " + ma.size() + " positional sub-pattern"
                            + (ma.size() == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    PyObject v = Ops.getattrOrNull(subject, Ops.str(ma.get(i)));
                    if (v == null) {
                        return PyNone.INSTANCE;
                    }
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            PyObject v = Ops.getattrOrNull(subject, Ops.str(names.get(i)));
            if (v == null) {
                return PyNone.INSTANCE;
            }
            out[npos + i] = v;
        }
        return PyTuple.wrap(out);
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, the module left out for builtins. */
    private static String funcName(PyObject func) {
        if (func instanceof PyFunction || func instanceof PyMethod) {
            PyObject q = Ops.getattrOrNull(func, "__qualname__");
            PyObject m = Ops.getattrOrNull(func, "__module__");
            if (q instanceof PyStr qs) {
                return (m instanceof PyStr ms && !ms.value.equals("builtins") ? ms.value + "." : "") + qs.value + "()";
            }
        }
        if (func instanceof PyBuiltinFunction b) {
            return b.name + "()";
        }
        if (func instanceof PyType t) {
            return t.name() + "()";
        }
        return Ops.repr(func);
    }

    private static PyDict dictOf(PyObject o, PyObject func) {
        PyObject keys = Ops.getattrOrNull(o, "keys");
        if (keys == null) {
            throw PyErr.typeError(funcName(func) + " argument after ** must be a mapping, not " + o.type().name());
        }
        PyDict d = new PyDict();
        for (PyObject k : Ops.toArray(Ops.call(keys))) {
            d.put(k, Ops.getitem(o, k));
        }
        return d;
    }

    static void checkCatchable(PyObject right) {
        PyObject[] classes = right instanceof PyTuple t ? t.items : new PyObject[] {right};
        for (PyObject c : classes) {
            if (!(c instanceof PyType ct) || !ct.isSubtypeOf(PyExc.BaseException)) {
                throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
    }

    static PyObject loadDeref(PyFrame f, int idx) {
        PyObject c = f.localsplus[idx];
        PyObject v = c instanceof PyCell cell ? cell.value : null;
        if (v == null) {
            String name = f.code.localsplusnames[idx];
            if ((f.code.localspluskinds[idx] & PyCode.CO_FAST_FREE) != 0) {
                throw PyErr.nameError2("cannot access free variable '" + name
                        + "' where it is not associated with a value in enclosing scope", name);
            }
            throw PyErr.of(PyExc.UnboundLocalError, "cannot access local variable '" + name
                    + "' where it is not associated with a value");
        }
        return v;
    }

    private static void loadSuperAttr(PyFrame f, int arg) {
        PyObject self = pop(f);
        PyObject cls = pop(f);
        PyObject sup = pop(f);
        String name = f.code.names[arg >> 2];
        boolean method = (arg & 1) != 0;
        PyObject s;
        if (sup == PyTypes.SUPER && cls instanceof PyType ct) {
            s = new PyDescriptors.Super(ct, self);
        } else {
            s = (arg & 2) != 0 ? Ops.call(sup, cls, self) : Ops.call(sup);
        }
        PyObject attr = Ops.getattr(s, name);
        if (method && attr instanceof PyMethod m && m.self == self) {
            push(f, m.func);
            push(f, self);
        } else {
            push(f, attr);
            if (method) {
                push(f, null);
            }
        }
    }

    private static void callKw(PyFrame f, int argc) {
        PyObject[] s = f.stack;
        PyTuple kwt = (PyTuple) pop(f);
        String[] kwnames = new String[kwt.size()];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = ((PyStr) kwt.get(i)).value;
        }
        int base = f.sp - 2 - argc;
        PyObject callable = s[base];
        PyObject self = s[base + 1];
        int start = self == null ? base + 2 : base + 1;
        PyObject[] args = Arrays.copyOfRange(s, start, f.sp);
        clear(f, base);
        push(f, Ops.call(callable, args, kwnames));
    }

    private static void callEx(PyFrame f, int arg) {
        PyObject kwargs = (arg & 1) != 0 ? pop(f) : null;
        PyObject callargs = pop(f);
        pop(f);
        PyObject func = pop(f);
        PyObject[] pos;
        if (callargs instanceof PyTuple t) {
            pos = t.items;
        } else {
            try {
                pos = Ops.toArray(callargs);
            } catch (PyException e) {
                if (e.value.isInstance(PyExc.TypeError)) {
                    throw PyErr.typeError(funcName(func) + " argument after * must be an iterable, not "
                            + callargs.type().name());
                }
                throw e;
            }
        }
        PyObject[] args = pos;
        String[] kwnames = null;
        if (kwargs instanceof PyDict d && d.size() > 0) {
            args = Arrays.copyOf(pos, pos.length + d.size());
            kwnames = new String[d.size()];
            int i = 0;
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                kwnames[i] = ((PyStr) d.keyAt(p)).value;
                args[pos.length + i] = d.valueAt(p);
                i++;
            }
        }
        push(f, Ops.call(func, args, kwnames));
    }

    private static PyObject intrinsic1(PyFrame f, int which, PyObject v) {
        switch (which) {
            case 1:
                if (v != PyNone.INSTANCE) {
                    Ops.call(Py.builtinsDict().getStr("print"), v);
                }
                return PyNone.INSTANCE;
            case 2:
                Py.importer().importStar(v, f.locals != null ? f.locals : f.globals);
                return PyNone.INSTANCE;
            case 3:
                return Awaitables.stopIterationError(f.code, (PyBaseException) v);
            case 4:
                return new PyAsyncGenerator.Wrapped(v);
            case 5:
                return Ops.positive(v);
            case 6:
                return PyTuple.wrap(((PyList) v).toArray());
            default: {
                PyObject r = dev.tiercel.runtime.object.TypeParams.intrinsic1(which, v, f.globals);
                if (r == null) {
                    throw PyErr.systemError("intrinsic " + which + " not supported");
                }
                return r;
            }
        }
    }

    private static PyObject intrinsic2(int which, PyObject a, PyObject b) {
        if (which == 1) {
            return ExceptionGroups.prepReraiseStar(a, b);
        }
        PyObject r = dev.tiercel.runtime.object.TypeParams.intrinsic2(which, a, b);
        if (r != null) {
            return r;
        }
        throw PyErr.systemError("intrinsic2 " + which + " not supported");
    }

    private static void send(PyFrame f, int arg) {
        PyObject[] s = f.stack;
        PyObject v = s[f.sp - 1];
        PyObject receiver = s[f.sp - 2];
        PyObject r;
        if (receiver instanceof PyGenerator g) {
            r = g.resume(v, null);
            if (r == null) {
                s[f.sp - 1] = g.returnValue;
                g.returnValue = PyNone.INSTANCE;
                f.ip += arg;
                return;
            }
        } else {
            PyObject[] returned = new PyObject[1];
            r = Awaitables.sendTo(receiver, v, returned);
            if (r == null) {
                s[f.sp - 1] = returned[0];
                f.ip += arg;
                return;
            }
        }
        s[f.sp - 1] = r;
    }

    // ------------------------------------------------------------------ stack helpers

    static PyObject pop(PyFrame f) {
        PyObject v = f.stack[--f.sp];
        f.stack[f.sp] = null;
        return v;
    }

    static void push(PyFrame f, PyObject v) {
        f.stack[f.sp++] = v;
    }

    static void clear(PyFrame f, int base) {
        for (int i = base; i < f.sp; i++) {
            f.stack[i] = null;
        }
        f.sp = base;
    }
}
