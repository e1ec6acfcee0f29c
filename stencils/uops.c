/*
 * Copy-and-patch templates: CPython 3.13 micro-ops over the unboxed register
 * file of regfile.h. stencils/StencilGen.java compiles this file with clang-19
 * (one section per function) and turns each function into a stencil; every
 * reference to a _JIT_* symbol becomes a hole.
 *
 * Top-of-stack caching. Up to MAX_CACHE (4) stack items (value and tag each) travel in registers
 * between stencils instead of in the register file's memory. Every uop therefore has variants by
 * *cache depth* D = 0..4 (the function NAME__D): the top D logical stack items are the cached ones,
 * the rest are in memory below sp. A variant takes its inputs from the cache first, then from memory,
 * and leaves its outputs cached (spilling the deepest cached item to memory when the cache is full).
 * Each variant records in its NAME__D_meta object the depth it starts at, the depth it leaves, and
 * the depth at its exit; TraceLayout picks variants by tracking the depth through the trace, inserts
 * a "spill" to depth 0 where a uop has no variant for the current depth, enters each jump target
 * at one fixed depth (spilling and "filling" on the way in where needed), and gives each exit a stub
 * that writes the cached items back first, so the register file is exact at every exit.
 *
 * Calling convention of every stencil (clang's preserve_none, so that all twelve are registers):
 *   int64_t f(RegFile *rf, Slot *sp, v0, t0, v1, t1, v2, t2, v3, t3, budget, iacc, double x0)   (int64_t from v0 to iacc)
 * with sp one past the top of the in-memory stack and (v0, t0) the deepest cached item, (v[D-1],
 * t[D-1]) the top one. x0 (a floating-point register) is the float accumulator: one float local
 * that a loop only updates by `local = local OP value` lives there instead of in its slot for the
 * whole loop (see the _XACC pieces below); every other stencil passes it on untouched. iacc is its
 * integer twin (the _IACC pieces), a loop keeps one or the other. budget is
 * the eval breaker's count of back edges left: trace_entry loads it from rf->eval_breaker, the
 * back edge decrements it and every exit stub stores it back. In memory it was a load-decrement-store
 * chain at every back edge, as long as the whole of sum_fn's loop (a C copy of that loop: 1.7-2.0 ns
 * per iteration with it in memory, 1.4 with it in a register). A stencil either tail-calls the next
 * piece of code with the same arguments,
 * or (an exit stub) returns an exit number to trace_entry, the one C-convention function, which
 * FFM calls and which returns it to Java. Native code never calls anything else.
 *
 * Semantics follow CPython 3.13's Python/bytecodes.c for the same names, on
 * unboxed values: a guard that fails leaves the stack as it was before the
 * uop (except _GUARD_IS_*_POP, which pops first, as in 3.13), and int
 * arithmetic that overflows int64 exits before writing anything.
 */
#include "regfile.h"

/* preserve_none: every register but the stack pointer (and the frame pointer) is an argument or
 * scratch, so the cache can hold MAX_CACHE items (12 argument registers on x86-64). Only
 * trace_entry has the C calling convention: it is what FFM calls, and it calls into the stencils. */
#define CC __attribute__((preserve_none))
#define MAX_CACHE 4
#define ARGS RegFile *rf, Slot *sp, int64_t v0, int64_t t0, int64_t v1, int64_t t1, \
             int64_t v2, int64_t t2, int64_t v3, int64_t t3, int64_t budget, int64_t iacc, double x0
#define INCOMING v0, t0, v1, t1, v2, t2, v3, t3
typedef int64_t CC Stencil(ARGS);

/* Holes. A value hole is the address of an extern symbol. The oparg is declared
 * as a one-byte object, so the medium code model treats it as small data and
 * patches it as a 32-bit immediate; 64-bit values are incomplete arrays (large
 * data, 64-bit immediates). Code targets are tail calls (rel32). hole_value
 * passes the address through an empty asm so that the compiler assumes
 * nothing about it (neither alignment nor that it is non-zero). */
extern char _JIT_OPARG[1];
extern char _JIT_LOCAL[1];
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
/* Local number oparg. _JIT_LOCAL is its byte offset in the register file (the layout patches
 * 64 + 16 * oparg), so x86-64 addresses it as one displacement from rf instead of scaling the oparg. */
#define LOCAL_SLOT ((Slot *)((char *)rf + (uintptr_t)_JIT_LOCAL))

static inline __attribute__((always_inline)) double as_double(int64_t bits) {
    union { int64_t i; double f; } u = {.i = bits};
    return u.f;
}

