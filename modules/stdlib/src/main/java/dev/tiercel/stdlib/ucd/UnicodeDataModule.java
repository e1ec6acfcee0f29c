package dev.tiercel.stdlib.ucd;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.text.Normalizer;
import java.util.function.IntFunction;

/**
 * {@code unicodedata}: properties from UCD 15.1.0 as CPython 3.13 has them ({@link UcdTables}), names from the
 * JDK plus the derived ones ({@link UcdNames}), normalization by {@link java.text.Normalizer}.
 */
public final class UnicodeDataModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "unicodedata";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.set("unidata_version", PyStr.of("15.1.0"));
        property(m, "category", cp -> PyStr.of(props(cp).category()));
        property(m, "bidirectional", cp -> PyStr.of(props(cp).bidirectional()));
        property(m, "combining", cp -> PyInt.of(props(cp).combining()));
        property(m, "east_asian_width", cp -> PyStr.of(props(cp).eastAsianWidth()));
        property(m, "mirrored", cp -> PyInt.of(props(cp).mirrored()));
        property(m, "decomposition", cp -> PyStr.of(UcdTables.get().decomposition(cp)));
        withDefault(m, "name", "no such name", cp -> {
            String name = UcdNames.name(cp);
            return name == null ? null : PyStr.of(name);
        });
        withDefault(m, "decimal", "not a decimal", cp -> {
            UcdTables.Numeric n = UcdTables.get().numeric(cp);
            return n == null || n.decimal() < 0 ? null : PyInt.of(n.decimal());
        });
        withDefault(m, "digit", "not a digit", cp -> {
            UcdTables.Numeric n = UcdTables.get().numeric(cp);
            return n == null || n.digit() < 0 ? null : PyInt.of(n.digit());
        });
        withDefault(m, "numeric", "not a numeric character", cp -> {
            UcdTables.Numeric n = UcdTables.get().numeric(cp);
            return n == null ? null : PyFloat.of(n.numeric());
        });
        fn(m, "lookup", (a, k) -> {
            Args.check("lookup", a, k, 1, 1);
            String name = str("lookup", a[0], 1);
            int cp = name.length() > 256 ? -1 : UcdNames.lookup(name);
            if (cp < 0) {
                if (name.length() > 256) {
                    throw PyErr.keyError(PyStr.of("name too long"));
                }
                throw PyErr.keyError(PyStr.of("undefined character name '" + name + "'"));
            }
            return PyStr.ofCodePoint(cp);
        });
        fn(m, "normalize", (a, k) -> {
            Args.check("normalize", a, k, 2, 2);
            Normalizer.Form form = form(str("normalize", a[0], 1));
            return PyStr.of(Normalizer.normalize(str("normalize", a[1], 2), form));
        });
        fn(m, "is_normalized", (a, k) -> {
            Args.check("is_normalized", a, k, 2, 2);
            Normalizer.Form form = form(str("is_normalized", a[0], 1));
            return PyBool.of(Normalizer.isNormalized(str("is_normalized", a[1], 2), form));
        });
        return m;
    }

    private static UcdTables.Props props(int cp) {
        return UcdTables.get().props(cp);
    }

    private static void fn(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body, false, "unicodedata"));
    }

    private static void property(PyModule m, String name, IntFunction<PyObject> get) {
        fn(m, name, (a, k) -> {
            Args.check(name, a, k, 1, 1);
            return get.apply(character(name + "() argument", a[0]));
        });
    }

    /** name(chr[, default]) and the numeric lookups: ValueError(message) unless a default is given. */
    private static void withDefault(PyModule m, String name, String message, IntFunction<PyObject> get) {
        fn(m, name, (a, k) -> {
            Args.check(name, a, k, 1, 2);
            PyObject r = get.apply(character(name + "() argument 1", a[0]));
            if (r != null) {
                return r;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw PyErr.valueError(message);
        });
    }

    /** CPython's message names a lone parameter "argument", one of several "argument 1"; None is "None". */
    private static int character(String what, PyObject o) {
        if (o instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        String type = o == dev.tiercel.runtime.object.PyNone.INSTANCE ? "None" : o.type().name();
        throw PyErr.typeError(what + " must be a unicode character, not " + type);
    }

    private static String str(String fname, PyObject o, int position) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError(fname + "() argument " + position + " must be str, not " + o.type().name());
    }

    private static Normalizer.Form form(String name) {
        return switch (name) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PyErr.valueError("invalid normalization form");
        };
    }
}
