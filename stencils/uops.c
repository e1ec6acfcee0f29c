/*
 * Copy-and-patch templates: one function per CPython 3.13 micro-op, over the
 * unboxed register file of regfile.h. stencils/StencilGen.java compiles this
 * file with clang-19 (one section per function) and turns each function into
 * a stencil; every reference to a _JIT_* symbol becomes a hole.
 *
 * Calling convention of every stencil: int64_t f(RegFile *rf, Slot *sp), sp
 * pointing one past the top of the value stack. A stencil either tail-calls
 * the next piece of code (the next stencil, a jump target or an exit stub)
 * with the same two arguments, or returns an exit number to the caller of the
 * trace. Native code never calls anything else.
 *
 * Semantics follow CPython 3.13's Python/bytecodes.c for the same names, on
 * unboxed values: a guard that fails leaves the stack as it was before the
 * uop (except _GUARD_IS_*_POP, which pops first, as in 3.13), and int
 * arithmetic that overflows int64 exits before writing anything.
 */
#include "regfile.h"

typedef int64_t Stencil(RegFile *rf, Slot *sp);

/* Holes. A value hole is the address of an extern symbol. The oparg is declared
 * as a one-byte object, so the medium code model treats it as small data and
 * patches it as a 32-bit immediate; 64-bit values are incomplete arrays (large
 * data, 64-bit immediates). Code targets are tail calls (rel32). HOLE_VALUE
 * passes the address through an empty asm so that the compiler assumes
 * nothing about it (neither alignment nor that it is non-zero). */
extern char _JIT_OPARG[1];
extern char _JIT_OPERAND[];
extern char _JIT_EXECUTOR[];
extern Stencil _JIT_CONTINUE;
extern Stencil _JIT_JUMP_TARGET;
extern Stencil _JIT_EXIT_TARGET;

static inline __attribute__((always_inline)) int64_t hole_value(const char *symbol) {
    uintptr_t value = (uintptr_t)symbol;
    __asm__("" : "+r"(value));
    return (int64_t)value;
}
#define OPARG hole_value(_JIT_OPARG)
#define OPERAND hole_value(_JIT_OPERAND)

#define STENCIL(name) int64_t name(RegFile *rf, Slot *sp)
#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(rf, sp)
#define JUMP_TO_TARGET() __attribute__((musttail)) return _JIT_JUMP_TARGET(rf, sp)
/* The exit is marked *likely* on purpose: that makes clang put the tail call to the exit right
 * after the test ("j<!cc> +5; jmp EXIT"), which StencilGen folds into one never-taken "j<cc> EXIT",
 * so the hot path falls straight through to the next stencil. Marked unlikely, clang moves the exit
 * to the end behind the jump to the continuation, which the layout then cannot drop. */
#define EXIT_IF(cond)                                                    \
    do {                                                                 \
        if (__builtin_expect(!!(cond), 1)) {                             \
            __attribute__((musttail)) return _JIT_EXIT_TARGET(rf, sp);   \
        }                                                                \
    } while (0)

#define STACK_BASE(rf) ((rf)->slots + (rf)->stack_base)
#define RANGE_ITER(rf, slot) ((RangeIter *)((char *)(rf) + (slot).v.i))

/* CPython 3.13's COMPARISON_BIT: 2 if <, 4 if >, 8 if ==, 1 if unordered (a NaN). */
#define COMPARISON_BIT(x, y) (1 << (2 * ((x) >= (y)) + ((x) <= (y))))

/* Not a uop: the entry of every trace, called through FFM as int64_t trace(RegFile *rf, Slot *ignored). */
STENCIL(trace_entry) {
    sp = STACK_BASE(rf) + rf->depth;
    CONTINUE();
}

STENCIL(_NOP) {
    CONTINUE();
}

/* Slots are copied as two 8-byte words, never as one 16-byte move: the uops write value and tag
 * separately, and a 16-byte load of two fresh 8-byte stores cannot be store-forwarded (a stall of
 * 10-20 cycles each time). The volatile loads keep clang from merging them into one. */
static inline __attribute__((always_inline)) void copy_slot(Slot *to, const Slot *from) {
    int64_t value = *(const volatile int64_t *)&from->v.i;
    int64_t tag = *(const volatile int64_t *)&from->tag;
    to->v.i = value;
    to->tag = tag;
}