static inline __attribute__((always_inline)) int64_t as_bits(double value) {
    union { int64_t i; double f; } u = {.f = value};
    return u.i;
}

/* The exit is marked *likely* on purpose: that makes clang put the tail call to the exit right
 * after the test ("j<!cc> +5; jmp EXIT"), which StencilGen folds into one never-taken "j<cc> EXIT",
 * so the hot path falls straight through to the next stencil. Marked unlikely, clang moves the exit
 * to the end behind the jump to the continuation, which the layout then cannot drop. */
#define TAIL(target, sp_, ...) __attribute__((musttail)) return target(rf, sp_, __VA_ARGS__, budget, iacc, x0)
#define EXIT_WITH(cond, sp_, ...)                                        \
    do {                                                                 \
        if (__builtin_expect(!!(cond), 1)) {                             \
            TAIL(_JIT_EXIT_TARGET, sp_, __VA_ARGS__);                    \
        }                                                                \
    } while (0)

#define STACK_BASE(rf) ((rf)->slots + (rf)->stack_base)
#define RANGE_ITER(rf, offset) ((RangeIter *)((char *)(rf) + (offset)))

/* CPython 3.13's COMPARISON_BIT: 2 if <, 4 if >, 8 if ==, 1 if unordered (a NaN). */
#define COMPARISON_BIT(x, y) (1 << (2 * ((x) >= (y)) + ((x) <= (y))))

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define META(name, in, out, exit) \
    __attribute__((used, section(".tiercel.meta"))) const unsigned char name##_meta[3] = {in, out, exit}

/*
 * A uop variant at cache depth D taking NIN stack items and leaving NOUT. In BODY:
 * IN_V(k), IN_T(k), IN_F(k) are input k's value, tag and value as a double (k = 0 is
 * the deepest input); OUT(k, value, tag) sets output k; EXIT_IF(cond) exits with the
 * stack as it was before the uop; EXIT_POPPED_IF(cond) exits with the inputs popped.
 * Slots are read and written as two 8-byte words, never one 16-byte move: a 16-byte
 * load of two fresh 8-byte stores cannot be store-forwarded.
 */
#define UOP_AT(NAME, D, NIN, NOUT, POPPED_EXIT, BODY)                                   \
    META(NAME##__##D, D, MIN(MAX_CACHE, (D) - MIN(NIN, D) + (NOUT)),                     \
         (POPPED_EXIT) ? (D) - MIN(NIN, D) : (D));                                       \
    int64_t CC NAME##__##D(ARGS) {                                                       \
        int64_t cv[MAX_CACHE + 1] = {v0, v1, v2, v3, 0};                                 \
        int64_t ct[MAX_CACHE + 1] = {t0, t1, t2, t3, 0};                                 \
        int64_t iv[(NIN) + 1] __attribute__((unused));                                   \
        int64_t it[(NIN) + 1] __attribute__((unused));                                   \
        for (int k = 0; k < (NIN); k++) {                                                \
            int from_top = (NIN) - 1 - k;                                                \
            if (from_top < (D)) {                                                        \
                iv[k] = cv[(D) - 1 - from_top];                                          \
                it[k] = ct[(D) - 1 - from_top];                                          \
            } else {                                                                     \
                const Slot *s = sp - 1 - (from_top - (D));                               \
                iv[k] = *(const volatile int64_t *)&s->v.i;                              \
                it[k] = *(const volatile int64_t *)&s->tag;                              \
            }                                                                            \
        }                                                                                \
        int depth = (D) - MIN(NIN, D);                                                   \
        Slot *nsp = sp - ((NIN) - MIN(NIN, D));                                          \
        int64_t ov[(NOUT) + 1] __attribute__((unused));                                  \
        int64_t ot[(NOUT) + 1] __attribute__((unused));                                  \
        BODY                                                                             \
        for (int k = 0; k < (NOUT); k++) {                                               \
            if (depth == MAX_CACHE) {                                                    \
                nsp->v.i = cv[0];                                                        \
                nsp->tag = ct[0];                                                        \
                nsp++;                                                                   \
                for (int m = 0; m < MAX_CACHE - 1; m++) {                                \
                    cv[m] = cv[m + 1];                                                   \
                    ct[m] = ct[m + 1];                                                   \
                }                                                                        \
                depth = MAX_CACHE - 1;                                                   \
            }                                                                            \
            cv[depth] = ov[k];                                                           \
            ct[depth] = ot[k];                                                           \
            depth++;                                                                     \
        }                                                                                \
        TAIL(_JIT_CONTINUE, nsp, cv[0], ct[0], cv[1], ct[1], cv[2], ct[2], cv[3], ct[3]); \
    }

