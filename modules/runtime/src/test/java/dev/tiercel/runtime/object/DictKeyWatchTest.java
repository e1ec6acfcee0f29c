package dev.tiercel.runtime.object;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.internal.builtins.BuiltinsModule;
import dev.tiercel.runtime.spi.DictKeyWatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DictKeyWatchTest {

    @BeforeAll
    static void setUp() {
        BuiltinsModule.installTypes();
    }

    /** Records every call it gets. */
    private static final class Recorder implements DictKeyWatcher {
        final List<String> told = new ArrayList<>();

        @Override
        public void keyChanged(PyDict dict, String key) {
            told.add(key);
        }
    }

    private static PyDict globals() {
        PyDict d = new PyDict();
        d.putStr("x", PyInt.of(1));
        d.putStr("y", PyInt.of(2));
        return d;
    }

    @Test
    void reboundKeyTellsItsWatcherOnce() {
        PyDict d = globals();
        Recorder r = new Recorder();
        d.watchKey("x", r);
        d.putStr("x", PyInt.of(1000));
        assertThat(r.told).containsExactly("x");
        d.putStr("x", PyInt.of(2000)); // the registration fired: it is gone
        assertThat(r.told).containsExactly("x");
        assertThat(d.watcherCount()).isZero();
    }

    @Test
    void otherKeysAndSameValueStoresTellNoOne() {
        PyDict d = globals();
        Recorder r = new Recorder();
        d.watchKey("x", r);
        PyObject same = d.getStr("x");
        d.putStr("x", same);
        d.put(PyStr.of("x"), same);
        for (int i = 0; i < 100; i++) { // inserts that resize the table, and rebinds of other keys
            d.putStr("k" + i, PyInt.of(i));
            d.putStr("y", PyInt.of(i + 500));
        }
        d.remove(PyStr.of("k3"));
        assertThat(r.told).isEmpty();
        assertThat(d.watcherCount()).isEqualTo(1);
    }

    @Test
    void deleteAndInsertOfAnAbsentKeyTell() {
        PyDict d = globals();
        Recorder deleted = new Recorder();
        Recorder inserted = new Recorder();
        d.watchKey("y", deleted);
        d.watchKey("len", inserted); // a builtin a global of the same name would shadow
        d.remove(PyStr.of("y"));
        d.put(PyStr.of("len"), PyInt.of(42));
        assertThat(deleted.told).containsExactly("y");
        assertThat(inserted.told).containsExactly("len");
    }

    @Test
    void clearTellsEveryWatcherButClearingAnEmptyDictTellsNone() {
        PyDict d = globals();
        Recorder r = new Recorder();
        d.watchKey("x", r);
        d.watchKey("y", r);
        d.clear();
        assertThat(r.told).containsExactlyInAnyOrder("x", "y");
        Recorder late = new Recorder();
        d.watchKey("x", late);
        d.clear();
        assertThat(late.told).isEmpty();
    }

    @Test
    void updateTellsOnlyTheKeysItRebinds() {
        PyDict d = globals();
        Recorder x = new Recorder();
        Recorder y = new Recorder();
        d.watchKey("x", x);
        d.watchKey("y", y);
        PyDict other = new PyDict();
        other.putStr("y", PyInt.of(7));
        other.putStr("z", PyInt.of(8));
        d.update(other);
        assertThat(x.told).isEmpty();
        assertThat(y.told).containsExactly("y");
    }

    @Test
    void positionalWritesTell() {
        PyDict d = globals();
        Recorder r = new Recorder();
        d.watchKey("x", r);
        int at = d.indexOfStr("x");
        assertThat(d.replaceAtHint(at, "x", PyInt.of(5))).isTrue();
        assertThat(r.told).containsExactly("x");
        d.watchKey("x", r);
        d.setValueAt(at, PyInt.of(6));
        assertThat(r.told).containsExactly("x", "x");
    }

    @Test
    void aNonStrKeyTellsEveryone() {
        PyDict d = globals();
        Recorder r = new Recorder();
        d.watchKey("x", r);
        d.put(PyInt.of(3), PyInt.of(4)); // could compare equal to a str key through __eq__: be safe
        assertThat(r.told).containsExactly("x");
    }

    @Test
    void watchersAreHeldWeakly() throws Exception {
        PyDict d = globals();
        d.watchKey("x", new Recorder());
        for (int i = 0; i < 50 && d.watcherCount() > 0; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(d.watcherCount()).isZero();
        d.putStr("x", PyInt.of(99)); // telling a collected watcher is a no-op
    }
}
