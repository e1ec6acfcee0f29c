package dev.tiercel.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Python type object: name, bases, method resolution order and the class namespace. */
public class PyType extends PyObject {

    /** Makes an instance of a builtin type (or of a class deriving from it) from call arguments. */
    @FunctionalInterface
    public interface Factory {
        PyObject make(PyType type, PyObject[] args, String[] kwnames);
    }

    private String name;
    public String module = "builtins";
    /** {@code __qualname__}; the name for builtin types. */
    public String qualname;
    private PyType[] bases;
    private PyType[] mro;
    /** The class namespace, in definition order. */
    public final Map<String, PyObject> dict = new Namespace();
    /** Creates instances; inherited from the nearest builtin base. */
    public Factory factory;
    /** True for types defined by Python code (class statements). */
    public final boolean heap;
    /** Slot names of this class and its bases, in layout order; empty when none. */
    public String[] slots = new String[0];
    /**
     * True for a builtin type defined outside the runtime (an accelerator module's {@code deque}...): its binary
     * operators are found in its namespace, as a class's are, since the runtime has no fast path for it. Classes
     * deriving from it inherit the flag.
     */
    public boolean extension;
    /** Whether instances carry a {@code __dict__}. */
    public boolean instancesHaveDict;
    /** The metaclass; null means {@code type}. */
    private PyType metatype;

    /** Direct subclasses, weakly held, in creation order ({@code __subclasses__()}). */
    private final java.util.List<java.lang.ref.WeakReference<PyType>> subclasses = new java.util.ArrayList<>();

    /** Bumped whenever the namespace of this class or a base changes (for caches). */
    public int version;

    public PyType(String name, PyType base) {
        this(name, base == null ? new PyType[0] : new PyType[] {base}, false);
    }

    public PyType(String name, PyType[] bases, boolean heap) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.heap = heap;
        this.mro = computeMro();
        if (bases.length > 0) {
            this.factory = bases[0].factory;
            this.extension = bases[0].extension;
        }
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    private synchronized void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    /** The direct subclasses still alive, oldest first. */
    public synchronized java.util.List<PyType> subclasses() {
        return subclasses.stream().map(java.lang.ref.Reference::get).filter(java.util.Objects::nonNull).toList();
    }

    public String name() {
        return name;
    }

    public void setName(String n) {
        this.name = n;
    }

    /** The first base, or null for {@code object}. */
    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    /** Finds {@code attr} along the MRO, or null. */
    public PyObject lookup(String attr) {
        if (lookupStamp != Namespace.writes) {
            lookupCache.clear();
            lookupStamp = Namespace.writes;
        }
        Object v = lookupCache.get(attr);
        if (v == null) {
            v = lookupAlongMro(attr);
            lookupCache.put(attr, v == null ? ABSENT : v);
        }
        return v == ABSENT ? null : (PyObject) v;
    }

    private PyObject lookupAlongMro(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * {@link #lookup}'s results (CPython's type attribute cache): attribute name to what the walk along the MRO
     * found, or {@link #ABSENT}. Valid while no class namespace anywhere has been written since {@link #lookupStamp}
     * (a write to a base's namespace must reach its subclasses' caches too; classes are rarely made or changed once
     * a program runs). Python code runs on one thread, so a plain map does.
     */
    private final java.util.HashMap<String, Object> lookupCache = new java.util.HashMap<>();
    private int lookupStamp = -1;
    private static final Object ABSENT = new Object();

    /**
     * A class namespace: an insertion-ordered map that counts every write to any class namespace ({@link #writes}),
     * which is what invalidates the lookup caches. Its views are read-only, so every write goes through a method
     * that counts.
     */
    private static final class Namespace extends LinkedHashMap<String, PyObject> {
        static int writes;

        @Override
        public PyObject put(String key, PyObject value) {
            writes++;
            return super.put(key, value);
        }

        @Override
        public void putAll(Map<? extends String, ? extends PyObject> m) {
            writes++;
            super.putAll(m);
        }

        @Override
        public PyObject putIfAbsent(String key, PyObject value) {
            writes++;
            return super.putIfAbsent(key, value);
        }

        @Override
        public PyObject remove(Object key) {
            writes++;
            return super.remove(key);
        }

        @Override
        public boolean remove(Object key, Object value) {
            writes++;
            return super.remove(key, value);
        }

        @Override
        public void clear() {
            writes++;
            super.clear();
        }

        @Override
        public PyObject replace(String key, PyObject value) {
            writes++;
            return super.replace(key, value);
        }

        @Override
        public boolean replace(String key, PyObject oldValue, PyObject newValue) {
            writes++;
            return super.replace(key, oldValue, newValue);
        }

        @Override
        public void replaceAll(java.util.function.BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
            writes++;
            super.replaceAll(f);
        }

        @Override
        public PyObject compute(String key,
                java.util.function.BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
            writes++;
            return super.compute(key, f);
        }

        @Override
        public PyObject computeIfAbsent(String key, java.util.function.Function<? super String, ? extends PyObject> f) {
            writes++;
            return super.computeIfAbsent(key, f);
        }

        @Override
        public PyObject computeIfPresent(String key,
                java.util.function.BiFunction<? super String, ? super PyObject, ? extends PyObject> f) {
            writes++;
            return super.computeIfPresent(key, f);
        }

        @Override
        public PyObject merge(String key, PyObject value,
                java.util.function.BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
            writes++;
            return super.merge(key, value, f);
        }

        @Override
        public java.util.Set<String> keySet() {
            return java.util.Collections.unmodifiableSet(super.keySet());
        }

        @Override
        public java.util.Collection<PyObject> values() {
            return java.util.Collections.unmodifiableCollection(super.values());
        }

        @Override
        public java.util.Set<Map.Entry<String, PyObject>> entrySet() {
            return java.util.Collections.unmodifiableSet(super.entrySet());
        }
    }

    /**
     * {@code attr} when a class written in Python defines it before any builtin type does along the MRO (the
     * subclass overrides the builtin's behaviour, as a CPython heap type's slot wrapper does); null otherwise.
     */
    public PyObject lookupOverride(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(attr);
            if (v != null) {
                return t.heap ? v : null;
            }
        }
        return null;
    }

    /** Whether this type is {@code other} or derives from it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Defines or replaces an attribute of the class. */
    public void define(String attr, PyObject value) {
        if (attr.equals("__module__") && value instanceof PyStr s) {
            module = s.value; // read back through the __module__ getter
        }
        dict.put(attr, value);
        version++;
        epoch++;
    }

    /**
     * Bumped whenever any class namespace changes after creation: attribute caches of tier 1 are valid while it
     * is unchanged.
     */
    public static int epoch;

    private PyType[] computeMro() {
        if (bases.length == 0) {
            return new PyType[] {this};
        }
        if (bases.length == 1) {
            PyType[] b = bases[0].mro;
            PyType[] m = new PyType[b.length + 1];
            m[0] = this;
            System.arraycopy(b, 0, m, 1, b.length);
            return m;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(this);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(b.name());
                }
                throw PyErr.typeError("Cannot create a consistent method resolution order (MRO) for bases " + names);
            }
            out.add(cand);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : PyTypes.TYPE;
    }

    /** Sets the metaclass (a subclass of {@code type}). */
    public void setMetatype(PyType meta) {
        this.metatype = meta == PyTypes.TYPE ? null : meta;
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }

    /** {@code module.qualname}, without the module for builtins. */
    public String qualifiedName() {
        return module.equals("builtins") ? qualname : module + "." + qualname;
    }
}