#define IN_V(k) iv[k]
#define IN_T(k) it[k]
#define IN_F(k) as_double(iv[k])
#define OUT(k, value, tag) do { ov[k] = (value); ot[k] = (tag); } while (0)
#define EXIT_IF(cond) EXIT_WITH(cond, sp, INCOMING)
/* Popping takes the top cached items away and leaves the others where they were, so the incoming
 * registers already hold the cache after the pop. */
/* Popping takes the top cached items away and leaves the others where they were, so the incoming
 * registers already hold the cache after the pop. */
#define EXIT_POPPED_IF(cond) EXIT_WITH(cond, nsp, INCOMING)

/* A copy of a value the compiler can no longer see through. Used where a test for equality would
 * let clang rematerialize the tested register as a constant on the exit path, an instruction
 * between the branch and the exit jump that defeats StencilGen's branch tidying. */
static inline __attribute__((always_inline)) int64_t opaque(int64_t value) {
    __asm__("" : "+r"(value));
    return value;
}

#define UOP(NAME, NIN, NOUT, BODY)                  \
    UOP_AT(NAME, 0, NIN, NOUT, 0, BODY)             \
    UOP_AT(NAME, 1, NIN, NOUT, 0, BODY)             \
    UOP_AT(NAME, 2, NIN, NOUT, 0, BODY)             \
    UOP_AT(NAME, 3, NIN, NOUT, 0, BODY)             \
    UOP_AT(NAME, 4, NIN, NOUT, 0, BODY)

/* Like UOP, for uops that pop their inputs before they may exit. */
#define UOP_POPPED_EXIT(NAME, NIN, NOUT, BODY)      \
    UOP_AT(NAME, 0, NIN, NOUT, 1, BODY)             \
    UOP_AT(NAME, 1, NIN, NOUT, 1, BODY)             \
    UOP_AT(NAME, 2, NIN, NOUT, 1, BODY)             \
    UOP_AT(NAME, 3, NIN, NOUT, 1, BODY)             \
    UOP_AT(NAME, 4, NIN, NOUT, 1, BODY)

/* Not a uop: the entry of every trace, called through FFM with the C convention as
 * int64_t trace(RegFile *rf, void *unused). It calls (not jumps to) the first stencil, because the
 * stencils use another convention; the exit stubs return to it, and it returns their exit number. */
META(trace_entry, 0, 0, 0);
int64_t trace_entry(RegFile *rf, Slot *unused) {
    (void)unused;
    return _JIT_CONTINUE(rf, STACK_BASE(rf) + rf->depth, 0, 0, 0, 0, 0, 0, 0, 0, rf->eval_breaker, 0, 0.0);
}

/* Not a uop: writes D cached items to memory, leaving depth 0 (inserted by the layout). */
#define SPILL(D)                                                              \
    META(spill__##D, D, 0, D);                                                \
    int64_t CC spill__##D(ARGS) {                                             \
        int64_t cv[MAX_CACHE] = {v0, v1, v2, v3}, ct[MAX_CACHE] = {t0, t1, t2, t3}; \
        for (int m = 0; m < (D); m++) {                                       \
            sp[m].v.i = cv[m];                                                \
            sp[m].tag = ct[m];                                                \
        }                                                                     \
        TAIL(_JIT_CONTINUE, sp + (D), INCOMING);                              \
    }

SPILL(1)
SPILL(2)
SPILL(3)
SPILL(4)

/* Not a uop: loads the top D memory items into the cache, from depth 0 (inserted by the layout where
 * a loop top is entered with cached items). */
#define FILL(D)                                                               \
    META(fill__##D, 0, D, 0);                                                 \
    int64_t CC fill__##D(ARGS) {                                              \
        int64_t cv[MAX_CACHE] = {v0, v1, v2, v3}, ct[MAX_CACHE] = {t0, t1, t2, t3}; \
        for (int m = 0; m < (D); m++) {                                       \
            cv[m] = *(const volatile int64_t *)&sp[m - (D)].v.i;              \
            ct[m] = *(const volatile int64_t *)&sp[m - (D)].tag;              \
        }                                                                     \
        TAIL(_JIT_CONTINUE, sp - (D), cv[0], ct[0], cv[1], ct[1], cv[2], ct[2], cv[3], ct[3]); \
    }

FILL(1)
FILL(2)
FILL(3)
FILL(4)

UOP(_NOP, 0, 0, {})

