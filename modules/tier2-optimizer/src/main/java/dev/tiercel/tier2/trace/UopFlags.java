package dev.tiercel.tier2.trace;

/** The return codes of uop semantics and the uop flags (an interface so {@link Uop}'s constants can name them). */
public interface UopFlags {
    /** What a uop's semantics return. */
    int NEXT = 0, EXIT = 1, TOP = 2, LEAVE = 3;

    /** Flags. DEOPT/EXIT: a guard leaving through a {@code _DEOPT}/{@code _EXIT_TRACE} stub; STUB: is such a stub;
     * ERROR: can raise; ESCAPES: can run arbitrary Python code; PURE: no effect beyond its stack effect. */
    int DEOPT = 1, SIDE_EXIT = 2, STUB = 4, ERROR = 8, ESCAPES = 16, PURE = 32;
    /** A guard on a value's type: when its exit gets hot the types changed, and the executor is invalidated. */
    int TYPE_GUARD = 64;

}
