/*
 * The register file that Tiercel's native traces work on. The Java side
 * (dev.tiercel.tier2.nativecode.RegisterFile) lays out the same bytes; the
 * _Static_asserts below pin the offsets both sides rely on.
 *
 *   offset  0  eval_breaker  back-edges left before _JUMP_TO_TOP must exit (the stencils carry it
 *                            in their budget argument and store it back at every exit)
 *   offset  8  depth         value-stack depth: read on entry, written on exit
 *   offset 16  ip            last _SET_IP operand (bytecode offset)
 *   offset 24  stack_base    slot index where the value stack starts (= number of locals)
 *   offset 32  break_request non-zero: leave at the next back edge (set by any thread)
 *   offset 40  reserved
 *   offset 64  slots[]       16 bytes each: 8 bytes of value, 8 bytes of tag
 *
 * A RANGE_ITER slot's value is the byte offset, from the start of the register
 * file, of a RangeIter record (start, step, len), kept past the slots.
 */
#ifndef TIERCEL_REGFILE_H
#define TIERCEL_REGFILE_H

#include <stddef.h>
#include <stdint.h>

enum SlotTag {
    TAG_UNDEF = 0,
    TAG_INT = 1,        /* int64 value */
    TAG_FLOAT = 2,      /* IEEE-754 double bits */
    TAG_BOOL = 3,       /* 0 or 1 */
    TAG_NONE = 4,       /* value unused (0) */
    TAG_RANGE_ITER = 5, /* byte offset of a RangeIter in the register file */
};

typedef struct Slot {
    union {
        int64_t i;
        double f;
    } v;
    int64_t tag;
} Slot;

typedef struct RangeIter {
    int64_t start;
    int64_t step;
    int64_t len;
} RangeIter;

typedef struct RegFile {
    int64_t eval_breaker;
    int64_t depth;
    int64_t ip;
    int64_t stack_base;
    int64_t break_request;
    int64_t reserved[3];
    Slot slots[];
} RegFile;

_Static_assert(sizeof(Slot) == 16, "slot size");
_Static_assert(offsetof(RegFile, eval_breaker) == 0, "eval_breaker offset");
_Static_assert(offsetof(RegFile, depth) == 8, "depth offset");
_Static_assert(offsetof(RegFile, ip) == 16, "ip offset");
_Static_assert(offsetof(RegFile, stack_base) == 24, "stack_base offset");
_Static_assert(offsetof(RegFile, break_request) == 32, "break_request offset");
_Static_assert(offsetof(RegFile, slots) == 64, "slots offset");
_Static_assert(sizeof(RangeIter) == 24, "range iterator size");

#endif