UOP(_LOAD_FAST, 0, 1, {
    const Slot *local = LOCAL_SLOT;
    OUT(0, *(const volatile int64_t *)&local->v.i, *(const volatile int64_t *)&local->tag);
})

/* 3.13 raises UnboundLocalError for an unbound local; natively that is an exit before the push. */
UOP(_LOAD_FAST_CHECK, 0, 1, {
    const Slot *local = LOCAL_SLOT;
    int64_t tag = *(const volatile int64_t *)&local->tag;
    EXIT_IF(tag == TAG_UNDEF);
    OUT(0, *(const volatile int64_t *)&local->v.i, tag);
})

UOP(_LOAD_FAST_AND_CLEAR, 0, 1, {
    Slot *local = LOCAL_SLOT;
    OUT(0, *(const volatile int64_t *)&local->v.i, *(const volatile int64_t *)&local->tag);
    local->v.i = 0;
    local->tag = TAG_UNDEF;
})

UOP(_STORE_FAST, 1, 0, {
    Slot *local = LOCAL_SLOT;
    local->v.i = IN_V(0);
    local->tag = IN_T(0);
})

UOP(_POP_TOP, 1, 0, {})

/* The operand is the value's 64 bits, the oparg its tag. Unboxed values have no reference
 * counts, so borrowing is the same as owning. */
UOP(_LOAD_CONST_INLINE, 0, 1, { OUT(0, OPERAND, OPARG); })
UOP(_LOAD_CONST_INLINE_BORROW, 0, 1, { OUT(0, OPERAND, OPARG); })
UOP(_POP_TOP_LOAD_CONST_INLINE_BORROW, 1, 1, { OUT(0, OPERAND, OPARG); })

/* _COPY and _SWAP reach oparg items down, so they only exist at depth 0. */
META(_COPY__0, 0, 1, 0);
int64_t CC _COPY__0(ARGS) {
    const Slot *from = sp - OPARG;
    v0 = *(const volatile int64_t *)&from->v.i;
    t0 = *(const volatile int64_t *)&from->tag;
    TAIL(_JIT_CONTINUE, sp, INCOMING);
}

META(_SWAP__0, 0, 0, 0);
int64_t CC _SWAP__0(ARGS) {
    Slot *bottom = sp - OPARG;
    int64_t value = *(const volatile int64_t *)&bottom->v.i;
    int64_t tag = *(const volatile int64_t *)&bottom->tag;
    int64_t top_value = *(const volatile int64_t *)&sp[-1].v.i;
    int64_t top_tag = *(const volatile int64_t *)&sp[-1].tag;
    bottom->v.i = top_value;
    bottom->tag = top_tag;
    sp[-1].v.i = value;
    sp[-1].tag = tag;
    TAIL(_JIT_CONTINUE, sp, INCOMING);
}

UOP(_GUARD_BOTH_INT, 2, 2, {
    EXIT_IF(IN_T(0) != TAG_INT);
    EXIT_IF(IN_T(1) != TAG_INT);
    OUT(0, IN_V(0), TAG_INT);
    OUT(1, IN_V(1), TAG_INT);
})

UOP(_GUARD_BOTH_FLOAT, 2, 2, {
    EXIT_IF(IN_T(0) != TAG_FLOAT);
    EXIT_IF(IN_T(1) != TAG_FLOAT);
    OUT(0, IN_V(0), TAG_FLOAT);
    OUT(1, IN_V(1), TAG_FLOAT);
})

UOP(_GUARD_TOS_INT, 1, 1, {
    EXIT_IF(IN_T(0) != TAG_INT);
    OUT(0, IN_V(0), TAG_INT);
})

UOP(_GUARD_NOS_INT, 2, 2, {
    EXIT_IF(IN_T(0) != TAG_INT);
    OUT(0, IN_V(0), TAG_INT);
    OUT(1, IN_V(1), IN_T(1));
})

UOP(_GUARD_TOS_FLOAT, 1, 1, {
    EXIT_IF(IN_T(0) != TAG_FLOAT);
    OUT(0, IN_V(0), TAG_FLOAT);
})

UOP(_GUARD_NOS_FLOAT, 2, 2, {
    EXIT_IF(IN_T(0) != TAG_FLOAT);
    OUT(0, IN_V(0), TAG_FLOAT);
    OUT(1, IN_V(1), IN_T(1));
})

#define INT_BINARY_OP(NAME, BUILTIN)                     \
    UOP(NAME, 2, 1, {                                    \
        int64_t res;                                     \
        EXIT_IF(BUILTIN(IN_V(0), IN_V(1), &res));        \
        OUT(0, res, TAG_INT);                            \
    })