STENCIL(_LOAD_FAST) {
    copy_slot(sp, &rf->slots[OPARG]);
    sp++;
    CONTINUE();
}

STENCIL(_STORE_FAST) {
    sp--;
    copy_slot(&rf->slots[OPARG], sp);
    CONTINUE();
}

/* 3.13 raises UnboundLocalError for an unbound local; natively that is an exit before the push. */
STENCIL(_LOAD_FAST_CHECK) {
    EXIT_IF(rf->slots[OPARG].tag == TAG_UNDEF);
    copy_slot(sp, &rf->slots[OPARG]);
    sp++;
    CONTINUE();
}

STENCIL(_LOAD_FAST_AND_CLEAR) {
    copy_slot(sp, &rf->slots[OPARG]);
    rf->slots[OPARG].v.i = 0;
    rf->slots[OPARG].tag = TAG_UNDEF;
    sp++;
    CONTINUE();
}

STENCIL(_POP_TOP) {
    sp--;
    CONTINUE();
}

/* (bottom, unused[oparg-1] -- bottom, unused[oparg-1], top) */
STENCIL(_COPY) {
    copy_slot(sp, sp - OPARG);
    sp++;
    CONTINUE();
}

/* (bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom) */
STENCIL(_SWAP) {
    Slot *bottom = sp - OPARG;
    int64_t value = *(const volatile int64_t *)&bottom->v.i;
    int64_t tag = *(const volatile int64_t *)&bottom->tag;
    copy_slot(bottom, sp - 1);
    sp[-1].v.i = value;
    sp[-1].tag = tag;
    CONTINUE();
}

/* The operand is the value's 64 bits, the oparg its tag. */
STENCIL(_LOAD_CONST_INLINE) {
    sp->v.i = OPERAND;
    sp->tag = OPARG;
    sp++;
    CONTINUE();
}

/* Unboxed values have no reference counts: borrowing is the same as owning. */
STENCIL(_LOAD_CONST_INLINE_BORROW) {
    sp->v.i = OPERAND;
    sp->tag = OPARG;
    sp++;
    CONTINUE();
}

STENCIL(_POP_TOP_LOAD_CONST_INLINE_BORROW) {
    sp[-1].v.i = OPERAND;
    sp[-1].tag = OPARG;
    CONTINUE();
}

STENCIL(_GUARD_BOTH_INT) {
    EXIT_IF(sp[-2].tag != TAG_INT);
    EXIT_IF(sp[-1].tag != TAG_INT);
    CONTINUE();
}

STENCIL(_GUARD_BOTH_FLOAT) {
    EXIT_IF(sp[-2].tag != TAG_FLOAT);
    EXIT_IF(sp[-1].tag != TAG_FLOAT);
    CONTINUE();
}

STENCIL(_GUARD_TOS_INT) {
    EXIT_IF(sp[-1].tag != TAG_INT);
    CONTINUE();
}

STENCIL(_GUARD_NOS_INT) {
    EXIT_IF(sp[-2].tag != TAG_INT);
    CONTINUE();
}

STENCIL(_GUARD_TOS_FLOAT) {
    EXIT_IF(sp[-1].tag != TAG_FLOAT);
    CONTINUE();
}

STENCIL(_GUARD_NOS_FLOAT) {
    EXIT_IF(sp[-2].tag != TAG_FLOAT);
    CONTINUE();
}

#define INT_BINARY_OP(name, builtin)                                     \
    STENCIL(name) {                                                      \
        int64_t res;                                                     \
        EXIT_IF(builtin(sp[-2].v.i, sp[-1].v.i, &res));                  \
        sp[-2].v.i = res;                                                \
        sp[-2].tag = TAG_INT;                                            \
        sp--;                                                            \
        CONTINUE();                                                      \
    }

INT_BINARY_OP(_BINARY_OP_ADD_INT, __builtin_add_overflow)
INT_BINARY_OP(_BINARY_OP_SUBTRACT_INT, __builtin_sub_overflow)
INT_BINARY_OP(_BINARY_OP_MULTIPLY_INT, __builtin_mul_overflow)

#define FLOAT_BINARY_OP(name, op)                                        \
    STENCIL(name) {                                                      \
        sp[-2].v.f = sp[-2].v.f op sp[-1].v.f;                           \
        sp[-2].tag = TAG_FLOAT;                                          \
        sp--;                                                            \
        CONTINUE();                                                      \
    }

