import graphlib
from graphlib import TopologicalSorter, CycleError
print(graphlib.__all__, issubclass(CycleError, ValueError))
graphs = [
    {"D": {"B", "C"} and ["B", "C"], "C": ["A"], "B": ["A"]},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {"pkg": ["lib", "cfg"], "lib": ["base"], "cfg": ["base"], "base": [], "extra": []},
    {1: [2], 2: [3], 3: [1]},
    {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"], "e": ["a"]},
    {"x": ["x"]},
    {},
    {"a": ["b", "b"], "b": []},
]
for g in graphs:
    try:
        print(g, list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print(g, type(e).__name__, e.args, e)
ts = TopologicalSorter()
ts.add("compile", "fetch", "configure")
ts.add("configure", "fetch")
ts.add("test", "compile")
ts.add("package", "compile", "docs")
ts.add("docs")
print(list(TopologicalSorter({"compile": ["fetch", "configure"]}).static_order()))
for method, args in [("get_ready", ()), ("is_active", ()), ("done", ("x",)), ("__bool__", ())]:
    try:
        getattr(ts, method)(*args)
    except ValueError as e:
        print(method, type(e).__name__, e)
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print("step", step, ready, bool(ts))
    for node in ready:
        ts.done(node)
    step += 1
print(ts.is_active(), bool(ts), ts.get_ready())
for call in [lambda: ts.add("late"), lambda: ts.prepare(), lambda: ts.done("nope"), lambda: ts.done("test")]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
ts = TopologicalSorter({"b": ["a"], "c": ["b"]})
ts.prepare()
print(ts.get_ready())
try:
    ts.done("c")
except ValueError as e:
    print(type(e).__name__, e)
print(ts.get_ready(), ts.is_active())
ts.done("a")
print(ts.get_ready(), ts.get_ready())
ts.done("b")
print(ts.get_ready())
ts.done("c")
print(ts.is_active())
ts = TopologicalSorter({1: [2], 2: [1], 3: []})
try:
    ts.prepare()
except CycleError as e:
    print(e.args[0], e.args[1])
print(ts.get_ready(), ts.is_active())
ts.done(3)
print(ts.is_active())
print(TopologicalSorter[str])
print(list(TopologicalSorter({(1, 2): [(0, 1)], "s": [(1, 2)]}).static_order()))
