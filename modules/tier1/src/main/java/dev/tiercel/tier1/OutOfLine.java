package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.*;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.StackOps;

/**
 * The instructions {@link Eval}'s dispatch loop runs out of line: the generic (adaptive) forms, which specialize
 * themselves and then mostly stop being executed, and the rarer specialized forms that never push or pop a frame.
 *
 * <p>Why: HotSpot compiles the loop as one method. Once a process has run varied code, every case is live in its
 * profile, and the compiled loop computed the stack offsets and operand fields that several cases share (such as
 * {@code sp - 3} or {@code arg >> 4}) before each dispatch and spilled them to the stack, about twenty stores per
 * instruction (seen in the disassembly of the compiled loop). With these cases moved here the loop shrank from
 * 6,763 to 4,624 bytes of bytecode; measured with deterministic JVM compilation ({@code bench/run.py --batch}),
 * 19 of 20 bench programs ran faster in {@code tiercel-tier1}: fib 17%, int_loop and sum_fn_float 14%, float_loop
 * 13% (its generic {@code int * float} included), stdlib_collections 5% slower. Each instruction here costs a call.
 */
final class OutOfLine {
    private OutOfLine() {}

    /**
     * Runs {@code op} at {@code here} of {@code f}, whose {@code sp}, {@code ip} (past the instruction's inline cache)
     * and {@code lasti} the caller has stored; leaves the new {@code sp} and {@code ip} there.
     */
    static void run(PyFrame f, short[] code, int op, int arg, int here) {
        PyObject[] stack = f.stack;
        int sp = f.sp;
        int ip = f.ip;
        switch (op) {
            case LOAD_GLOBAL: {
                if (--code[here + 1] < 0
                        && Specializer.loadGlobal(code, here, f, f.code.names[arg >> 1])) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                stack[sp++] = Instr.loadGlobal(f, f.code.names[arg >> 1]);
                if ((arg & 1) != 0) {
                    stack[sp++] = null;
                }
                break;
            }
            case LOAD_NAME:
                stack[sp++] = Instr.loadName(f, f.code.names[arg]);
                break;
            case STORE_NAME:
                Instr.storeName(f, f.code.names[arg], stack[--sp]);
                stack[sp] = null;
                break;
            case BINARY_OP: {
                if (--code[here + 1] < 0
                        && Specializer.binaryOp(code, here, stack[sp - 2], stack[sp - 1], arg)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject b = stack[--sp];
                stack[sp] = null;
                PyObject a = stack[sp - 1];
                PyObject r = Instr.numberOp(a, b, arg); // what CPython 3.13 does not specialize: i % 3, i * 0.001
                stack[sp - 1] = r != null ? r : Ops.binaryOp(a, b, arg);
                break;
            }
            case COMPARE_OP: {
                if (--code[here + 1] < 0
                        && Specializer.compareOp(code, here, stack[sp - 2], stack[sp - 1], arg)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject b = stack[--sp];
                stack[sp] = null;
                PyObject a = stack[sp - 1];
                if (Specializer.isInt(a) && Specializer.isInt(b) && ((PyInt) a).big == null
                        && ((PyInt) b).big == null) {
                    PyInt x = (PyInt) a, y = (PyInt) b;
                    stack[sp - 1] = PyBool.of(Ops.cmpResult(Long.compare(x.value, y.value), arg >> 5));
                    break;
                }
                PyObject r = Ops.richCompare(a, b, arg >> 5);
                stack[sp - 1] = (arg & 16) != 0 && !(r instanceof PyBool) ? PyBool.of(Ops.isTrue(r)) : r;
                break;
            }
            case TO_BOOL: {
                PyObject v = stack[sp - 1];
                if (--code[here + 1] < 0 && Specializer.toBool(code, here, v)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                if (!(v instanceof PyBool)) {
                    stack[sp - 1] = PyBool.of(Ops.isTrue(v));
                }
                break;
            }
            case UNARY_NOT:
                stack[sp - 1] = PyBool.of(!Ops.isTrue(stack[sp - 1]));
                break;
            case GET_ITER:
                stack[sp - 1] = Ops.iter(stack[sp - 1]);
                break;
            case FOR_ITER: {
                PyObject it = stack[sp - 1];
                if (--code[here + 1] < 0 && Specializer.forIter(code, here, it)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                if (it instanceof PyRangeIterator r) {
                    if (r.hasNext()) {
                        stack[sp++] = PyInt.of(r.nextLong());
                    } else {
                        ip += arg + 1;
                    }
                    break;
                }
                PyObject v = Ops.next(it);
                if (v != null) {
                    stack[sp++] = v;
                } else {
                    ip += arg + 1;
                }
                break;
            }
            case LOAD_ATTR: {
                PyObject owner = stack[sp - 1];
                String name = f.code.names[arg >> 1];
                if (--code[here + 1] < 0
                        && Specializer.loadAttr(code, here, f, owner, name, (arg & 1) != 0)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                if ((arg & 1) != 0) {
                    PyObject m = Ops.lookupMethod(owner, name);
                    if (m != null) {
                        stack[sp - 1] = m;
                        stack[sp++] = owner;
                    } else {
                        stack[sp - 1] = Ops.getattr(owner, name);
                        stack[sp++] = null;
                    }
                } else {
                    stack[sp - 1] = Ops.getattr(owner, name);
                }
                break;
            }
            case LOAD_SUPER_ATTR: {
                if (--code[here + 1] < 0
                        && Specializer.loadSuperAttr(code, here, stack[sp - 3], stack[sp - 2], arg)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                Instr.execute(f, op, arg); // on the frame's state, which is current
                return;
            }
            case LOAD_SUPER_ATTR_ATTR, LOAD_SUPER_ATTR_METHOD: {
                // super().name without the super object, while `super` is the builtin and the class a type
                if (stack[sp - 3] != dev.tiercel.runtime.object.PyTypes.SUPER
                        || !(stack[sp - 2] instanceof dev.tiercel.runtime.object.PyType cls)) {
                    Specializer.deopt(code, here);
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject self = stack[sp - 1];
                String name = f.code.names[arg >> 2];
                PyObject m = op == LOAD_SUPER_ATTR_METHOD ? Ops.superMethod(cls, self, name) : null;
                PyObject v = m != null ? null : Ops.superAttr(cls, self, name);
                if (m == null && v == null) { // not found or a bad argument: the generic path raises
                    Instr.execute(f, LOAD_SUPER_ATTR, arg);
                    return;
                }
                stack[--sp] = null;
                stack[--sp] = null;
                if (m != null) {
                    stack[sp - 1] = m;
                    stack[sp++] = self;
                } else {
                    stack[sp - 1] = v;
                    if (op == LOAD_SUPER_ATTR_METHOD) {
                        stack[sp++] = null;
                    }
                }
                break;
            }
            case STORE_ATTR: {
                if (--code[here + 1] < 0
                        && Specializer.storeAttr(code, here, f, stack[sp - 1], f.code.names[arg])) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject owner = stack[--sp];
                PyObject v = stack[--sp];
                stack[sp] = null;
                stack[sp + 1] = null;
                Ops.setattr(owner, f.code.names[arg], v);
                break;
            }
            case BINARY_SUBSCR: {
                if (--code[here + 1] < 0
                        && Specializer.binarySubscr(code, here, stack[sp - 2], stack[sp - 1])) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject key = stack[--sp];
                stack[sp] = null;
                stack[sp - 1] = Ops.getitem(stack[sp - 1], key);
                break;
            }
            case STORE_SUBSCR: {
                if (--code[here + 1] < 0
                        && Specializer.storeSubscr(code, here, stack[sp - 2], stack[sp - 1])) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject key = stack[--sp];
                PyObject c = stack[--sp];
                PyObject v = stack[--sp];
                stack[sp] = null;
                stack[sp + 1] = null;
                stack[sp + 2] = null;
                Ops.setitem(c, key, v);
                break;
            }
            case SEND: {
                if (--code[here + 1] < 0 && Specializer.send(code, here, stack[sp - 2])) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                Instr.execute(f, op, arg); // on the frame's state, which is current
                return;
            }
            case EXIT_INIT_CHECK: {
                PyObject r = stack[--sp];
                stack[sp] = null;
                if (r != PyNone.INSTANCE) {
                    throw CallSpecializer.initReturned(r);
                }
                break;
            }
            case BUILD_TUPLE:
                sp = StackOps.buildTuple(stack, sp, arg);
                break;
            case BUILD_LIST:
                sp = StackOps.buildList(stack, sp, arg);
                break;
            case LIST_APPEND: {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((dev.tiercel.runtime.object.PyList) stack[sp - arg]).append(v);
                break;
            }
            case IS_OP: {
                PyObject b = stack[--sp];
                stack[sp] = null;
                stack[sp - 1] = PyBool.of((stack[sp - 1] == b) != (arg == 1));
                break;
            }
            case CONTAINS_OP: {
                if (--code[here + 1] < 0 && Specializer.containsOp(code, here, stack[sp - 1])) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                PyObject b = stack[--sp];
                stack[sp] = null;
                stack[sp - 1] = PyBool.of(Ops.contains(b, stack[sp - 1]) != (arg == 1));
                break;
            }
            case UNPACK_SEQUENCE:
                if (--code[here + 1] < 0 && Specializer.unpackSequence(code, here, stack[sp - 1], arg)) {
                    ip = Eval.restart(here, arg);
                    break;
                }
                sp = Instr.unpack(stack, sp, arg);
                break;
            // The int forms each have a case of their own, so no switch on the opcode is left inside.
            case CONTAINS_OP_DICT, CONTAINS_OP_SET: {
                PyObject c = stack[sp - 1];
                boolean ok = op == CONTAINS_OP_DICT ? c instanceof dev.tiercel.runtime.object.PyDict
                        && c.type() == dev.tiercel.runtime.object.PyTypes.DICT
                        : c instanceof dev.tiercel.runtime.object.PySet;
                if (!ok) {
                    Specializer.deopt(code, here);
                    ip = Eval.restart(here, arg);
                    break;
                }
                stack[--sp] = null;
                stack[sp - 1] = PyBool.of(Ops.contains(c, stack[sp - 1]) != (arg == 1));
                break;
            }
            case UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE_LIST: {
                PyObject seq = stack[sp - 1];
                PyObject[] items = seq instanceof dev.tiercel.runtime.object.PyTuple t
                        && op != UNPACK_SEQUENCE_LIST ? t.items
                        : seq instanceof dev.tiercel.runtime.object.PyList l && op == UNPACK_SEQUENCE_LIST
                        && l.size == arg ? l.items : null;
                if (items == null || (op != UNPACK_SEQUENCE_LIST && items.length != arg)) {
                    Specializer.deopt(code, here);
                    ip = Eval.restart(here, arg);
                    break;
                }
                sp--;
                for (int i = arg - 1; i >= 0; i--) {
                    stack[sp++] = items[i];
                }
                break;
            }

            default:
                Instr.execute(f, op, arg);
                return;
        }
        f.sp = sp;
        f.ip = ip;
    }
}