INT_BINARY_OP(_BINARY_OP_ADD_INT, __builtin_add_overflow)
INT_BINARY_OP(_BINARY_OP_SUBTRACT_INT, __builtin_sub_overflow)
INT_BINARY_OP(_BINARY_OP_MULTIPLY_INT, __builtin_mul_overflow)

UOP(_BINARY_OP_ADD_FLOAT, 2, 1, { OUT(0, as_bits(IN_F(0) + IN_F(1)), TAG_FLOAT); })
UOP(_BINARY_OP_SUBTRACT_FLOAT, 2, 1, { OUT(0, as_bits(IN_F(0) - IN_F(1)), TAG_FLOAT); })
UOP(_BINARY_OP_MULTIPLY_FLOAT, 2, 1, { OUT(0, as_bits(IN_F(0) * IN_F(1)), TAG_FLOAT); })

/*
 * Not CPython uops: the generic _BINARY_OP on unboxed numbers, one stencil per operator (the translator
 * picks it by the oparg; the in-place forms share it). CPython's JIT calls the generic C function here;
 * these compute what it computes for int (bools count as ints) and float operands inline, and exit
 * with the operands still on the stack (tier 1 redoes the instruction) wherever the result is not an
 * int64 or a double computed the same way: other types, int64 overflow, division by zero (tier 1
 * raises ZeroDivisionError), an int / int too large to be exact in a double, float // and % (they
 * need floor and fmod, and native code calls nothing), negative or large shift counts.
 */
static inline __attribute__((always_inline)) int is_int_like(int64_t tag) {
    return (tag == TAG_INT) | (tag == TAG_BOOL);
}

static inline __attribute__((always_inline)) int is_number(int64_t tag) {
    return is_int_like(tag) | (tag == TAG_FLOAT);
}

/* CPython converts an int operand with PyLong_AsDouble: rounded to nearest, ties to even, as C's cast. */
static inline __attribute__((always_inline)) double number_as_double(int64_t value, int64_t tag) {
    return tag == TAG_FLOAT ? as_double(value) : (double)value;
}

/* |value| <= 2**53: exactly a double, so int / int is one correctly rounded division (CPython's fast path). */
static inline __attribute__((always_inline)) int exact_in_double(int64_t value) {
    return (uint64_t)value + (UINT64_C(1) << 53) <= (UINT64_C(1) << 54);
}

#define NUMERIC_ARITHMETIC(NAME, INT_BUILTIN, FLOAT_OP)                                  \
    UOP(NAME, 2, 1, {                                                                    \
        EXIT_IF(!(is_number(IN_T(0)) & is_number(IN_T(1))));                             \
        if (is_int_like(IN_T(0)) & is_int_like(IN_T(1))) {                               \
            int64_t res;                                                                 \
            EXIT_IF(INT_BUILTIN(IN_V(0), IN_V(1), &res));                                \
            OUT(0, res, TAG_INT);                                                        \
        } else {                                                                         \
            double a = number_as_double(IN_V(0), IN_T(0));                               \
            double b = number_as_double(IN_V(1), IN_T(1));                               \
            OUT(0, as_bits(a FLOAT_OP b), TAG_FLOAT);                                    \
        }                                                                                \
    })

NUMERIC_ARITHMETIC(_BINARY_OP_ADD_NUMERIC, __builtin_add_overflow, +)
NUMERIC_ARITHMETIC(_BINARY_OP_SUBTRACT_NUMERIC, __builtin_sub_overflow, -)
NUMERIC_ARITHMETIC(_BINARY_OP_MULTIPLY_NUMERIC, __builtin_mul_overflow, *)

UOP(_BINARY_OP_TRUE_DIVIDE_NUMERIC, 2, 1, {
    EXIT_IF(!(is_number(IN_T(0)) & is_number(IN_T(1))));
    int ints = is_int_like(IN_T(0)) & is_int_like(IN_T(1));
    EXIT_IF(ints & !(exact_in_double(IN_V(0)) & exact_in_double(IN_V(1))));
    double b = number_as_double(IN_V(1), IN_T(1));
    EXIT_IF(b == 0.0);
    OUT(0, as_bits(number_as_double(IN_V(0), IN_T(0)) / b), TAG_FLOAT);
})

/* Python's floor division and modulo: the quotient rounds toward minus infinity, the remainder takes the
 * divisor's sign. INT64_MIN // -1 overflows (and x86-64's idiv traps on it): exit. */
