package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Arrays;

/**
 * {@code CALL}'s specialized forms, chosen as CPython 3.13 chooses them: by the kind of callable (Python function,
 * bound method, built-in function by its calling convention, method descriptor, class) and the argument count.
 * The guard data sits in {@link Specializer.State} at the instruction's position: {@code ref} holds the callee's code
 * object (CPython's function version: a function's code cannot be replaced here) or the callable itself; for
 * {@code CALL_ALLOC_AND_ENTER_INIT} also the class epoch ({@code version}) and the {@code __init__} ({@code ref2}).
 * A failed attempt backs off as every family's does ({@link Specializer#fail}).
 */
final class CallSpecializer {
    private CallSpecializer() {}

    /**
     * The code of the frame {@code CALL_ALLOC_AND_ENTER_INIT} puts between the caller and {@code __init__}, as
     * CPython's {@code _Py_InitCleanup}: check that {@code __init__} returned None, then return the new instance.
     */
    static final PyCode INIT_SHIM = new PyCode(0, 0, 0, 2, 0, new short[] {EXIT_INIT_CHECK, RETURN_VALUE},
            new PyObject[0], new String[0], new String[0], new byte[0], "<init shim>", "__init__", "__init__", 0,
            new byte[0], new byte[0]);

    /** The generic CALL's counter ran out: rewrites it to a specialized form; true to dispatch it again. */
    static boolean specialize(short[] code, int here, PyFrame f, PyObject[] stack, int sp, int oparg) {
        int base = sp - 2 - oparg;
        PyObject callable = stack[base];
        boolean hasSelf = stack[base + 1] != null;
        int nargs = oparg + (hasSelf ? 1 : 0);
        Specializer.State st = Specializer.state(f.code);
        st.clearSecond(here);
        int form;
        if (callable instanceof PyBuiltinFunction b) {
            form = b.isMethod ? methodDescriptor(b, nargs, oparg, code, here) : builtin(b, nargs, f);
            st.ref[here] = b;
        } else if (callable instanceof PyFunction fn) {
            form = pyCall(fn, nargs, false);
            st.ref[here] = fn.code;
        } else if (callable instanceof PyType t) {
            form = classCall(t, nargs, oparg, st, here);
        } else if (callable instanceof PyMethod m && !hasSelf) {
            form = m.func instanceof PyFunction fn ? pyCall(fn, nargs, true) : ~FailureKinds.CALL_BOUND_METHOD;
            st.ref[here] = m.func instanceof PyFunction fn ? fn.code : null;
        } else {
            form = hasSelf && callable instanceof PyMethod ? ~FailureKinds.OTHER : CALL_NON_PY_GENERAL;
        }
        return form < 0 ? Specializer.fail(code, here, ~form) : Specializer.rewrite(code, here, form);
    }

    private static int pyCall(PyFunction fn, int nargs, boolean bound) {
        PyCode c = fn.code;
        if ((c.flags & PyCode.CO_OPTIMIZED) == 0) {
            return ~FailureKinds.CODE_NOT_OPTIMIZED;
        }
        if (simple(c) && c.argcount == nargs + (bound ? 1 : 0)) {
            return bound ? CALL_BOUND_METHOD_EXACT_ARGS : CALL_PY_EXACT_ARGS;
        }
        return bound ? CALL_BOUND_METHOD_GENERAL : CALL_PY_GENERAL;
    }

