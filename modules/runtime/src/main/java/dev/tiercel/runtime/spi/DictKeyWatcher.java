package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.object.PyDict;

/**
 * Something that relies on what one key of a dict is bound to (or on the key being absent), such as a tier-2
 * executor that folded a global or builtin into a constant. Register with {@link PyDict#watchKey}.
 *
 * <p>Contract: {@link #keyChanged} is called at most once per registration, right after the key was rebound to another
 * object, inserted, deleted, or the dict was cleared (a {@code dict.update} is a sequence of rebinds). Storing the
 * object a key already holds changes nothing and tells no one; neither does a change of any other key. The dict holds
 * its watchers weakly and forgets a registration once it fired: a watcher that still cares after being told must
 * register again. The call happens on the thread that changed the dict, so it must be quick and must not touch the
 * dict (typically: mark yourself invalid).
 */
@FunctionalInterface
public interface DictKeyWatcher {
    /** {@code key} of {@code dict} no longer is what it was when this watcher registered. */
    void keyChanged(PyDict dict, String key);
}
