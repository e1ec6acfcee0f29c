package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.code.Opcodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Every micro-op, defined once: CPython 3.13's name, the stack effect in CPython's notation
 * ({@code (left, right -- res)}; {@code name[oparg]} is oparg values), flags, and the Java semantics (a static method
 * of {@link UopSemantics}). Everything else is derived from these constants: the bytecode-to-uop translation
 * ({@link #expansion}: an instruction {@code X} expands to {@code _X} unless a {@link #macro} says otherwise), the
 * uop interpreter's dispatch ({@link #body}), the optimizer's default abstract effect ({@link #pops}/{@link #pushes})
 * and the stats names ({@link #statsName}).
 */
public enum Uop implements UopFlags {
    // trace control
    _START_EXECUTOR("( -- )", DEOPT, UopSemantics::nop),
    _TIER2_RESUME_CHECK("( -- )", DEOPT, UopSemantics::nop),
    _SET_IP("( -- )", 0, UopSemantics::setIp),
    _CHECK_VALIDITY("( -- )", DEOPT, UopSemantics::checkValidity),
    _CHECK_VALIDITY_AND_SET_IP("( -- )", DEOPT, UopSemantics::checkValidityAndSetIp),
    _EXIT_TRACE("( -- )", STUB, UopSemantics::leave),
    _DEOPT("( -- )", STUB, UopSemantics::leave),
    _JUMP_TO_TOP("( -- )", 0, UopSemantics::jumpToTop),

    // locals, constants, names
    _LOAD_FAST("( -- value)", PURE, UopSemantics::loadFast),
    _LOAD_FAST_CHECK("( -- value)", DEOPT, UopSemantics::loadFastCheck),
    _LOAD_FAST_AND_CLEAR("( -- value)", 0, UopSemantics::loadFastAndClear),
    _STORE_FAST("(value -- )", 0, UopSemantics::storeFast),
    _LOAD_CONST("( -- value)", PURE, UopSemantics::loadConst),
    _LOAD_CONST_INLINE("( -- value)", PURE, UopSemantics::loadConstInline),
    _LOAD_CONST_INLINE_BORROW("( -- value)", PURE, UopSemantics::loadConstInline),
    _POP_TOP("(value -- )", PURE, UopSemantics::popTop),
    _PUSH_NULL("( -- res)", PURE, UopSemantics::pushNull),
    _COPY("(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)", PURE, UopSemantics::copy),
    _SWAP("(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)", PURE, UopSemantics::swap),
    _LOAD_NAME("( -- v)", ERROR | ESCAPES, UopSemantics::loadName),
    _STORE_NAME("(v -- )", ERROR | ESCAPES, UopSemantics::storeName),
    _LOAD_GLOBAL("( -- res, null[oparg&1])", ERROR, UopSemantics::loadGlobal),
    _STORE_GLOBAL("(v -- )", 0, UopSemantics::storeGlobal),
    _CHECK_GLOBALS("( -- )", DEOPT | TYPE_GUARD, UopSemantics::checkGlobals),

    // type guards
    _GUARD_BOTH_INT("(left, right -- left, right)", SIDE_EXIT | TYPE_GUARD, UopSemantics::guardBothInt),
    _GUARD_NOS_INT("(left, unused -- left, unused)", SIDE_EXIT | TYPE_GUARD, UopSemantics::guardNosInt),
    _GUARD_TOS_INT("(value -- value)", SIDE_EXIT | TYPE_GUARD, UopSemantics::guardTosInt),
    _GUARD_BOTH_FLOAT("(left, right -- left, right)", SIDE_EXIT | TYPE_GUARD, UopSemantics::guardBothFloat),
    _GUARD_NOS_FLOAT("(left, unused -- left, unused)", SIDE_EXIT | TYPE_GUARD, UopSemantics::guardNosFloat),
    _GUARD_TOS_FLOAT("(value -- value)", SIDE_EXIT | TYPE_GUARD, UopSemantics::guardTosFloat),

    // arithmetic and comparisons
    _BINARY_OP_ADD_INT("(left, right -- res)", PURE, UopSemantics::binaryOpAddInt),
    _BINARY_OP_SUBTRACT_INT("(left, right -- res)", PURE, UopSemantics::binaryOpSubtractInt),
    _BINARY_OP_MULTIPLY_INT("(left, right -- res)", PURE, UopSemantics::binaryOpMultiplyInt),
    _BINARY_OP_ADD_FLOAT("(left, right -- res)", PURE, UopSemantics::binaryOpAddFloat),
    _BINARY_OP_SUBTRACT_FLOAT("(left, right -- res)", PURE, UopSemantics::binaryOpSubtractFloat),
    _BINARY_OP_MULTIPLY_FLOAT("(left, right -- res)", PURE, UopSemantics::binaryOpMultiplyFloat),
    _BINARY_OP("(lhs, rhs -- res)", ERROR | ESCAPES, UopSemantics::binaryOp),
    _COMPARE_OP_INT("(left, right -- res)", PURE, UopSemantics::compareOpInt),
    _COMPARE_OP_FLOAT("(left, right -- res)", PURE, UopSemantics::compareOpFloat),
    _COMPARE_OP("(left, right -- res)", ERROR | ESCAPES, UopSemantics::compareOp),
    _IS_OP("(left, right -- b)", PURE, UopSemantics::isOp),
    _CONTAINS_OP("(left, right -- b)", ERROR | ESCAPES, UopSemantics::containsOp),
    _UNARY_NOT("(value -- res)", ERROR | ESCAPES, UopSemantics::unaryNot),
    _UNARY_NEGATIVE("(value -- res)", ERROR | ESCAPES, UopSemantics::unaryNegative),

    // truth and branches
    _TO_BOOL("(value -- res)", ERROR | ESCAPES, UopSemantics::toBool),
    _TO_BOOL_BOOL("(value -- value)", SIDE_EXIT | TYPE_GUARD, UopSemantics::toBoolBool),
    _TO_BOOL_INT("(value -- res)", SIDE_EXIT | TYPE_GUARD, UopSemantics::toBoolInt),
    _TO_BOOL_NONE("(value -- res)", SIDE_EXIT | TYPE_GUARD, UopSemantics::toBoolNone),
    _GUARD_IS_TRUE_POP("(flag -- )", SIDE_EXIT | ESCAPES, UopSemantics::guardIsTruePop),
    _GUARD_IS_FALSE_POP("(flag -- )", SIDE_EXIT | ESCAPES, UopSemantics::guardIsFalsePop),
    _GUARD_IS_NONE_POP("(val -- )", SIDE_EXIT, UopSemantics::guardIsNonePop),
    _GUARD_IS_NOT_NONE_POP("(val -- )", SIDE_EXIT, UopSemantics::guardIsNotNonePop),

    // iteration
    _ITER_CHECK_RANGE("(iter -- iter)", SIDE_EXIT | TYPE_GUARD, UopSemantics::iterCheckRange),
    _GUARD_NOT_EXHAUSTED_RANGE("(iter -- iter)", SIDE_EXIT, UopSemantics::guardNotExhaustedRange),
    _ITER_NEXT_RANGE("(iter -- iter, next)", ERROR, UopSemantics::iterNextRange),
    _FOR_ITER_TIER_TWO("(iter -- iter, next)", SIDE_EXIT | ERROR | ESCAPES, UopSemantics::forIterTierTwo),
    _GET_ITER("(iterable -- iter)", ERROR | ESCAPES, UopSemantics::getIter),

    // containers, attributes, calls
    _BUILD_TUPLE("(values[oparg] -- tup)", ERROR, UopSemantics::buildTuple),
    _BUILD_LIST("(values[oparg] -- list)", ERROR, UopSemantics::buildList),
    _LIST_APPEND("(list, unused[oparg-1], v -- list, unused[oparg-1])", ERROR, UopSemantics::listAppend),
    _UNPACK_SEQUENCE("(seq -- values[oparg])", ERROR | ESCAPES, UopSemantics::unpackSequence),
    _BINARY_SUBSCR("(container, sub -- res)", ERROR | ESCAPES, UopSemantics::binarySubscr),
    _STORE_SUBSCR("(v, container, sub -- )", ERROR | ESCAPES, UopSemantics::storeSubscr),
    _BUILD_SLICE("(start, stop, step[oparg-2] -- slice)", ERROR, UopSemantics::buildSlice),
    _BINARY_SLICE("(container, start, stop -- res)", ERROR | ESCAPES, UopSemantics::binarySlice),
    _STORE_SLICE("(v, container, start, stop -- )", ERROR | ESCAPES, UopSemantics::storeSlice),
    _LOAD_ATTR("(owner -- attr, self_or_null[oparg&1])", ERROR | ESCAPES, UopSemantics::loadAttr),
    _STORE_ATTR("(v, owner -- )", ERROR | ESCAPES, UopSemantics::storeAttr),
    _CALL_NON_PY("(callable, self_or_null, args[oparg] -- res)", DEOPT | ERROR | ESCAPES, UopSemantics::callNonPy),

    // specialized forms (tier 1's families), chosen by projection from the types it sees
    _BINARY_SUBSCR_LIST_INT("(list, sub -- res)", DEOPT | TYPE_GUARD, Specialized::binarySubscrListInt),
    _BINARY_SUBSCR_TUPLE_INT("(tuple, sub -- res)", DEOPT | TYPE_GUARD, Specialized::binarySubscrTupleInt),
    _BINARY_SUBSCR_DICT("(dict, sub -- res)", DEOPT | TYPE_GUARD | ERROR | ESCAPES, Specialized::binarySubscrDict),
    _STORE_SUBSCR_LIST_INT("(value, list, sub -- )", DEOPT | TYPE_GUARD, Specialized::storeSubscrListInt),
    _STORE_SUBSCR_DICT("(value, dict, sub -- )", DEOPT | TYPE_GUARD | ERROR | ESCAPES, Specialized::storeSubscrDict),
    _GUARD_BOTH_UNICODE("(left, right -- left, right)", SIDE_EXIT | TYPE_GUARD, Specialized::guardBothUnicode),
    _BINARY_OP_ADD_UNICODE("(left, right -- res)", ERROR, Specialized::binaryOpAddUnicode),
    _COMPARE_OP_STR("(left, right -- res)", PURE, Specialized::compareOpStr),
    _TO_BOOL_STR("(value -- res)", SIDE_EXIT | TYPE_GUARD, Specialized::toBoolStr),
    _TO_BOOL_LIST("(value -- res)", SIDE_EXIT | TYPE_GUARD, Specialized::toBoolList),
    _CONTAINS_OP_SET("(left, right -- b)", DEOPT | TYPE_GUARD | ERROR | ESCAPES, Specialized::containsOpSet),
    _CONTAINS_OP_DICT("(left, right -- b)", DEOPT | TYPE_GUARD | ERROR | ESCAPES, Specialized::containsOpDict),
    _ITER_CHECK_LIST("(iter -- iter)", SIDE_EXIT | TYPE_GUARD, Specialized::iterCheckSeq),
    _GUARD_NOT_EXHAUSTED_LIST("(iter -- iter)", SIDE_EXIT, Specialized::guardNotExhaustedSeq),
    _ITER_NEXT_LIST("(iter -- iter, next)", 0, Specialized::iterNextSeq),
    _ITER_CHECK_TUPLE("(iter -- iter)", SIDE_EXIT | TYPE_GUARD, Specialized::iterCheckSeq),
    _GUARD_NOT_EXHAUSTED_TUPLE("(iter -- iter)", SIDE_EXIT, Specialized::guardNotExhaustedSeq),
    _ITER_NEXT_TUPLE("(iter -- iter, next)", 0, Specialized::iterNextSeq),
    _UNPACK_SEQUENCE_TWO_TUPLE("(seq -- val1, val0)", DEOPT | TYPE_GUARD, Specialized::unpackSequenceTuple),
    _UNPACK_SEQUENCE_TUPLE("(seq -- values[oparg])", DEOPT | TYPE_GUARD, Specialized::unpackSequenceTuple),
    _UNPACK_SEQUENCE_LIST("(seq -- values[oparg])", DEOPT | TYPE_GUARD, Specialized::unpackSequenceList),
    _GUARD_TYPE_VERSION("(owner -- owner)", SIDE_EXIT | TYPE_GUARD, Specialized::guardTypeVersion),
    _CHECK_MANAGED_OBJECT_HAS_VALUES("(owner -- owner)", DEOPT | TYPE_GUARD, Specialized::checkHasValues),
    _LOAD_ATTR_INSTANCE_VALUE("(owner -- attr, null[oparg&1])", DEOPT | TYPE_GUARD, Specialized::loadAttrInstanceValue),
    _LOAD_ATTR_SLOT("(owner -- attr, null[oparg&1])", DEOPT | TYPE_GUARD, Specialized::loadAttrSlot),
    _CHECK_ATTR_MODULE("(owner -- owner)", DEOPT | TYPE_GUARD, Specialized::checkAttrModule),
    _LOAD_ATTR_MODULE("(owner -- attr, null[oparg&1])", DEOPT | TYPE_GUARD, Specialized::loadAttrModule),
    _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT("(owner -- owner)", DEOPT | TYPE_GUARD, Specialized::guardNotInInstanceDict),
    _LOAD_ATTR_METHOD_WITH_VALUES("(owner -- attr, self)", 0, Specialized::loadAttrMethod),
    _LOAD_ATTR_METHOD_NO_DICT("(owner -- attr, self)", 0, Specialized::loadAttrMethod),
    _GUARD_DORV_NO_DICT("(owner -- owner)", DEOPT | TYPE_GUARD, Specialized::checkHasValues),
    _STORE_ATTR_INSTANCE_VALUE("(value, owner -- )", 0, Specialized::storeAttrInstanceValue),
    _STORE_ATTR_SLOT("(value, owner -- )", 0, Specialized::storeAttrSlot),
    _CALL_LEN("(callable, self_or_null, args[oparg] -- res)", DEOPT | TYPE_GUARD | ERROR | ESCAPES, Specialized::callLen),
    _CALL_LIST_APPEND("(callable, self, arg -- res)", DEOPT | TYPE_GUARD | ERROR, Specialized::callListAppend),
    _CALL_ISINSTANCE("(callable, self_or_null, args[oparg] -- res)", DEOPT | TYPE_GUARD | ERROR | ESCAPES,
            Specialized::callIsinstance),

    // more instructions traces run
    _LOAD_DEREF("( -- value)", ERROR, Specialized::loadDeref),
    _STORE_DEREF("(v -- )", 0, Specialized::storeDeref),
    _SET_ADD("(set, unused[oparg-1], v -- set, unused[oparg-1])", ERROR | ESCAPES, Specialized::setAdd),
    _MAP_ADD("(dict, unused[oparg-1], key, value -- dict, unused[oparg-1])", ERROR | ESCAPES, Specialized::mapAdd),
    _FORMAT_SIMPLE("(value -- res)", ERROR | ESCAPES, Specialized::formatSimple),
    _FORMAT_WITH_SPEC("(value, fmt_spec -- res)", ERROR | ESCAPES, Specialized::formatWithSpec),
    _CONVERT_VALUE("(value -- result)", ERROR | ESCAPES, Specialized::convertValue),
    _BUILD_STRING("(pieces[oparg] -- str)", ERROR, Specialized::buildString),
    _MAKE_FUNCTION("(codeobj -- func)", 0, Specialized::makeFunction),
    _SET_FUNCTION_ATTRIBUTE("(attr, func -- func)", 0, Specialized::setFunctionAttribute),
    // beyond CPython 3.13: calling a generator function only makes the generator (its body runs when iterated)
    _CALL_PY_GENERATOR("(callable, self_or_null, args[oparg] -- res)", DEOPT | TYPE_GUARD | ERROR,
            Specialized::callPyGenerator),

    // inlined calls of Python functions: the callee's frame is pushed and popped inside the trace
    _CHECK_PEP_523("( -- )", DEOPT, UopSemantics::nop),
    _CHECK_CALL_BOUND_METHOD_EXACT_ARGS("(callable, null, unused[oparg] -- callable, null, unused[oparg])",
            DEOPT | TYPE_GUARD, FrameSemantics::checkCallBoundMethodExactArgs),
    _INIT_CALL_BOUND_METHOD_EXACT_ARGS("(callable, unused, unused[oparg] -- func, self, unused[oparg])", 0,
            FrameSemantics::initCallBoundMethodExactArgs),
    _CHECK_FUNCTION_EXACT_ARGS("(callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])",
            DEOPT | TYPE_GUARD, FrameSemantics::checkFunctionExactArgs),
    _CHECK_STACK_SPACE("(callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])", DEOPT,
            FrameSemantics::checkStackSpace),
    _INIT_CALL_PY_EXACT_ARGS("(callable, self_or_null, args[oparg] -- new_frame)", 0,
            FrameSemantics::initCallPyExactArgs),
    _SAVE_RETURN_OFFSET("( -- )", 0, FrameSemantics::saveReturnOffset),
    _PUSH_FRAME("(new_frame -- )", 0, FrameSemantics::pushFrame),
    _POP_FRAME("(retval -- res)", 0, FrameSemantics::popFrame);

    /** The semantics' shape: one uop applied to the explicit state. */
    @FunctionalInterface
    public interface Body extends java.io.Serializable {
        int run(TraceState state, TraceUop uop);
    }

    /** The class holding this uop's semantics ({@link UopSemantics} or {@link Specialized}), simple name. */
    public String semanticsClass() {
        try {
            java.lang.reflect.Method m = body.getClass().getDeclaredMethod("writeReplace");
            m.setAccessible(true);
            java.lang.invoke.SerializedLambda l = (java.lang.invoke.SerializedLambda) m.invoke(body);
            String owner = l.getImplClass();
            return owner.substring(owner.lastIndexOf('/') + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name() + ": cannot read its semantics class", e);
        }
    }

    /**
     * The name of the {@link UopSemantics} method this uop's body refers to (read from the method reference), so
     * generators (the uop interpreter's switch) can call it directly.
     */
    public String semanticsMethod() {
        try {
            java.lang.reflect.Method m = body.getClass().getDeclaredMethod("writeReplace");
            m.setAccessible(true);
            java.lang.invoke.SerializedLambda l = (java.lang.invoke.SerializedLambda) m.invoke(body);
            String owner = l.getImplClass().replace('/', '.');
            if (!owner.equals(UopSemantics.class.getName()) && !owner.equals(Specialized.class.getName())
                    && !owner.equals(FrameSemantics.class.getName())) {
                throw new IllegalStateException(name() + ": semantics outside UopSemantics, Specialized and "
                        + "FrameSemantics");
            }
            return l.getImplMethodName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name() + ": cannot read its semantics method", e);
        }
    }

    public final String effect;
    public final int flags;
    public final Body body;
    private final IntUnaryOperator pops, pushes;

    Uop(String effect, int flags, Body body) {
        this.effect = effect;
        this.flags = flags;
        this.body = body;
        String inner = effect.substring(1, effect.length() - 1);
        int dash = inner.indexOf("--");
        this.pops = counter(inner.substring(0, dash));
        this.pushes = counter(inner.substring(dash + 2));
    }

    /** Values popped for {@code oparg}. */
    public int pops(int oparg) {
        return pops.applyAsInt(oparg);
    }

    /** Values pushed for {@code oparg}. */
    public int pushes(int oparg) {
        return pushes.applyAsInt(oparg);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether this is a guard with an exit (side exit or deopt). */
    public boolean isGuard() {
        return (flags & (DEOPT | SIDE_EXIT)) != 0;
    }

    /** The key CPython's stats use for this uop's execution count. */
    public String statsName() {
        return "uops[" + name() + "].execution_count";
    }

    private static IntUnaryOperator counter(String items) {
        int fixed = 0;
        List<IntUnaryOperator> parts = new ArrayList<>();
        for (String item : items.split(",")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            int b = t.indexOf('[');
            if (b < 0) {
                fixed++;
                continue;
            }
            String size = t.substring(b + 1, t.length() - 1);
            parts.add(switch (size) {
                case "oparg" -> o -> o;
                case "oparg-1" -> o -> o - 1;
                case "oparg-2" -> o -> o - 2;
                case "oparg&1" -> o -> o & 1;
                default -> throw new IllegalArgumentException("stack item size " + size);
            });
        }
        int f = fixed;
        if (parts.isEmpty()) {
            return o -> f;
        }
        return o -> {
            int n = f;
            for (IntUnaryOperator p : parts) {
                n += p.applyAsInt(o);
            }
            return n;
        };
    }

    // ---- the translation table: instructions (base or specialized, by CPython's name) to uops

    /** One uop of an instruction's expansion, with how its oparg comes from the instruction's. */
    public record Part(Uop uop, IntUnaryOperator oparg) {}

    private static final Map<String, List<Part>> MACROS = new HashMap<>();

    /** Instructions whose expansion is not just {@code _NAME} (CPython's {@code macro(...)} lines). */
    private static void macro(String instruction, Object... parts) {
        List<Part> list = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Uop u = (Uop) parts[i];
            IntUnaryOperator arg = IntUnaryOperator.identity();
            if (i + 1 < parts.length && parts[i + 1] instanceof IntUnaryOperator op) {
                arg = op;
                i++;
            }
            list.add(new Part(u, arg));
        }
        MACROS.put(instruction, Collections.unmodifiableList(list));
    }

    static {
        IntUnaryOperator hi = o -> o >> 4, lo = o -> o & 15;
        macro("LOAD_FAST_LOAD_FAST", _LOAD_FAST, hi, _LOAD_FAST, lo);
        macro("STORE_FAST_LOAD_FAST", _STORE_FAST, hi, _LOAD_FAST, lo);
        macro("STORE_FAST_STORE_FAST", _STORE_FAST, hi, _STORE_FAST, lo);
        macro("END_FOR", _POP_TOP);
        macro("BINARY_OP_ADD_INT", _GUARD_BOTH_INT, _BINARY_OP_ADD_INT);
        macro("BINARY_OP_SUBTRACT_INT", _GUARD_BOTH_INT, _BINARY_OP_SUBTRACT_INT);
        macro("BINARY_OP_MULTIPLY_INT", _GUARD_BOTH_INT, _BINARY_OP_MULTIPLY_INT);
        macro("BINARY_OP_ADD_FLOAT", _GUARD_BOTH_FLOAT, _BINARY_OP_ADD_FLOAT);
        macro("BINARY_OP_SUBTRACT_FLOAT", _GUARD_BOTH_FLOAT, _BINARY_OP_SUBTRACT_FLOAT);
        macro("BINARY_OP_MULTIPLY_FLOAT", _GUARD_BOTH_FLOAT, _BINARY_OP_MULTIPLY_FLOAT);
        macro("COMPARE_OP_INT", _GUARD_BOTH_INT, _COMPARE_OP_INT);
        macro("COMPARE_OP_FLOAT", _GUARD_BOTH_FLOAT, _COMPARE_OP_FLOAT);
        macro("FOR_ITER_RANGE", _ITER_CHECK_RANGE, _GUARD_NOT_EXHAUSTED_RANGE, _ITER_NEXT_RANGE);
        macro("FOR_ITER", _FOR_ITER_TIER_TWO);
        macro("CALL", _CALL_NON_PY);
        macro("CALL_PY_GENERATOR", _CALL_PY_GENERATOR);
        macro("BINARY_OP_ADD_UNICODE", _GUARD_BOTH_UNICODE, _BINARY_OP_ADD_UNICODE);
        macro("COMPARE_OP_STR", _GUARD_BOTH_UNICODE, _COMPARE_OP_STR);
        macro("FOR_ITER_LIST", _ITER_CHECK_LIST, _GUARD_NOT_EXHAUSTED_LIST, _ITER_NEXT_LIST);
        macro("FOR_ITER_TUPLE", _ITER_CHECK_TUPLE, _GUARD_NOT_EXHAUSTED_TUPLE, _ITER_NEXT_TUPLE);
        macro("LOAD_ATTR_INSTANCE_VALUE", _GUARD_TYPE_VERSION, _CHECK_MANAGED_OBJECT_HAS_VALUES,
                _LOAD_ATTR_INSTANCE_VALUE);
        macro("LOAD_ATTR_SLOT", _GUARD_TYPE_VERSION, _LOAD_ATTR_SLOT);
        macro("LOAD_ATTR_MODULE", _CHECK_ATTR_MODULE, _LOAD_ATTR_MODULE);
        macro("LOAD_ATTR_METHOD_WITH_VALUES", _GUARD_TYPE_VERSION, _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT,
                _LOAD_ATTR_METHOD_WITH_VALUES);
        macro("LOAD_ATTR_METHOD_NO_DICT", _GUARD_TYPE_VERSION, _LOAD_ATTR_METHOD_NO_DICT);
        macro("STORE_ATTR_INSTANCE_VALUE", _GUARD_TYPE_VERSION, _GUARD_DORV_NO_DICT, _STORE_ATTR_INSTANCE_VALUE);
        macro("STORE_ATTR_SLOT", _GUARD_TYPE_VERSION, _STORE_ATTR_SLOT);
        // calls tier 2 inlines (the projector sets _SAVE_RETURN_OFFSET's oparg: the call's length in code units);
        // returns are _POP_FRAME only inside an inlined callee
        macro("CALL_PY_EXACT_ARGS", _CHECK_PEP_523, _CHECK_FUNCTION_EXACT_ARGS, _CHECK_STACK_SPACE,
                _INIT_CALL_PY_EXACT_ARGS, _SAVE_RETURN_OFFSET, _PUSH_FRAME);
        macro("CALL_BOUND_METHOD_EXACT_ARGS", _CHECK_PEP_523, _CHECK_CALL_BOUND_METHOD_EXACT_ARGS,
                _INIT_CALL_BOUND_METHOD_EXACT_ARGS, _CHECK_FUNCTION_EXACT_ARGS, _CHECK_STACK_SPACE,
                _INIT_CALL_PY_EXACT_ARGS, _SAVE_RETURN_OFFSET, _PUSH_FRAME);
        macro("RETURN_VALUE", _POP_FRAME);
        macro("RETURN_CONST", _LOAD_CONST, _POP_FRAME);
    }

    /**
     * The uops instruction {@code name} (CPython's name, e.g. {@code BINARY_OP_ADD_INT}) expands to, or null when
     * tier 2 cannot run it.
     */
    public static List<Part> expansion(String name) {
        List<Part> m = MACROS.get(name);
        if (m != null) {
            return m;
        }
        Uop u = BY_NAME.get("_" + name);
        return u == null || u.has(STUB) ? null
                : List.of(new Part(u, IntUnaryOperator.identity()));
    }

    /** The expansion of opcode {@code op}. */
    public static List<Part> expansion(int op) {
        return expansion(Opcodes.name(op));
    }

    private static final Map<String, Uop> BY_NAME = new HashMap<>();

    static {
        for (Uop u : values()) {
            BY_NAME.put(u.name(), u);
        }
    }
}
