package dev.tiercel.frontend.compiler;

import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.List;

/**
 * A frozenset constant while compiling (from {@code x in {1, 2}} or a constant set display): its items in source
 * order. {@link UnitAssembler} turns it into the runtime's frozenset object.
 */
final class FrozenSetConst extends PyObject {
    private final List<PyObject> items;

    FrozenSetConst(List<PyObject> items) {
        this.items = List.copyOf(items);
    }

    List<PyObject> items() {
        return items;
    }

    @Override
    public PyType type() {
        return PyTypes.FROZENSET;
    }
}
