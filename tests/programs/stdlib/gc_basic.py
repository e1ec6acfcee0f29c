# gc: collect and callbacks, enable/disable, thresholds, debug flags, freeze, is_tracked, what is not available
import gc

print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int))
events = []


def callback(phase, info):
    events.append((phase, info['generation'], sorted(info)))


gc.callbacks.append(callback)
gc.collect()
gc.collect(1)
gc.callbacks.remove(callback)
gc.collect()
print(events)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 3)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold(), len(gc.get_count()), all(isinstance(n, int) for n in gc.get_count()))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.freeze()
print(isinstance(gc.get_freeze_count(), int))
gc.unfreeze()
print(gc.get_freeze_count(), gc.garbage, gc.callbacks)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
for obj in [1, 1.5, 'text', b'b', None, True, 2j, [], {}, {'a': 1}, {'a': []}, {1: 'x'}, set(), object(),
            gc, len, lambda: 0]:
    print(type(obj).__name__, gc.is_tracked(obj))
print(gc.is_finalized(object()))
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('x'), lambda: gc.set_threshold('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
