package dev.tiercel.runtime.object;

import dev.tiercel.runtime.spi.DictKeyWatcher;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The watchers of one dict, by str key (see {@link DictKeyWatcher}). Held weakly so that a dead executor costs no
 * more than an empty reference until its key is next watched or changed; a key's watchers are dropped when told.
 */
final class KeyWatchers {
    private final Map<String, List<WeakReference<DictKeyWatcher>>> byKey = new HashMap<>();

    synchronized void add(String key, DictKeyWatcher w) {
        List<WeakReference<DictKeyWatcher>> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
        list.removeIf(r -> r.get() == null);
        list.add(new WeakReference<>(w));
    }

    synchronized int count() {
        int n = 0;
        for (List<WeakReference<DictKeyWatcher>> l : byKey.values()) {
            for (WeakReference<DictKeyWatcher> r : l) {
                n += r.get() == null ? 0 : 1;
            }
        }
        return n;
    }

    /** The binding of {@code key} changed. A key that is no str may equal a watched str key: everyone is told. */
    void changed(PyDict d, PyObject key) {
        if (key instanceof PyStr s) {
            List<WeakReference<DictKeyWatcher>> l;
            synchronized (this) {
                l = byKey.remove(s.value);
            }
            tell(d, s.value, l);
        } else {
            changedAll(d);
        }
    }

    /** Every key may have changed (the dict was cleared). */
    void changedAll(PyDict d) {
        Map<String, List<WeakReference<DictKeyWatcher>>> all;
        synchronized (this) {
            all = new HashMap<>(byKey);
            byKey.clear();
        }
        all.forEach((k, l) -> tell(d, k, l));
    }

    /** Outside the lock: a watcher may register again on this dict from its callback. */
    private static void tell(PyDict d, String key, List<WeakReference<DictKeyWatcher>> l) {
        if (l == null) {
            return;
        }
        for (WeakReference<DictKeyWatcher> r : l) {
            DictKeyWatcher w = r.get();
            if (w != null) {
                w.keyChanged(d, key);
            }
        }
    }
}