FLOAT_BINARY_OP(_BINARY_OP_ADD_FLOAT, +)
FLOAT_BINARY_OP(_BINARY_OP_SUBTRACT_FLOAT, -)
FLOAT_BINARY_OP(_BINARY_OP_MULTIPLY_FLOAT, *)

/* The low four bits of the oparg are the mask of outcomes that make the result True. */
STENCIL(_COMPARE_OP_INT) {
    int64_t left = sp[-2].v.i, right = sp[-1].v.i;
    sp[-2].v.i = (COMPARISON_BIT(left, right) & OPARG) != 0;
    sp[-2].tag = TAG_BOOL;
    sp--;
    CONTINUE();
}

STENCIL(_COMPARE_OP_FLOAT) {
    double left = sp[-2].v.f, right = sp[-1].v.f;
    sp[-2].v.i = (COMPARISON_BIT(left, right) & OPARG) != 0;
    sp[-2].tag = TAG_BOOL;
    sp--;
    CONTINUE();
}

STENCIL(_TO_BOOL_BOOL) {
    EXIT_IF(sp[-1].tag != TAG_BOOL);
    CONTINUE();
}

STENCIL(_TO_BOOL_INT) {
    EXIT_IF(sp[-1].tag != TAG_INT);
    sp[-1].v.i = sp[-1].v.i != 0;
    sp[-1].tag = TAG_BOOL;
    CONTINUE();
}

STENCIL(_TO_BOOL_NONE) {
    EXIT_IF(sp[-1].tag != TAG_NONE);
    sp[-1].v.i = 0;
    sp[-1].tag = TAG_BOOL;
    CONTINUE();
}

/* 3.13 asserts a bool operand (TO_BOOL comes first). */
STENCIL(_UNARY_NOT) {
    sp[-1].v.i = sp[-1].v.i == 0;
    sp[-1].tag = TAG_BOOL;
    CONTINUE();
}

STENCIL(_GUARD_IS_TRUE_POP) {
    sp--;
    EXIT_IF(sp->tag != TAG_BOOL || sp->v.i == 0);
    CONTINUE();
}

STENCIL(_GUARD_IS_FALSE_POP) {
    sp--;
    EXIT_IF(sp->tag != TAG_BOOL || sp->v.i != 0);
    CONTINUE();
}

STENCIL(_GUARD_IS_NONE_POP) {
    sp--;
    EXIT_IF(sp->tag != TAG_NONE);
    CONTINUE();
}

STENCIL(_GUARD_IS_NOT_NONE_POP) {
    sp--;
    EXIT_IF(sp->tag == TAG_NONE);
    CONTINUE();
}

STENCIL(_ITER_CHECK_RANGE) {
    EXIT_IF(sp[-1].tag != TAG_RANGE_ITER);
    CONTINUE();
}

STENCIL(_GUARD_NOT_EXHAUSTED_RANGE) {
    EXIT_IF(RANGE_ITER(rf, sp[-1])->len <= 0);
    CONTINUE();
}

STENCIL(_ITER_NEXT_RANGE) {
    RangeIter *r = RANGE_ITER(rf, sp[-1]);
    int64_t value = r->start;
    r->start = (int64_t)((uint64_t)value + (uint64_t)r->step);
    r->len--;
    sp->v.i = value;
    sp->tag = TAG_INT;
    sp++;
    CONTINUE();
}

STENCIL(_SET_IP) {
    rf->ip = OPERAND;
    CONTINUE();
}

/* The executor's data block starts with its validity word; invalidation stores 0 there. */
STENCIL(_CHECK_VALIDITY) {
    EXIT_IF(*(volatile int64_t *)_JIT_EXECUTOR == 0);
    CONTINUE();
}

/* The back edge. Its exit is the eval breaker: taken when the budget of back edges runs out. */
STENCIL(_JUMP_TO_TOP) {
    EXIT_IF(--rf->eval_breaker < 0);
    JUMP_TO_TARGET();
}

/* Exit stubs (and an unconditional exit in a trace body): record the stack depth, return the exit number. */
STENCIL(_EXIT_TRACE) {
    rf->depth = sp - STACK_BASE(rf);
    return OPARG;
}

STENCIL(_DEOPT) {
    rf->depth = sp - STACK_BASE(rf);
    return OPARG;
}
