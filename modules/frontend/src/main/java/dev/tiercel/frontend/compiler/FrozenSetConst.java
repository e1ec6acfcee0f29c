package dev.tiercel.frontend.compiler;

import dev.tiercel.runtime.object.PyObject;
import java.util.List;

/**
 * A frozenset constant while compiling: its items in source order (CPython orders them by hash when it builds
 * the real frozenset; the assembler converts it to the runtime's {@code PyFrozenSet}).
 */
record FrozenSetConst(List<PyObject> items) {
}
