package dev.tiercel.runtime.object;

/**
 * Python's {@code set} and {@code frozenset}, with CPython's table layout and probe sequence (linear probes,
 * then perturbation) so that iteration order, and thus printing, matches CPython's.
 */
public class PySet extends PyObject {
    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyTypes.NONE;
        }
    };

    private final boolean frozen;
    private long[] hashes = new long[MINSIZE];
    private PyObject[] keys = new PyObject[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;
    private int used;
    public int version;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean isFrozen() {
        return frozen;
    }

    @Override
    public PyType type() {
        return frozen ? PyTypes.FROZENSET : PyTypes.SET;
    }

    public int size() {
        return used;
    }

    /** Adds {@code key}; returns false when it was present. */
    public boolean add(PyObject key) {
        long hash = Ops.hash(key);
        int i = (int) (hash & mask);
        int freeslot = -1;
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        version++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    version++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY && hashes[j] == -1) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int findIndex(PyObject key) {
        long hash = Ops.hash(key);
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (!(k == DUMMY && hashes[j] == -1) && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        return findIndex(key) >= 0;
    }

    /** Removes {@code key}; returns false when absent. */
    public boolean discard(PyObject key) {
        int j = findIndex(key);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        long[] oh = hashes;
        PyObject[] ok = keys;
        hashes = new long[newsize];
        keys = new PyObject[newsize];
        mask = newsize - 1;
        fill = used;
        for (int e = 0; e < ok.length; e++) {
            PyObject k = ok[e];
            if (k != null && !(k == DUMMY && oh[e] == -1)) {
                insertClean(k, oh[e]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every element of {@code other} as CPython's set_merge does. */
    public void merge(PySet other) {
        if (other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            for (int e = 0; e < other.keys.length; e++) {
                PyObject k = other.keys[e];
                if (k != null && !(k == DUMMY && other.hashes[e] == -1)) {
                    insertClean(k, other.hashes[e]);
                }
            }
            fill = used = other.used;
            version++;
            return;
        }
        for (int p = other.next(0); p >= 0; p = other.next(p + 1)) {
            add(other.keys[p]);
        }
    }

    public void clear() {
        hashes = new long[MINSIZE];
        keys = new PyObject[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
        version++;
    }

    /** The first live table position at or after {@code pos}, or -1. */
    public int next(int pos) {
        for (int e = pos; e < keys.length; e++) {
            PyObject k = keys[e];
            if (k != null && !(k == DUMMY && hashes[e] == -1)) {
                return e;
            }
        }
        return -1;
    }

    public PyObject keyAt(int pos) {
        return keys[pos];
    }

    /** Removes and returns an arbitrary element, or null when empty. */
    public PyObject pop() {
        int p = next(0);
        if (p < 0) {
            return null;
        }
        PyObject k = keys[p];
        keys[p] = DUMMY;
        hashes[p] = -1;
        used--;
        version++;
        return k;
    }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.merge(this);
        return s;
    }
}
