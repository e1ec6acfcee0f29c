package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.AsyncGenAwaitable;
import dev.tiercel.runtime.object.Awaitables;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyAsyncGenerator;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyCoroutine;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/** Methods of coroutines, async generators and their awaitables; the shared parts of generators. */
final class AsyncBuiltins {
    private AsyncBuiltins() {}

    /** The exception {@code throw(typ[, val[, tb]])} raises: an instance, or the class called with val. */
    static PyBaseException thrownException(PyObject[] a) {
        PyObject e = a[1];
        if (e instanceof PyType t && t.isSubtypeOf(dev.tiercel.runtime.object.PyExc.BaseException)) {
            if (a.length > 2 && a[2] instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                return v;
            }
            PyObject[] args = a.length > 2 && a[2] != PyNone.INSTANCE ? new PyObject[] {a[2]} : new PyObject[0];
            return (PyBaseException) Ops.call(t, args);
        }
        if (e instanceof PyBaseException be) {
            if (a.length > 2 && a[2] != PyNone.INSTANCE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            return be;
        }
        throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + e.type().name());
    }

    /** The value yielded, or StopIteration with the return value when the frame finished. */
    static PyObject yieldedOrStop(PyGenerator g, PyObject r) {
        if (r == null) {
            throw PyErr.stopIteration(g.takeReturnValue());
        }
        return r;
    }

    /** Methods generators and coroutines share; {@code prefix} is "gi" or "cr". */
    static void installFrameDriven(PyType t, String prefix) {
        Reg.method(t, "send", 1, 1, (a, k) -> ((PyGenerator) a[0]).send(a[1]));
        Reg.method(t, "throw", 1, 3, (a, k) -> {
            PyGenerator g = (PyGenerator) a[0];
            return yieldedOrStop(g, g.throwInto(thrownException(a), true));
        });
        Reg.method(t, "close", 0, 0, (a, k) -> ((PyGenerator) a[0]).close());
        installIntrospection(t, prefix);
    }

    private static void installIntrospection(PyType t, String prefix) {
        Reg.getter(t, "__name__", x -> PyStr.of(((PyGenerator) x).name));
        Reg.getter(t, "__qualname__", x -> PyStr.of(((PyGenerator) x).qualname));
        Reg.getter(t, prefix + "_running", x -> PyBool.of(((PyGenerator) x).running));
        Reg.getter(t, prefix + "_suspended", x -> {
            PyGenerator g = (PyGenerator) x;
            return PyBool.of(g.started && !g.finished && !g.running);
        });
        Reg.getter(t, prefix + "_frame", x -> ((PyGenerator) x).finished ? PyNone.INSTANCE : ((PyGenerator) x).frame);
        Reg.getter(t, prefix + "_code", x -> ((PyGenerator) x).frame.code);
        Reg.getter(t, prefix.equals("gi") ? "gi_yieldfrom" : prefix + "_await", x -> {
            PyObject yf = ((PyGenerator) x).yieldFrom();
            return yf == null ? PyNone.INSTANCE : yf;
        });
    }

    static void install() {
        installFrameDriven(PyTypes.COROUTINE, "cr");
        Reg.method(PyTypes.COROUTINE, "__await__", 0, 0,
                (a, k) -> new Awaitables.CoroWrapper((PyCoroutine) a[0]));
        installWrapper();
        installAsyncGenerator();
        installAwaitable(AsyncGenAwaitable.ASEND_TYPE);
        installAwaitable(AsyncGenAwaitable.ATHROW_TYPE);
        installAnextWithDefault();
    }

    private static void installAnextWithDefault() {
        PyType t = Awaitables.AnextWithDefault.TYPE;
        Reg.method(t, "__await__", 0, 0, (a, k) -> a[0]);
        Reg.method(t, "__iter__", 0, 0, (a, k) -> a[0]);
        Reg.method(t, "__next__", 0, 0, (a, k) -> ((Awaitables.AnextWithDefault) a[0]).step("__next__"));
        Reg.method(t, "send", 1, 1, (a, k) -> ((Awaitables.AnextWithDefault) a[0]).step("send", a[1]));
        Reg.method(t, "throw", 1, 3, (a, k) -> ((Awaitables.AnextWithDefault) a[0]).step("throw", thrownException(a)));
        Reg.method(t, "close", 0, 0, (a, k) -> ((Awaitables.AnextWithDefault) a[0]).step("close"));
    }

    private static void installWrapper() {
        PyType w = Awaitables.CoroWrapper.TYPE;
        Reg.method(w, "__iter__", 0, 0, (a, k) -> a[0]);
        Reg.method(w, "__next__", 0, 0, (a, k) -> ((Awaitables.CoroWrapper) a[0]).coro.send(PyNone.INSTANCE));
        Reg.method(w, "send", 1, 1, (a, k) -> ((Awaitables.CoroWrapper) a[0]).coro.send(a[1]));
        Reg.method(w, "throw", 1, 3, (a, k) -> {
            PyCoroutine c = ((Awaitables.CoroWrapper) a[0]).coro;
            return yieldedOrStop(c, c.throwInto(thrownException(a), true));
        });
        Reg.method(w, "close", 0, 0, (a, k) -> ((Awaitables.CoroWrapper) a[0]).coro.close());
    }

    private static void installAsyncGenerator() {
        PyType t = PyTypes.ASYNC_GENERATOR;
        Reg.method(t, "__aiter__", 0, 0, (a, k) -> a[0]);
        Reg.method(t, "__anext__", 0, 0, (a, k) -> ((PyAsyncGenerator) a[0]).asend(PyNone.INSTANCE));
        Reg.method(t, "asend", 1, 1, (a, k) -> ((PyAsyncGenerator) a[0]).asend(a[1]));
        Reg.method(t, "athrow", 1, 3, (a, k) -> ((PyAsyncGenerator) a[0]).athrow(thrownException(a)));
        Reg.method(t, "aclose", 0, 0, (a, k) -> ((PyAsyncGenerator) a[0]).aclose());
        installIntrospection(t, "ag");
    }

    private static void installAwaitable(PyType t) {
        Reg.method(t, "__await__", 0, 0, (a, k) -> a[0]);
        Reg.method(t, "__iter__", 0, 0, (a, k) -> a[0]);
        Reg.method(t, "__next__", 0, 0, (a, k) -> ((AsyncGenAwaitable) a[0]).send(PyNone.INSTANCE));
        Reg.method(t, "send", 1, 1, (a, k) -> ((AsyncGenAwaitable) a[0]).send(a[1]));
        Reg.method(t, "throw", 1, 3, (a, k) -> ((AsyncGenAwaitable) a[0]).throwIn(thrownException(a)));
        Reg.method(t, "close", 0, 0, (a, k) -> {
            ((AsyncGenAwaitable) a[0]).close();
            return PyNone.INSTANCE;
        });
    }
}