#define INT_DIVISION(NAME, FLOOR_QUOTIENT)                                               \
    UOP(NAME, 2, 1, {                                                                    \
        EXIT_IF(!(is_int_like(IN_T(0)) & is_int_like(IN_T(1))));                         \
        int64_t a = IN_V(0);                                                             \
        int64_t b = IN_V(1);                                                             \
        EXIT_IF((b == 0) | ((a == INT64_MIN) & (b == -1)));                              \
        int64_t q = a / b;                                                               \
        int64_t r = a % b;                                                               \
        if ((r != 0) & ((r ^ b) < 0)) {                                                  \
            q -= 1;                                                                      \
            r += b;                                                                      \
        }                                                                                \
        OUT(0, (FLOOR_QUOTIENT) ? q : r, TAG_INT);                                       \
    })

INT_DIVISION(_BINARY_OP_FLOOR_DIVIDE_NUMERIC, 1)
INT_DIVISION(_BINARY_OP_REMAINDER_NUMERIC, 0)

/* & | ^ of two bools is a bool, of any other int pair an int; floats are a TypeError (exit). */
#define BITWISE(NAME, OP)                                                                \
    UOP(NAME, 2, 1, {                                                                    \
        EXIT_IF(!(is_int_like(IN_T(0)) & is_int_like(IN_T(1))));                         \
        int bools = (IN_T(0) == TAG_BOOL) & (IN_T(1) == TAG_BOOL);                       \
        OUT(0, IN_V(0) OP IN_V(1), bools ? TAG_BOOL : TAG_INT);                          \
    })

BITWISE(_BINARY_OP_AND_NUMERIC, &)
BITWISE(_BINARY_OP_OR_NUMERIC, |)
BITWISE(_BINARY_OP_XOR_NUMERIC, ^)

/* A negative count is a ValueError (exit); bits shifted out of int64 would make a big int (exit). */
UOP(_BINARY_OP_LSHIFT_NUMERIC, 2, 1, {
    EXIT_IF(!(is_int_like(IN_T(0)) & is_int_like(IN_T(1))));
    int64_t a = IN_V(0);
    int64_t count = IN_V(1);
    EXIT_IF((uint64_t)count > 62);
    int64_t res = (int64_t)((uint64_t)a << count);
    EXIT_IF((res >> count) != a);
    OUT(0, res, TAG_INT);
})

UOP(_BINARY_OP_RSHIFT_NUMERIC, 2, 1, {
    EXIT_IF(!(is_int_like(IN_T(0)) & is_int_like(IN_T(1))));
    int64_t a = IN_V(0);
    int64_t count = IN_V(1);
    EXIT_IF(count < 0);
    OUT(0, a >> (count > 63 ? 63 : count), TAG_INT);
})

/* The low four bits of the oparg are the mask of outcomes that make the result True. */
UOP(_COMPARE_OP_INT, 2, 1, {
    OUT(0, (COMPARISON_BIT(IN_V(0), IN_V(1)) & OPARG) != 0, TAG_BOOL);
})

UOP(_COMPARE_OP_FLOAT, 2, 1, {
    OUT(0, (COMPARISON_BIT(IN_F(0), IN_F(1)) & OPARG) != 0, TAG_BOOL);
})

UOP(_TO_BOOL_BOOL, 1, 1, {
    EXIT_IF(IN_T(0) != TAG_BOOL);
    OUT(0, IN_V(0), TAG_BOOL);
})

UOP(_TO_BOOL_INT, 1, 1, {
    EXIT_IF(IN_T(0) != TAG_INT);
    OUT(0, IN_V(0) != 0, TAG_BOOL);
})

UOP(_TO_BOOL_NONE, 1, 1, {
    EXIT_IF(IN_T(0) != TAG_NONE);
    OUT(0, 0, TAG_BOOL);
})

/* 3.13 asserts a bool operand (TO_BOOL comes first). */
UOP(_UNARY_NOT, 1, 1, { OUT(0, IN_V(0) == 0, TAG_BOOL); })

/* One test, not two: "|" rather than "||" keeps it a single branch to the exit. */
UOP_POPPED_EXIT(_GUARD_IS_TRUE_POP, 1, 0, { EXIT_POPPED_IF((IN_T(0) != TAG_BOOL) | (IN_V(0) == 0)); })
UOP_POPPED_EXIT(_GUARD_IS_FALSE_POP, 1, 0, { EXIT_POPPED_IF((IN_T(0) != TAG_BOOL) | (IN_V(0) != 0)); })
UOP_POPPED_EXIT(_GUARD_IS_NONE_POP, 1, 0, { EXIT_POPPED_IF(IN_T(0) != TAG_NONE); })
UOP_POPPED_EXIT(_GUARD_IS_NOT_NONE_POP, 1, 0, { EXIT_POPPED_IF(opaque(IN_T(0)) == TAG_NONE); })

