package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/** {@code typing} (runtime-inert forms). */
public final class TypingModules {
    private TypingModules() {}

    static PyType form(PyModule m, String name) {
        PyType t = new PyType(name, new PyType[] {PyTypes.OBJECT}, true);
        t.module = m.name();
        t.dict.put("__class_getitem__", new PyDescriptors.ClassMethod(new PyBuiltinFunction("__class_getitem__",
                (a, k) -> a[0], false, name)));
        m.set(name, t);
        return t;
    }

    public static final class Typing extends SimpleProvider {
        public Typing() {
            super("typing", TypingModules::typing);
        }
    }

    static PyModule typing() {
        PyModule m = new PyModule("typing");
        for (String n : new String[] {"Any", "Union", "Optional", "List", "Dict", "Set", "FrozenSet", "Tuple",
            "Callable", "Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping",
            "MutableMapping", "Type", "ClassVar", "Final", "Literal", "Annotated", "NoReturn", "Never", "Self",
            "TypeAlias", "Protocol", "Generic", "Deque", "DefaultDict", "Counter", "OrderedDict", "Hashable",
            "Sized", "Collection", "Container", "AbstractSet", "MutableSet", "Awaitable", "Coroutine",
            "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Reversible", "SupportsInt", "SupportsFloat",
            "SupportsAbs", "SupportsIndex", "ByteString", "Text", "AnyStr", "Pattern", "Match", "IO", "TextIO",
            "TypeGuard", "Required", "NotRequired", "Unpack", "ParamSpec", "Concatenate", "LiteralString"}) {
            form(m, n);
        }
        m.set("Text", PyTypes.STR);
        m.set("TYPE_CHECKING", PyBool.FALSE);
        PyType typeVar = form(m, "TypeVar");
        typeVar.instancesHaveDict = true;
        typeVar.factory = (t, a, k) -> {
            PyInstance v = new PyInstance(t);
            v.instanceDict().put("__name__", a.length > 0 ? a[0] : PyStr.of("T"));
            return v;
        };
        typeVar.dict.put("__repr__", new PyBuiltinFunction("__repr__",
                (a, k) -> PyStr.of("~" + Ops.str(a[0].instanceDict().get("__name__"))), true, "TypeVar"));
        Mod.fn(m, "cast", (a, k) -> a[1]);
        Mod.fn(m, "overload", (a, k) -> a[0]);
        Mod.fn(m, "final", (a, k) -> a[0]);
        Mod.fn(m, "no_type_check", (a, k) -> a[0]);
        Mod.fn(m, "runtime_checkable", (a, k) -> a[0]);
        Mod.fn(m, "get_type_hints", (a, k) -> {
            PyObject ann = Ops.getattrOrNull(a[0], "__annotations__");
            return ann == null ? new PyDict() : ann;
        });
        Mod.fn(m, "NewType", (a, k) -> new PyBuiltinFunction(Ops.str(a[0]), (b, kk) -> b[0], false, "typing"));
        Mod.fn(m, "assert_never", (a, k) -> {
            throw dev.tiercel.runtime.object.PyErr.of(dev.tiercel.runtime.object.PyExc.AssertionError,
                    "Expected code to be unreachable");
        });
        Mod.fn(m, "reveal_type", (a, k) -> a[0]);
        return m;
    }
}
