// GENERATED from dev.tiercel.tier2.trace.Uop by UopDispatchTest.generate(). Do not edit by hand;
// regenerate: TIERCEL_REGENERATE=1 ./build.sh -- -q -o -pl modules/runtime,modules/tier2-optimizer,modules/backend-interp test
package dev.tiercel.backend.interp;

import dev.tiercel.tier2.trace.FrameSemantics;
import dev.tiercel.tier2.trace.Specialized;
import dev.tiercel.tier2.trace.TraceState;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import dev.tiercel.tier2.trace.UopSemantics;

/** The uop interpreter's loop: one switch case per uop, calling its semantics directly. */
final class UopDispatch {
    private UopDispatch() {}

    /**
     * Runs {@code code} from its first uop, dispatching on {@code ops} (the uops' ordinals, or fused
     * pairs: {@link Fusions}); see {@link UopInterpreter}.
     */
    static int run(TraceUop[] code, int[] ops, TraceState st) {
        int pc = 0;
        TraceUop u = code[0];
        try {
            while (true) {
                u = code[pc];
                int r = switch (ops[pc]) {
                    case 0 -> UopSemantics.nop(st, u); // _START_EXECUTOR
                    case 1 -> UopSemantics.nop(st, u); // _TIER2_RESUME_CHECK
                    case 2 -> UopSemantics.setIp(st, u); // _SET_IP
                    case 3 -> UopSemantics.checkValidity(st, u); // _CHECK_VALIDITY
                    case 4 -> UopSemantics.checkValidityAndSetIp(st, u); // _CHECK_VALIDITY_AND_SET_IP
                    case 5 -> UopSemantics.leave(st, u); // _EXIT_TRACE
                    case 6 -> UopSemantics.leave(st, u); // _DEOPT
                    case 7 -> UopSemantics.jumpToTop(st, u); // _JUMP_TO_TOP
                    case 8 -> UopSemantics.loadFast(st, u); // _LOAD_FAST
                    case 9 -> UopSemantics.loadFastCheck(st, u); // _LOAD_FAST_CHECK
                    case 10 -> UopSemantics.loadFastAndClear(st, u); // _LOAD_FAST_AND_CLEAR
                    case 11 -> UopSemantics.storeFast(st, u); // _STORE_FAST
                    case 12 -> UopSemantics.loadConst(st, u); // _LOAD_CONST
                    case 13 -> UopSemantics.loadConstInline(st, u); // _LOAD_CONST_INLINE
                    case 14 -> UopSemantics.loadConstInline(st, u); // _LOAD_CONST_INLINE_BORROW
                    case 15 -> UopSemantics.popTop(st, u); // _POP_TOP
                    case 16 -> UopSemantics.pushNull(st, u); // _PUSH_NULL
                    case 17 -> UopSemantics.copy(st, u); // _COPY
                    case 18 -> UopSemantics.swap(st, u); // _SWAP
                    case 19 -> UopSemantics.loadName(st, u); // _LOAD_NAME
                    case 20 -> UopSemantics.storeName(st, u); // _STORE_NAME
                    case 21 -> UopSemantics.loadGlobal(st, u); // _LOAD_GLOBAL
                    case 22 -> UopSemantics.storeGlobal(st, u); // _STORE_GLOBAL
                    case 23 -> UopSemantics.checkGlobals(st, u); // _CHECK_GLOBALS
                    case 24 -> UopSemantics.guardBothInt(st, u); // _GUARD_BOTH_INT
                    case 25 -> UopSemantics.guardNosInt(st, u); // _GUARD_NOS_INT
                    case 26 -> UopSemantics.guardTosInt(st, u); // _GUARD_TOS_INT
                    case 27 -> UopSemantics.guardBothFloat(st, u); // _GUARD_BOTH_FLOAT
                    case 28 -> UopSemantics.guardNosFloat(st, u); // _GUARD_NOS_FLOAT
                    case 29 -> UopSemantics.guardTosFloat(st, u); // _GUARD_TOS_FLOAT
                    case 30 -> UopSemantics.binaryOpAddInt(st, u); // _BINARY_OP_ADD_INT
                    case 31 -> UopSemantics.binaryOpSubtractInt(st, u); // _BINARY_OP_SUBTRACT_INT
                    case 32 -> UopSemantics.binaryOpMultiplyInt(st, u); // _BINARY_OP_MULTIPLY_INT
                    case 33 -> UopSemantics.binaryOpAddFloat(st, u); // _BINARY_OP_ADD_FLOAT
                    case 34 -> UopSemantics.binaryOpSubtractFloat(st, u); // _BINARY_OP_SUBTRACT_FLOAT
                    case 35 -> UopSemantics.binaryOpMultiplyFloat(st, u); // _BINARY_OP_MULTIPLY_FLOAT
                    case 36 -> UopSemantics.binaryOp(st, u); // _BINARY_OP
                    case 37 -> UopSemantics.compareOpInt(st, u); // _COMPARE_OP_INT
                    case 38 -> UopSemantics.compareOpFloat(st, u); // _COMPARE_OP_FLOAT
                    case 39 -> UopSemantics.compareOp(st, u); // _COMPARE_OP
                    case 40 -> UopSemantics.isOp(st, u); // _IS_OP
                    case 41 -> UopSemantics.containsOp(st, u); // _CONTAINS_OP
                    case 42 -> UopSemantics.unaryNot(st, u); // _UNARY_NOT
                    case 43 -> UopSemantics.unaryNegative(st, u); // _UNARY_NEGATIVE
                    case 44 -> UopSemantics.toBool(st, u); // _TO_BOOL
                    case 45 -> UopSemantics.toBoolBool(st, u); // _TO_BOOL_BOOL
                    case 46 -> UopSemantics.toBoolInt(st, u); // _TO_BOOL_INT
                    case 47 -> UopSemantics.toBoolNone(st, u); // _TO_BOOL_NONE
                    case 48 -> UopSemantics.guardIsTruePop(st, u); // _GUARD_IS_TRUE_POP
                    case 49 -> UopSemantics.guardIsFalsePop(st, u); // _GUARD_IS_FALSE_POP
                    case 50 -> UopSemantics.guardIsNonePop(st, u); // _GUARD_IS_NONE_POP
                    case 51 -> UopSemantics.guardIsNotNonePop(st, u); // _GUARD_IS_NOT_NONE_POP
                    case 52 -> UopSemantics.iterCheckRange(st, u); // _ITER_CHECK_RANGE
                    case 53 -> UopSemantics.guardNotExhaustedRange(st, u); // _GUARD_NOT_EXHAUSTED_RANGE
                    case 54 -> UopSemantics.iterNextRange(st, u); // _ITER_NEXT_RANGE
                    case 55 -> UopSemantics.forIterTierTwo(st, u); // _FOR_ITER_TIER_TWO
                    case 56 -> UopSemantics.getIter(st, u); // _GET_ITER
                    case 57 -> UopSemantics.buildTuple(st, u); // _BUILD_TUPLE
                    case 58 -> UopSemantics.buildList(st, u); // _BUILD_LIST
                    case 59 -> UopSemantics.listAppend(st, u); // _LIST_APPEND
                    case 60 -> UopSemantics.unpackSequence(st, u); // _UNPACK_SEQUENCE
                    case 61 -> UopSemantics.binarySubscr(st, u); // _BINARY_SUBSCR
                    case 62 -> UopSemantics.storeSubscr(st, u); // _STORE_SUBSCR
                    case 63 -> UopSemantics.buildSlice(st, u); // _BUILD_SLICE
                    case 64 -> UopSemantics.binarySlice(st, u); // _BINARY_SLICE
                    case 65 -> UopSemantics.storeSlice(st, u); // _STORE_SLICE
                    case 66 -> UopSemantics.loadAttr(st, u); // _LOAD_ATTR
                    case 67 -> UopSemantics.storeAttr(st, u); // _STORE_ATTR
                    case 68 -> UopSemantics.callNonPy(st, u); // _CALL_NON_PY
                    case 69 -> Specialized.binarySubscrListInt(st, u); // _BINARY_SUBSCR_LIST_INT
                    case 70 -> Specialized.binarySubscrTupleInt(st, u); // _BINARY_SUBSCR_TUPLE_INT
                    case 71 -> Specialized.binarySubscrDict(st, u); // _BINARY_SUBSCR_DICT
                    case 72 -> Specialized.storeSubscrListInt(st, u); // _STORE_SUBSCR_LIST_INT
                    case 73 -> Specialized.storeSubscrDict(st, u); // _STORE_SUBSCR_DICT
                    case 74 -> Specialized.guardBothUnicode(st, u); // _GUARD_BOTH_UNICODE
                    case 75 -> Specialized.binaryOpAddUnicode(st, u); // _BINARY_OP_ADD_UNICODE
                    case 76 -> Specialized.compareOpStr(st, u); // _COMPARE_OP_STR
                    case 77 -> Specialized.toBoolStr(st, u); // _TO_BOOL_STR
                    case 78 -> Specialized.toBoolList(st, u); // _TO_BOOL_LIST
                    case 79 -> Specialized.containsOpSet(st, u); // _CONTAINS_OP_SET
                    case 80 -> Specialized.containsOpDict(st, u); // _CONTAINS_OP_DICT
                    case 81 -> Specialized.iterCheckSeq(st, u); // _ITER_CHECK_LIST
                    case 82 -> Specialized.guardNotExhaustedSeq(st, u); // _GUARD_NOT_EXHAUSTED_LIST
                    case 83 -> Specialized.iterNextSeq(st, u); // _ITER_NEXT_LIST
                    case 84 -> Specialized.iterCheckSeq(st, u); // _ITER_CHECK_TUPLE
                    case 85 -> Specialized.guardNotExhaustedSeq(st, u); // _GUARD_NOT_EXHAUSTED_TUPLE
                    case 86 -> Specialized.iterNextSeq(st, u); // _ITER_NEXT_TUPLE
                    case 87 -> Specialized.unpackSequenceTuple(st, u); // _UNPACK_SEQUENCE_TWO_TUPLE
                    case 88 -> Specialized.unpackSequenceTuple(st, u); // _UNPACK_SEQUENCE_TUPLE
                    case 89 -> Specialized.unpackSequenceList(st, u); // _UNPACK_SEQUENCE_LIST
                    case 90 -> Specialized.guardTypeVersion(st, u); // _GUARD_TYPE_VERSION
                    case 91 -> Specialized.checkHasValues(st, u); // _CHECK_MANAGED_OBJECT_HAS_VALUES
                    case 92 -> Specialized.loadAttrInstanceValue(st, u); // _LOAD_ATTR_INSTANCE_VALUE
                    case 93 -> Specialized.loadAttrSlot(st, u); // _LOAD_ATTR_SLOT
                    case 94 -> Specialized.checkAttrModule(st, u); // _CHECK_ATTR_MODULE
                    case 95 -> Specialized.loadAttrModule(st, u); // _LOAD_ATTR_MODULE
                    case 96 -> Specialized.guardNotInInstanceDict(st, u); // _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT
                    case 97 -> Specialized.loadAttrMethod(st, u); // _LOAD_ATTR_METHOD_WITH_VALUES
                    case 98 -> Specialized.loadAttrMethod(st, u); // _LOAD_ATTR_METHOD_NO_DICT
                    case 99 -> Specialized.checkHasValues(st, u); // _GUARD_DORV_NO_DICT
                    case 100 -> Specialized.storeAttrInstanceValue(st, u); // _STORE_ATTR_INSTANCE_VALUE
                    case 101 -> Specialized.storeAttrSlot(st, u); // _STORE_ATTR_SLOT
                    case 102 -> Specialized.callLen(st, u); // _CALL_LEN
                    case 103 -> Specialized.callListAppend(st, u); // _CALL_LIST_APPEND
                    case 104 -> Specialized.callIsinstance(st, u); // _CALL_ISINSTANCE
                    case 105 -> Specialized.loadDeref(st, u); // _LOAD_DEREF
                    case 106 -> Specialized.storeDeref(st, u); // _STORE_DEREF
                    case 107 -> Specialized.setAdd(st, u); // _SET_ADD
                    case 108 -> Specialized.mapAdd(st, u); // _MAP_ADD
                    case 109 -> Specialized.formatSimple(st, u); // _FORMAT_SIMPLE
                    case 110 -> Specialized.formatWithSpec(st, u); // _FORMAT_WITH_SPEC
                    case 111 -> Specialized.convertValue(st, u); // _CONVERT_VALUE
                    case 112 -> Specialized.buildString(st, u); // _BUILD_STRING
                    case 113 -> Specialized.makeFunction(st, u); // _MAKE_FUNCTION
                    case 114 -> Specialized.setFunctionAttribute(st, u); // _SET_FUNCTION_ATTRIBUTE
                    case 115 -> Specialized.callPyGenerator(st, u); // _CALL_PY_GENERATOR
                    case 116 -> UopSemantics.nop(st, u); // _CHECK_PEP_523
                    case 117 -> FrameSemantics.checkCallBoundMethodExactArgs(st, u); // _CHECK_CALL_BOUND_METHOD_EXACT_ARGS
                    case 118 -> FrameSemantics.initCallBoundMethodExactArgs(st, u); // _INIT_CALL_BOUND_METHOD_EXACT_ARGS
                    case 119 -> FrameSemantics.checkFunctionExactArgs(st, u); // _CHECK_FUNCTION_EXACT_ARGS
                    case 120 -> FrameSemantics.checkStackSpace(st, u); // _CHECK_STACK_SPACE
                    case 121 -> FrameSemantics.initCallPyExactArgs(st, u); // _INIT_CALL_PY_EXACT_ARGS
                    case 122 -> FrameSemantics.saveReturnOffset(st, u); // _SAVE_RETURN_OFFSET
                    case 123 -> FrameSemantics.pushFrame(st, u); // _PUSH_FRAME
                    case 124 -> FrameSemantics.popFrame(st, u); // _POP_FRAME
                    default -> throw new IllegalStateException("uop " + ops[pc]);
                };
                if (r == Uop.NEXT) {
                    pc++;
                } else if (r == Uop.TOP) {
                    pc = 1;
                } else if (r == Uop.EXIT) {
                    pc = u.jumpTarget;
                } else {
                    if (u.exitIndex >= 0) {
                        st.ex.exitCounts[u.exitIndex]++;
                    }
                    st.exit = u;
                    return u.resume;
                }
            }
        } catch (RuntimeException | Error e) {
            st.f.lasti = u.target;
            st.f.sp = st.sp;
            throw e;
        }
    }
}