UOP(_ITER_CHECK_RANGE, 1, 1, {
    EXIT_IF(IN_T(0) != TAG_RANGE_ITER);
    OUT(0, IN_V(0), TAG_RANGE_ITER);
})

UOP(_GUARD_NOT_EXHAUSTED_RANGE, 1, 1, {
    EXIT_IF(RANGE_ITER(rf, IN_V(0))->len <= 0);
    OUT(0, IN_V(0), TAG_RANGE_ITER);
})

UOP(_ITER_NEXT_RANGE, 1, 2, {
    RangeIter *r = RANGE_ITER(rf, IN_V(0));
    int64_t value = r->start;
    r->start = (int64_t)((uint64_t)value + (uint64_t)r->step);
    r->len--;
    OUT(0, IN_V(0), TAG_RANGE_ITER);
    OUT(1, value, TAG_INT);
})

/*
 * Not uops: the float accumulator (TraceTranslator chooses the local and rewrites the loop). A
 * float's bits going from a slot to a floating-point register and back every iteration cost a
 * store-to-load round trip and two register moves on the loop-carried path, about 6x an addsd;
 * carried in x0 the path is the addsd alone.
 *   _XACC_LOAD     before the loop top: x0 = the local (LOCAL hole), which must hold a float
 *   _XACC_PUSH     `_LOAD_FAST local`: pushes a copy of x0, so that every exit sees CPython's stack
 *   _XACC_<OP>     `_BINARY_OP_<OP>_FLOAT` + `_STORE_FAST local` where the left operand is that copy:
 *                  pops both, x0 = x0 OP right
 *   _XACC_<OP>_TOS the same where no copy was pushed (nothing between could exit): pops the right one
 * Every exit stub after _XACC_LOAD is an _XACC one, which writes x0 back to the local's slot.
 */
UOP(_XACC_LOAD, 0, 0, {
    const Slot *local = LOCAL_SLOT;
    EXIT_IF(*(const volatile int64_t *)&local->tag != TAG_FLOAT);
    x0 = as_double(*(const volatile int64_t *)&local->v.i);
})
UOP(_XACC_PUSH, 0, 1, { OUT(0, as_bits(x0), TAG_FLOAT); })
UOP(_XACC_ADD, 2, 0, { x0 = x0 + IN_F(1); })
UOP(_XACC_SUBTRACT, 2, 0, { x0 = x0 - IN_F(1); })
UOP(_XACC_MULTIPLY, 2, 0, { x0 = x0 * IN_F(1); })
UOP(_XACC_ADD_TOS, 1, 0, { x0 = x0 + IN_F(0); })
UOP(_XACC_SUBTRACT_TOS, 1, 0, { x0 = x0 - IN_F(0); })
UOP(_XACC_MULTIPLY_TOS, 1, 0, { x0 = x0 * IN_F(0); })

/*
 * Not uops: the integer accumulator, the same for an int local (in iacc). In memory, such a local
 * was a load, a tag guard and two stores every iteration, on the loop-carried path. The operation
 * can overflow int64 and then exits with CPython's stack (the copy and the right operand) for tier 1
 * to redo it, so the copy is always pushed (into the cache: register moves).
 *   _IACC_LOAD     before the loop top: iacc = the local, which must hold an int
 *   _IACC_PUSH     `_LOAD_FAST local`: pushes a copy of iacc
 *   _IACC_<OP>     `_BINARY_OP_<OP>_INT` + `_STORE_FAST local`: pops both, iacc = iacc OP right
 * Every exit stub after _IACC_LOAD is an _IACC one, which writes iacc back to the local's slot.
 */
UOP(_IACC_LOAD, 0, 0, {
    const Slot *local = LOCAL_SLOT;
    EXIT_IF(*(const volatile int64_t *)&local->tag != TAG_INT);
    iacc = *(const volatile int64_t *)&local->v.i;
})
UOP(_IACC_PUSH, 0, 1, { OUT(0, iacc, TAG_INT); })
UOP(_IACC_ADD, 2, 0, {
    int64_t r;
    EXIT_IF(__builtin_add_overflow(iacc, IN_V(1), &r));
    iacc = r;
})
UOP(_IACC_SUBTRACT, 2, 0, {
    int64_t r;
    EXIT_IF(__builtin_sub_overflow(iacc, IN_V(1), &r));
    iacc = r;
})
UOP(_IACC_MULTIPLY, 2, 0, {
    int64_t r;
    EXIT_IF(__builtin_mul_overflow(iacc, IN_V(1), &r));
    iacc = r;
})

