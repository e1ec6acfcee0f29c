package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.code.PyCode;
import java.util.List;

/**
 * An optimized trace laid out as CPython lays out executors: the body (ending in {@code _JUMP_TO_TOP} or
 * {@code _EXIT_TRACE}) followed by the exit stubs ({@code _DEOPT}, {@code _EXIT_TRACE}) its guards jump to.
 *
 * @param code   the code object the trace runs in
 * @param start  code-unit index of the instruction the trace starts at (the hot {@code JUMP_BACKWARD})
 * @param uops   body then stubs
 * @param exits  number of side exits ({@code _EXIT_TRACE} stubs)
 */
public record Trace(PyCode code, int start, TraceUop[] uops, int exits) {
    public List<TraceUop> list() {
        return List.of(uops);
    }
}
