package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;

/**
 * {@code itertools.groupby(iterable, key=None)}: {@code (key, group)} pairs of consecutive items with equal keys.
 * Only the newest group iterates; advancing the groupby skips what is left of the current group.
 */
final class GroupBy extends IterType {
    static final PyType TYPE = define("groupby");
    static final PyType GROUPER = define("_grouper");

    static {
        TYPE.factory = (t, a, k) -> {
            PyObject[] bound = Bind.args("groupby", a, k, new String[] {"iterable", "key"}, 1);
            PyObject key = bound[1] == null || bound[1] == PyNone.INSTANCE ? null : bound[1];
            return new GroupBy(t, Ops.iter(bound[0]), key);
        };
    }

    private final PyObject it;
    private final PyObject keyFunc;
    private PyObject targetKey;
    private PyObject currentKey;
    private PyObject currentValue;
    private Grouper currentGrouper;

    private GroupBy(PyType type, PyObject it, PyObject keyFunc) {
        super(type);
        this.it = it;
        this.keyFunc = keyFunc;
    }

    /** Reads the next item and its key; false at the end. */
    private boolean step() {
        PyObject v = Ops.next(it);
        if (v == null) {
            return false;
        }
        PyObject key = keyFunc == null ? v : Ops.call(keyFunc, v);
        currentValue = v;
        currentKey = key;
        return true;
    }

    @Override
    public PyObject next() {
        currentGrouper = null;
        while (true) {
            if (currentKey != null) {
                if (targetKey == null || !Ops.eq(targetKey, currentKey)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        targetKey = currentKey;
        Grouper g = new Grouper(this, targetKey);
        currentGrouper = g;
        return PyTuple.of(currentKey, g);
    }

    /** One group: items while their key equals the group's, as long as the group is its groupby's newest. */
    static final class Grouper extends IterType {
        private final GroupBy parent;
        private final PyObject key;

        Grouper(GroupBy parent, PyObject key) {
            super(GROUPER);
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyObject next() {
            if (parent.currentGrouper != this) {
                return null;
            }
            if (parent.currentValue == null && !parent.step()) {
                return null;
            }
            if (!Ops.eq(key, parent.currentKey)) {
                return null;
            }
            PyObject v = parent.currentValue;
            parent.currentValue = null;
            return v;
        }
    }
}
