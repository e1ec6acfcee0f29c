package dev.tiercel.runtime.object;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An object's {@code __dict__} seen as a Java map of attribute names: a live view of a {@link PyDict}, so that
 * {@code obj.__dict__} (the dict itself) and attribute access always agree.
 */
public final class AttrMap extends AbstractMap<String, PyObject> {
    private final PyDict dict;

    public AttrMap(PyDict dict) {
        this.dict = dict;
    }

    /** The underlying dict ({@code __dict__}). */
    public PyDict dict() {
        return dict;
    }

    @Override
    public PyObject get(Object key) {
        return key instanceof String s ? dict.getStr(s) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && dict.getStr(s) != null;
    }

    @Override
    public PyObject put(String key, PyObject value) {
        return dict.swapStr(key, value);
    }

    @Override
    public PyObject remove(Object key) {
        return key instanceof String s && dict.getStr(s) != null ? dict.remove(PyStr.of(s)) : null;
    }

    @Override
    public int size() {
        return dict.size();
    }

    @Override
    public Set<Entry<String, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, PyObject>> iterator() {
                return new Iterator<>() {
                    int pos = dict.next(0);

                    @Override
                    public boolean hasNext() {
                        return pos >= 0;
                    }

                    @Override
                    public Entry<String, PyObject> next() {
                        if (pos < 0) {
                            throw new NoSuchElementException();
                        }
                        int p = pos;
                        pos = dict.next(p + 1);
                        return new SimpleEntry<>(Ops.str(dict.keyAt(p)), dict.valueAt(p));
                    }
                };
            }

            @Override
            public int size() {
                return dict.size();
            }
        };
    }
}
