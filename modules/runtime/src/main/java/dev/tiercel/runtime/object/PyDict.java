package dev.tiercel.runtime.object;

import dev.tiercel.runtime.spi.DictKeyWatcher;
import java.util.Arrays;

/**
 * Python's {@code dict}: a compact hash table like CPython's (an index table pointing into insertion-ordered
 * entry arrays), using Python's {@code __hash__} and {@code __eq__}.
 */
public final class PyDict extends PyObject {
    private static final int EMPTY = -1, DELETED = -2;

    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used, deleted ones included. */
    private int used;
    private int size;
    /** Bumped on every insertion of a new key or removal, to detect changes during iteration. */
    public int version;
    /** Who relies on the bindings of some keys (tier 2's folded globals); null while no one does. */
    private KeyWatchers watchers;

    private PyType type = PyTypes.DICT;
    private java.util.Map<String, PyObject> attrs;

    public PyDict() {
        this(8);
    }

    /** An empty instance of a subclass of dict. */
    public PyDict(PyType type) {
        this(8);
        this.type = type;
    }

    @Override
    public java.util.Map<String, PyObject> instanceDict() {
        if (attrs == null && type.heap) {
            attrs = new AttrMap(new PyDict()); // a live __dict__
        }
        return attrs;
    }

    public PyDict(int capacity) {
        int n = 8;
        while (n * 2 < capacity * 3) {
            n <<= 1;
        }
        index = new int[n];
        Arrays.fill(index, EMPTY);
        int entries = n * 2 / 3 + 1;
        hashes = new long[entries];
        keys = new PyObject[entries];
        values = new PyObject[entries];
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Number of items. */
    public int size() {
        return size;
    }

    private int find(PyObject key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0) {
                PyObject k = keys[e];
                if (k == key || (hashes[e] == hash && Ops.eq(k, key))) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findStr(String key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == hash) {
                PyObject k = keys[e];
                if (k instanceof PyStr s ? s.value.equals(key) : Ops.eq(k, PyStr.of(key))) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry position of the str key {@code key} (for {@link #valueAt}), or -1; valid while {@link #version} is unchanged. */
    public int indexOfStr(String key) {
        return findStr(key, PyStr.hashOf(key));
    }

    /** The value for {@code key}, or null. */
    public PyObject get(PyObject key) {
        int e = find(key, Ops.hash(key));
        return e < 0 ? null : values[e];
    }

    /** The value for the str key {@code key}, or null; allocates nothing. */
    public PyObject getStr(String key) {
        int e = findStr(key, PyStr.hashOf(key));
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(PyObject key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    public void put(PyObject key, PyObject value) {
        long h = Ops.hash(key);
        int e = find(key, h);
        if (e >= 0) {
            PyObject old = values[e];
            values[e] = value;
            if (watchers != null && old != value) {
                watchers.changed(this, keys[e]);
            }
            return;
        }
        insertNew(key, h, value);
    }

    public void putStr(String key, PyObject value) {
        swapStr(key, value);
    }

    /** Sets the str key {@code key} to {@code value}; the value it had, or null. */
    public PyObject swapStr(String key, PyObject value) {
        long h = PyStr.hashOf(key);
        int e = findStr(key, h);
        if (e >= 0) {
            PyObject old = values[e];
            values[e] = value;
            if (watchers != null && old != value) {
                watchers.changed(this, keys[e]);
            }
            return old;
        }
        insertNew(PyStr.of(key), h, value);
        return null;
    }

    /**
     * The value of the str key {@code key} when it is the entry at {@code hint}, else null. Instances of one class
     * usually get their attributes in the same order, so a position {@link #indexOfStr} gave for one instance's
     * {@code __dict__} finds the attribute in the next one without hashing (CPython's LOAD_ATTR_WITH_HINT idea).
     */
    public PyObject valueAtHint(int hint, String key) {
        if (hint >= 0 && hint < used && keys[hint] instanceof PyStr s && !(s instanceof Derived.Str)
                && (s.value == key || s.value.equals(key))) {
            return values[hint];
        }
        return null;
    }

    /** Replaces the value of the str key {@code key} when it is the entry at {@code hint}; false otherwise. */
    public boolean replaceAtHint(int hint, String key, PyObject value) {
        PyObject old = valueAtHint(hint, key);
        if (old == null) {
            return false;
        }
        values[hint] = value;
        if (watchers != null && old != value) {
            watchers.changed(this, keys[hint]);
        }
        return true;
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        if (used == keys.length) {
            resize();
        }
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = used;
        hashes[used] = h;
        keys[used] = key;
        values[used] = value;
        used++;
        size++;
        version++;
        if (watchers != null) {
            watchers.changed(this, key);
        }
    }

    private void resize() {
        int n = 8;
        while (n * 2 < (size + 1) * 3 * 2) {
            n <<= 1;
        }
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int ou = used;
        index = new int[n];
        Arrays.fill(index, EMPTY);
        int entries = n * 2 / 3 + 1;
        hashes = new long[entries];
        keys = new PyObject[entries];
        values = new PyObject[entries];
        used = 0;
        int mask = n - 1;
        for (int e = 0; e < ou; e++) {
            if (ok[e] == null) {
                continue;
            }
            long h = oh[e];
            long perturb = h;
            int i = (int) (h & mask);
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            index[i] = used;
            hashes[used] = h;
            keys[used] = ok[e];
            values[used] = ov[e];
            used++;
        }
    }

    /** Removes {@code key}; returns its value or null when absent. */
    public PyObject remove(PyObject key) {
        long h = Ops.hash(key);
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return null;
            }
            if (e >= 0) {
                PyObject k = keys[e];
                if (k == key || (hashes[e] == h && Ops.eq(k, key))) {
                    PyObject v = values[e];
                    index[i] = DELETED;
                    keys[e] = null;
                    values[e] = null;
                    size--;
                    version++;
                    if (watchers != null) {
                        watchers.changed(this, k);
                    }
                    return v;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public void clear() {
        Arrays.fill(index, EMPTY);
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        used = 0;
        boolean hadItems = size > 0;
        size = 0;
        version++;
        if (watchers != null && hadItems) {
            watchers.changedAll(this);
        }
    }

    /** The position of the first live entry at or after {@code pos}, or -1: {@code for (p = next(0); p >= 0; p = next(p + 1))}. */
    public int next(int pos) {
        for (int e = pos; e < used; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    public PyObject keyAt(int pos) {
        return keys[pos];
    }

    public PyObject valueAt(int pos) {
        return values[pos];
    }

    public void setValueAt(int pos, PyObject v) {
        PyObject old = values[pos];
        values[pos] = v;
        if (watchers != null && old != v) {
            watchers.changed(this, keys[pos]);
        }
    }

    /**
     * Tells {@code watcher} (once) when the binding of the str key {@code key} changes: rebound to another object,
     * inserted, deleted, or the dict cleared. The key need not be present. See {@link DictKeyWatcher} for the contract.
     */
    public void watchKey(String key, DictKeyWatcher watcher) {
        KeyWatchers w = watchers;
        if (w == null) {
            synchronized (this) {
                w = watchers;
                if (w == null) {
                    w = new KeyWatchers();
                    watchers = w;
                }
            }
        }
        w.add(key, watcher);
    }

    /** How many registrations wait to be told (whose watchers are still reachable); for tests and diagnostics. */
    public int watcherCount() {
        KeyWatchers w = watchers;
        return w == null ? 0 : w.count();
    }

    /** Copies every item of {@code other} into this dict. */
    public void update(PyDict other) {
        for (int p = other.next(0); p >= 0; p = other.next(p + 1)) {
            put(other.keys[p], other.values[p]);
        }
    }

    public PyDict copy() {
        PyDict d = new PyDict(size);
        d.update(this);
        return d;
    }
}
