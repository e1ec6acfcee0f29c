package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.EXTENDED_ARG;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.PyStats;
import java.io.PrintStream;

/**
 * What tier 1 shows of itself: the {@code -X pystats} counters ({@link PyStats}) and CPython's
 * {@code PYTHON_LLTRACE=5} trace (each instruction with the value stack before it, and a line whenever a frame starts
 * or resumes). The dispatch loop calls in here only behind {@code PyStats.ENABLED || Observe.LLTRACE}, two static
 * finals, so nothing runs and nothing is compiled in when both are off.
 */
final class Observe {
    private Observe() {}

    /** {@code PYTHON_LLTRACE} at 5 or more (CPython reads its first digit). */
    static final boolean LLTRACE = lltraceLevel(System.getenv("PYTHON_LLTRACE")) >= 5;

    private static final PrintStream OUT = System.out;

    static int lltraceLevel(String v) {
        return v == null || v.isEmpty() || v.charAt(0) < '0' || v.charAt(0) > '9' ? 0 : v.charAt(0) - '0';
    }

    /**
     * Tier 1 is about to run the instruction at code unit {@code here}, whose {@code EXTENDED_ARG} prefixes start at
     * {@code start}, with {@code sp} values on the stack.
     */
    static void instruction(PyFrame f, short[] code, int start, int here, int op, int arg, int sp) {
        for (int i = start; i < here; i++) {
            // CPython dispatches each EXTENDED_ARG prefix as an instruction of its own
            if (PyStats.ENABLED) {
                PyStats.dispatched(EXTENDED_ARG);
            }
            if (LLTRACE) {
                int prefixArg = 0;
                for (int j = start; j <= i; j++) {
                    prefixArg = prefixArg << 8 | (code[j] >> 8 & 0xff);
                }
                print(f, sp, i, EXTENDED_ARG, prefixArg);
            }
        }
        if (PyStats.ENABLED) {
            PyStats.dispatched(op);
            if (Specializer.countsDown(op) && code[here + 1] >= 1 && !Specializer.DISABLED) {
                PyStats.deferred(op);
            }
        }
        if (LLTRACE) {
            print(f, sp, here, op, arg);
        }
    }

    /** The tier-1 loop starts running {@code f}; returns what {@link #leaveLoop} needs. */
    static int enterLoop(PyFrame f) {
        int outer = PyStats.ENABLED ? PyStats.evalEntered(f.gen != null) : 0;
        if (LLTRACE) {
            resumed(f);
        }
        return outer;
    }

    static void leaveLoop(int outer) {
        if (PyStats.ENABLED) {
            PyStats.evalReturned(outer);
        }
    }

    /** A Python call pushed {@code f} in the same loop. */
    static void pushed(PyFrame f) {
        if (PyStats.ENABLED) {
            PyStats.inlinedCall();
        }
        if (LLTRACE) {
            resumed(f);
        }
    }

    /** CPython's {@code Resuming frame} line: a frame starts, is returned to, or handles an exception. */
    static void resumed(PyFrame f) {
        if (f.code == CallSpecializer.INIT_SHIM) {
            line("\nResuming frame."); // CPython's line for a frame without a function
            return;
        }
        StringBuilder sb = new StringBuilder("\nResuming frame");
        String name = f.func != null ? f.func.qualname : f.code.qualname;
        PyObject module = f.func != null ? f.func.module : f.globals == null ? null : f.globals.getStr("__name__");
        if (name != null) {
            sb.append(" for ").append(Ops.repr(dev.tiercel.runtime.object.PyStr.of(name)));
        }
        if (module != null) {
            sb.append(" in module ").append(printable(module) ? Ops.repr(module) : opaque(module));
        }
        line(sb.toString());
    }

    private static void print(PyFrame f, int sp, int at, int op, int arg) {
        StringBuilder sb = new StringBuilder("    stack=[");
        for (int i = 0; i < sp; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            PyObject v = f.stack[i];
            sb.append(v == null ? "<nil>" : printable(v) ? Ops.repr(v) : opaque(v));
        }
        sb.append("]\n").append(2 * at).append(": ").append(Opcodes.name(op));
        if (Opcodes.hasArg(Opcodes.base(op))) {
            sb.append(' ').append(arg);
        }
        line(sb.toString());
    }

    /** CPython prints these with their repr; anything else as {@code <type at address>}, never calling Python. */
    private static boolean printable(PyObject v) {
        return v == PyNone.INSTANCE || v instanceof PyBool || v.type() == PyTypes.INT || v.type() == PyTypes.FLOAT
                || v.type() == PyTypes.STR;
    }

    private static String opaque(PyObject v) {
        return "<" + v.type().name() + " at 0x" + Integer.toHexString(System.identityHashCode(v)) + ">";
    }

    private static void line(String s) {
        OUT.println(s);
    }
}
