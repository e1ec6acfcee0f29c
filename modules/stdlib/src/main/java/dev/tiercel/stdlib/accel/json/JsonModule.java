package dev.tiercel.stdlib.accel.json;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.stdlib.accel.Natives;
import java.util.function.Function;

/**
 * {@code _json}, the accelerator the {@code json} package imports when present (as CPython's C module):
 * {@code scanstring}, {@code make_scanner}, {@code make_encoder}, {@code encode_basestring(_ascii)}.
 */
public final class JsonModule implements BuiltinModuleProvider {
    static final PyBuiltinFunction ENCODE_ASCII = new PyBuiltinFunction("encode_basestring_ascii", (a, k) -> {
        Natives.exactlyOne("encode_basestring_ascii", a, k);
        return PyStr.of(Strings.encodeAscii(str(a[0])));
    }, false, "_json");
    static final PyBuiltinFunction ENCODE = new PyBuiltinFunction("encode_basestring", (a, k) -> {
        Natives.exactlyOne("encode_basestring", a, k);
        return PyStr.of(Strings.encode(str(a[0])));
    }, false, "_json");
    static final PyType SCANNER = Natives.type("_json", "Scanner");
    static final PyType ENCODER = Natives.type("_json", "Encoder");

    static {
        SCANNER.factory = (t, a, k) -> {
            Natives.expect("Scanner", a, k, 1, 1);
            return new Scanner(t, a[0]);
        };
        Natives.method(SCANNER, "__call__", (a, k) -> {
            Natives.expect("scan_once", java.util.Arrays.copyOfRange(a, 1, a.length), k, 2, 2);
            return ((Scanner) a[0]).call(a[1], Ops.index(a[2]));
        });
        scannerMember("strict", s -> dev.tiercel.runtime.object.PyBool.of(s.strict));
        scannerMember("object_hook", s -> s.objectHook);
        scannerMember("object_pairs_hook", s -> s.objectPairsHook);
        scannerMember("parse_float", s -> s.parseFloat);
        scannerMember("parse_int", s -> s.parseInt);
        scannerMember("parse_constant", s -> s.parseConstant);
        ENCODER.factory = (t, a, k) -> {
            Natives.expect("make_encoder", a, k, 9, 9);
            return new Encoder(t, a);
        };
        Natives.method(ENCODER, "__call__", (a, k) -> {
            Natives.expect("_iterencode", java.util.Arrays.copyOfRange(a, 1, a.length), k, 2, 2);
            return ((Encoder) a[0]).call(a[1], Ops.index(a[2]));
        });
        encoderMember("markers", e -> e.markers);
        encoderMember("default", e -> e.defaultFn);
        encoderMember("encoder", e -> e.encoder);
        encoderMember("indent", e -> e.indent);
        encoderMember("key_separator", e -> PyStr.of(e.keySeparator));
        encoderMember("item_separator", e -> PyStr.of(e.itemSeparator));
        encoderMember("sort_keys", e -> dev.tiercel.runtime.object.PyBool.of(e.sortKeys));
        encoderMember("skipkeys", e -> dev.tiercel.runtime.object.PyBool.of(e.skipKeys));
    }

    private static void scannerMember(String name, Function<Scanner, PyObject> get) {
        SCANNER.dict.put(name, new PyDescriptors.GetSet(name, o -> get.apply((Scanner) o), null));
    }

    private static void encoderMember(String name, Function<Encoder, PyObject> get) {
        ENCODER.dict.put(name, new PyDescriptors.GetSet(name, o -> get.apply((Encoder) o), null));
    }

    private static PyStr str(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        if (o.type().isSubtypeOf(dev.tiercel.runtime.object.PyTypes.STR)) {
            return PyStr.of(Ops.str(o));
        }
        throw PyErr.typeError("first argument must be a string, not " + o.type().name());
    }

    @Override
    public String moduleName() {
        return "_json";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_json");
        m.set("encode_basestring_ascii", ENCODE_ASCII);
        m.set("encode_basestring", ENCODE);
        m.set("make_scanner", SCANNER);
        m.set("make_encoder", ENCODER);
        Natives.function(m, "scanstring", (a, k) -> {
            Natives.expect("scanstring", a, k, 2, 3);
            PyStr s = str(a[0]);
            long end = Ops.index(a[1]);
            boolean strict = a.length < 3 || Ops.isTrue(a[2]);
            if (end < 0 || end > s.length()) {
                throw PyErr.valueError("end is out of bounds");
            }
            int[] after = new int[1];
            String text = Strings.scan(new Text(s), s, (int) end, strict, e -> after[0] = e);
            return PyTuple.of(PyStr.of(text), PyInt.of(after[0]));
        });
        return m;
    }
}