UOP(_SET_IP, 0, 0, { rf->ip = OPERAND; })

/* The executor's data block starts with its validity word; invalidation stores 0 there. */
UOP(_CHECK_VALIDITY, 0, 0, { EXIT_IF(*(volatile int64_t *)_JIT_EXECUTOR == 0); })

/* The back edge, at any depth: the layout enters the loop top at the depth the back edge has. Its
 * exit is the eval breaker: taken when the budget of back edges runs out or another thread asked
 * for a break. */
#define JUMP_TO_TOP_AT(D)                                                                   \
    META(_JUMP_TO_TOP__##D, D, D, D);                                                       \
    int64_t CC _JUMP_TO_TOP__##D(ARGS) {                                                    \
        EXIT_IF(--budget < 0 || *(volatile int64_t *)&rf->break_request != 0);              \
        TAIL(_JIT_JUMP_TARGET, sp, INCOMING);                                               \
    }

JUMP_TO_TOP_AT(0)
JUMP_TO_TOP_AT(1)
JUMP_TO_TOP_AT(2)
JUMP_TO_TOP_AT(3)
JUMP_TO_TOP_AT(4)

/* Exit stubs (and an unconditional exit in a trace body): write the cached items back,
 * record the stack depth, return the exit number. */
#define EXIT_STUB_RETURN(D)                                                   \
    int64_t cv[MAX_CACHE] = {v0, v1, v2, v3}, ct[MAX_CACHE] = {t0, t1, t2, t3}; \
    for (int m = 0; m < (D); m++) {                                           \
        sp[m].v.i = cv[m];                                                    \
        sp[m].tag = ct[m];                                                    \
    }                                                                         \
    rf->depth = sp + (D) - STACK_BASE(rf);                                    \
    rf->eval_breaker = budget;                                                \
    return OPARG;
#define EXIT_STUB_AT(NAME, D)                                                 \
    META(NAME##__##D, D, 0, D);                                               \
    int64_t CC NAME##__##D(ARGS) {                                            \
        (void)x0;                                                             \
        (void)iacc;                                                           \
        EXIT_STUB_RETURN(D)                                                   \
    }
#define EXIT_STUB(NAME) \
    EXIT_STUB_AT(NAME, 0) EXIT_STUB_AT(NAME, 1) EXIT_STUB_AT(NAME, 2) EXIT_STUB_AT(NAME, 3) EXIT_STUB_AT(NAME, 4)

EXIT_STUB(_EXIT_TRACE)
EXIT_STUB(_DEOPT)

/* The exit stubs of a loop with an accumulator (KIND XACC: x0, a float; IACC: iacc, an int): its bits
 * and tag back to its local's slot (the operand is the slot's byte offset in the register file), then as
 * above. UNUSED is the other accumulator. */
#define EXIT_STUB_ACC_AT(NAME, KIND, BITS, TAG, UNUSED, D)                    \
    META(NAME##_##KIND##__##D, D, 0, D);                                      \
    int64_t CC NAME##_##KIND##__##D(ARGS) {                                   \
        (void)UNUSED;                                                         \
        Slot *acc = (Slot *)((char *)rf + OPERAND);                           \
        acc->v.i = (BITS);                                                    \
        acc->tag = (TAG);                                                     \
        EXIT_STUB_RETURN(D)                                                   \
    }
#define EXIT_STUB_ACC(NAME, KIND, BITS, TAG, UNUSED)                                                \
    EXIT_STUB_ACC_AT(NAME, KIND, BITS, TAG, UNUSED, 0) EXIT_STUB_ACC_AT(NAME, KIND, BITS, TAG, UNUSED, 1) \
    EXIT_STUB_ACC_AT(NAME, KIND, BITS, TAG, UNUSED, 2) EXIT_STUB_ACC_AT(NAME, KIND, BITS, TAG, UNUSED, 3) \
    EXIT_STUB_ACC_AT(NAME, KIND, BITS, TAG, UNUSED, 4)

EXIT_STUB_ACC(_EXIT_TRACE, XACC, as_bits(x0), TAG_FLOAT, iacc)
EXIT_STUB_ACC(_DEOPT, XACC, as_bits(x0), TAG_FLOAT, iacc)
EXIT_STUB_ACC(_EXIT_TRACE, IACC, iacc, TAG_INT, x0)
EXIT_STUB_ACC(_DEOPT, IACC, iacc, TAG_INT, x0)