    private static boolean simple(PyCode c) {
        return (c.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && c.kwonlyargcount == 0;
    }

    /** A built-in function, by its calling convention; {@code len} and {@code isinstance} have forms of their own. */
    private static int builtin(PyBuiltinFunction b, int nargs, PyFrame f) {
        switch (b.flags) {
            case PyBuiltinFunction.METH_O:
                if (nargs != 1) {
                    return ~FailureKinds.WRONG_NUMBER_ARGUMENTS;
                }
                return b == f.builtins.getStr("len") ? CALL_LEN : CALL_BUILTIN_O;
            case PyBuiltinFunction.METH_FASTCALL:
                return nargs == 2 && b == f.builtins.getStr("isinstance") ? CALL_ISINSTANCE : CALL_BUILTIN_FAST;
            case PyBuiltinFunction.METH_FASTCALL | PyBuiltinFunction.METH_KEYWORDS:
                return CALL_BUILTIN_FAST_WITH_KEYWORDS;
            default:
                return CALL_NON_PY_GENERAL;
        }
    }

    /** A method of a built-in type; {@code list.append} whose None result is dropped has a form of its own. */
    private static int methodDescriptor(PyBuiltinFunction b, int nargs, int oparg, short[] code, int here) {
        switch (b.flags) {
            case PyBuiltinFunction.METH_NOARGS:
                return nargs == 1 ? CALL_METHOD_DESCRIPTOR_NOARGS : ~FailureKinds.WRONG_NUMBER_ARGUMENTS;
            case PyBuiltinFunction.METH_O:
                if (nargs != 2) {
                    return ~FailureKinds.WRONG_NUMBER_ARGUMENTS;
                }
                boolean popped = (code[here + 1 + cacheEntries(CALL)] & 0xff) == POP_TOP;
                return b == PyTypes.LIST.dict.get("append") && oparg == 1 && popped ? CALL_LIST_APPEND
                        : CALL_METHOD_DESCRIPTOR_O;
            case PyBuiltinFunction.METH_FASTCALL:
                return CALL_METHOD_DESCRIPTOR_FAST;
            case PyBuiltinFunction.METH_FASTCALL | PyBuiltinFunction.METH_KEYWORDS:
                return CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
            default:
                return CALL_NON_PY_GENERAL;
        }
    }

    private static int classCall(PyType t, int nargs, int oparg, Specializer.State st, int here) {
        st.ref[here] = t;
        if (!t.heap) {
            if (nargs == 1 && oparg == 1) {
                if (t == PyTypes.STR) {
                    return CALL_STR_1;
                }
                if (t == PyTypes.TYPE) {
                    return CALL_TYPE_1;
                }
                if (t == PyTypes.TUPLE) {
                    return CALL_TUPLE_1;
                }
            }
            if (t != PyTypes.TYPE && t.factory != null) {
                return CALL_BUILTIN_CLASS;
            }
            return ~(t == PyTypes.STR ? FailureKinds.CALL_STR : FailureKinds.CALL_CLASS_NO_VECTORCALL);
        }
        if (t.type() != PyTypes.TYPE) {
            return CALL_NON_PY_GENERAL; // a metaclass's __call__ decides
        }
        PyFunction init = plainClassInit(t);
        if (init == null) {
            return CALL_NON_PY_GENERAL;
        }
        if (init.code.argcount != nargs + 1) {
            return ~FailureKinds.WRONG_NUMBER_ARGUMENTS;
        }
        st.ref2[here] = init;
        st.version[here] = PyType.epoch;
        return CALL_ALLOC_AND_ENTER_INIT;
    }

    /**
     * The {@code __init__} of a class whose instances {@code object.__new__} makes with a {@code __dict__} (CPython:
     * a managed-dict class without {@code __slots__}), when it is a Python function with simple parameters; else
     * null.
     */
    private static PyFunction plainClassInit(PyType t) {
        PyObject userNew = t.lookup("__new__");
        if (t.factory != PyTypes.OBJECT.factory || userNew instanceof PyFunction
                || userNew instanceof dev.tiercel.runtime.object.PyDescriptors.StaticMethod
                || t.slots.length > 0 || !t.instancesHaveDict
                || t.dict.get("__abstractmethods__") instanceof PySet s && s.size() > 0) {
            return null;
        }
        return t.lookup("__init__") instanceof PyFunction init && simple(init.code)
                && (init.code.flags & PyCode.CO_OPTIMIZED) != 0 ? init : null;
    }

    // ------------------------------------------------------------------ the specialized forms

    /**
     * The Python forms ({@code CALL_PY_*}, {@code CALL_BOUND_METHOD_*}, {@code CALL_ALLOC_AND_ENTER_INIT}): the
     * frame to continue in, with the arguments moved from the caller's stack (which is left at the call's base),
     * counted and linked; null when a guard fails (nothing changed then).
     */
    static PyFrame pushFrame(int op, int here, PyFrame f, PyObject[] stack, int sp, int oparg) {
        Object cached = ((Specializer.State) f.code.tierState).ref[here];
        int base = sp - 2 - oparg;
        PyObject callable = stack[base];
        PyObject self = stack[base + 1];
        PyFunction fn;
        PyFrame shim = null;
        int first = self == null ? base + 2 : base + 1;
        switch (op) {
            case CALL_PY_EXACT_ARGS, CALL_PY_GENERAL -> {
                if (!(callable instanceof PyFunction g) || g.code != cached
                        || op == CALL_PY_EXACT_ARGS && g.code.argcount != sp - first) {
                    return null;
                }
                fn = g;
            }
            case CALL_BOUND_METHOD_EXACT_ARGS, CALL_BOUND_METHOD_GENERAL -> {
                if (self != null || !(callable instanceof PyMethod m) || !(m.func instanceof PyFunction g)
                        || g.code != cached || op == CALL_BOUND_METHOD_EXACT_ARGS && g.code.argcount != oparg + 1) {
                    return null;
                }
                fn = g;
                stack[base] = g;
                stack[base + 1] = m.self;
                first = base + 1;
            }
            default -> {
                Specializer.State st = (Specializer.State) f.code.tierState;
                if (callable != cached || self != null || PyType.epoch != st.version[here]) {
                    return null;
                }
                fn = (PyFunction) st.ref2[here];
                PyInstance obj = new PyInstance((PyType) callable);
                stack[base + 1] = obj;
                first = base + 1;
                shim = new PyFrame(INIT_SHIM, f.globals, null, null);
                shim.stack[0] = obj;
                shim.sp = 1;
            }
        }
        PyFrame nf = Specializer.acquireFrame(fn, stack, first, sp - first);
        if (shim != null) {
            Py.enter(); // the shim counts toward the recursion limit, as in CPython
            shim.back = f;
        }
        try {
            Py.enter();
        } catch (PyException e) {
            if (shim != null) {
                Py.leave();
            }
            throw e;
        }
        for (int i = base; i < sp; i++) { // the few slots of one call: a plain loop, not Arrays.fill's range checks
            stack[i] = null;
        }
        f.sp = base;
        nf.back = shim != null ? shim : f;
        return nf;
    }

    /**
     * CALL_PY_EXACT_ARGS: the callee's frame, pushed, or null when the callable is not the function whose code was
     * cached or the count differs. {@link #pushFrame}'s case for this form, kept apart and small for inlining.
     */
    static PyFrame pushExactArgs(int here, PyFrame f, PyObject[] stack, int sp, int oparg) {
        int base = sp - 2 - oparg;
        int first = stack[base + 1] == null ? base + 2 : base + 1;
        if (!(stack[base] instanceof PyFunction fn) || fn.code.argcount != sp - first) {
            return null;
        }
        Specializer.State st = (Specializer.State) f.code.tierState;
        if (fn.code != st.ref[here] && !servesSecondCode(st, here, fn.code)) {
            return null;
        }
        PyFrame nf = Specializer.acquireFrame(fn, stack, first, sp - first);
        Py.enter();
        for (int i = base; i < sp; i++) {
            stack[i] = null;
        }
        f.sp = base;
        nf.back = f;
        return nf;
    }

    /**
     * Whether CALL_PY_EXACT_ARGS at {@code here}, specialized for another code, also runs {@code c} (already known to
     * take the call's number of arguments): the first other code that qualifies as the first did is kept until the
     * site is specialized again. Beyond CPython 3.13, which deopts at every change of function: the call after a
     * method site that serves two classes (see {@code Specializer.secondMethod}).
     */
    private static boolean servesSecondCode(Specializer.State st, int here, PyCode c) {
        Object known = st.second != null ? st.second[here] : null;
        if (known != null) {
            return known == c;
        }
        if ((c.flags & PyCode.CO_OPTIMIZED) == 0 || !simple(c)) {
            return false;
        }
        st.second()[here] = c;
        return true;
    }

    /**
     * BINARY_SUBSCR_GETITEM ({@code nargs} 2: owner and key) and LOAD_ATTR_PROPERTY (1: the owner): the frame of the
     * cached Python {@code __getitem__} or getter, pushed with the top {@code nargs} values as its arguments, or null
     * when the owner's type or any class changed since specialization.
     */
    static PyFrame pushTypeMethod(int here, PyFrame f, PyObject[] stack, int sp, int nargs) {
        Specializer.State st = (Specializer.State) f.code.tierState;
        int first = sp - nargs;
        if (!(stack[first] instanceof PyInstance o) || o.type() != st.ref[here] || PyType.epoch != st.version[here]) {
            return null;
        }
        PyFrame nf = Specializer.acquireFrame((PyFunction) st.ref2[here], stack, first, nargs);
        Py.enter();
        for (int i = first; i < sp; i++) {
            stack[i] = null;
        }
        f.sp = first;
        nf.back = f;
        return nf;
    }

    /** The forms that call a built-in or a class: the result, or null when a guard fails. */
    static PyObject callNative(int op, int here, PyFrame f, PyObject[] stack, int sp, int oparg) {
        int base = sp - 2 - oparg;
        PyObject callable = stack[base];
        PyObject self = stack[base + 1];
        int first = self == null ? base + 2 : base + 1;
        int total = sp - first;
        Object cached = ((Specializer.State) f.code.tierState).ref[here];
        switch (op) {
            case CALL_LEN:
                return callable == cached && total == 1 ? PyInt.of(Ops.len(stack[sp - 1])) : null;
            case CALL_ISINSTANCE:
                return callable == cached && total == 2 ? PyBool.of(Ops.isinstance(stack[sp - 2], stack[sp - 1]))
                        : null;
            case CALL_TYPE_1:
                return callable == PyTypes.TYPE && total == 1 ? stack[sp - 1].type() : null;
            case CALL_STR_1:
                return callable == PyTypes.STR && total == 1 ? PyStr.of(Ops.str(stack[sp - 1])) : null;
            case CALL_TUPLE_1:
                return callable == PyTypes.TUPLE && total == 1
                        ? PyTypes.TUPLE.factory.make(PyTypes.TUPLE, new PyObject[] {stack[sp - 1]}, null) : null;
            case CALL_BUILTIN_CLASS:
                return callable == cached ? ((PyType) callable).factory.make((PyType) callable,
                        Arrays.copyOfRange(stack, first, sp), null) : null;
            case CALL_BUILTIN_O:
                // any one-argument built-in, as CPython's guard is on the calling convention only
                return callable instanceof PyBuiltinFunction b && b.one != null && total == 1
                        ? b.one.call(stack[sp - 1]) : null;
            case CALL_BUILTIN_FAST, CALL_BUILTIN_FAST_WITH_KEYWORDS, CALL_METHOD_DESCRIPTOR_FAST,
                 CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
                boolean descriptor = op == CALL_METHOD_DESCRIPTOR_FAST || op == CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
                return callable == cached && (total >= 1 || !descriptor)
                        ? ((PyBuiltinFunction) callable).body.call(Arrays.copyOfRange(stack, first, sp), null) : null;
            case CALL_METHOD_DESCRIPTOR_NOARGS:
                return callable == cached && total == 1
                        ? ((PyBuiltinFunction) callable).unchecked.call(new PyObject[] {stack[first]}, null) : null;
            case CALL_METHOD_DESCRIPTOR_O:
                return callable == cached && total == 2 ? ((PyBuiltinFunction) callable).unchecked.call(
                        new PyObject[] {stack[first], stack[first + 1]}, null) : null;
            case CALL_LIST_APPEND:
                if (callable == cached && self instanceof PyList l && oparg == 1) {
                    l.append(stack[sp - 1]);
                    return PyNone.INSTANCE;
                }
                return null;
            default: // CALL_NON_PY_GENERAL
                if (callable instanceof PyFunction || self == null && callable instanceof PyMethod) {
                    return null;
                }
                return Ops.call(callable, Arrays.copyOfRange(stack, first, sp), null);
        }
    }

    /** {@code EXIT_INIT_CHECK}: what {@code __init__} returned, when not None. */
    static PyException initReturned(PyObject r) {
        return PyErr.typeError("__init__() should return None, not '" + r.type().name() + "'");
    }
}
