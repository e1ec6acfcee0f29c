package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFrozenSet;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code hashlib}: the JDK's {@link MessageDigest} behind CPython's hash-object API. */
public final class HashlibModule implements BuiltinModuleProvider {
    /** Python name to JDK algorithm name, digest size is the JDK's; block sizes are the algorithms'. */
    private static final Map<String, String> JDK_NAMES = new LinkedHashMap<>();
    private static final Map<String, Integer> BLOCK_SIZES = Map.of("md5", 64, "sha1", 64, "sha224", 64,
            "sha256", 64, "sha384", 128, "sha512", 128, "sha3_224", 144, "sha3_256", 136, "sha3_384", 104,
            "sha3_512", 72);

    static {
        JDK_NAMES.put("md5", "MD5");
        JDK_NAMES.put("sha1", "SHA-1");
        JDK_NAMES.put("sha224", "SHA-224");
        JDK_NAMES.put("sha256", "SHA-256");
        JDK_NAMES.put("sha384", "SHA-384");
        JDK_NAMES.put("sha512", "SHA-512");
        JDK_NAMES.put("sha3_224", "SHA3-224");
        JDK_NAMES.put("sha3_256", "SHA3-256");
        JDK_NAMES.put("sha3_384", "SHA3-384");
        JDK_NAMES.put("sha3_512", "SHA3-512");
    }

    static final PyType HASH = new PyType("HASH", new PyType[] {PyTypes.OBJECT}, true);

    static {
        HASH.module = "_hashlib";
        method("update", (a, k) -> {
            Args.check("update", a, k, 2, 2);
            self(a[0]).digest.update(data(a[1]));
            return PyNone.INSTANCE;
        });
        method("digest", (a, k) -> new PyBytes(snapshot(self(a[0])).digest()));
        method("hexdigest", (a, k) -> PyStr.of(HexFormat.of().formatHex(snapshot(self(a[0])).digest())));
        method("copy", (a, k) -> new Hash(self(a[0]).name, snapshot(self(a[0]))));
        method("__repr__", (a, k) -> PyStr.of("<" + self(a[0]).name + " _hashlib.HASH object @ "
                + Ops.address(a[0]) + ">"));
        getter("name", h -> PyStr.of(h.name));
        getter("digest_size", h -> PyInt.of(h.digest.getDigestLength()));
        getter("block_size", h -> PyInt.of(BLOCK_SIZES.get(h.name)));
    }

    /** One running hash. */
    static final class Hash extends PyObject {
        final String name;
        final MessageDigest digest;

        Hash(String name, MessageDigest digest) {
            this.name = name;
            this.digest = digest;
        }

        @Override
        public PyType type() {
            return HASH;
        }
    }

    private static void method(String name, PyBuiltinFunction.Body body) {
        HASH.dict.put(name, new PyBuiltinFunction(name, body, true, "HASH"));
    }

    private static void getter(String name, java.util.function.Function<Hash, PyObject> get) {
        HASH.dict.put(name, new PyDescriptors.GetSet(name, o -> get.apply(self(o)), null));
    }

    private static Hash self(PyObject o) {
        if (o instanceof Hash h) {
            return h;
        }
        throw PyErr.typeError("descriptor requires a '_hashlib.HASH' object but received a '" + o.type().name() + "'");
    }

    /** digest()/hexdigest() may be called repeatedly and updates may follow: finish a clone. */
    private static MessageDigest snapshot(Hash h) {
        try {
            return (MessageDigest) h.digest.clone();
        } catch (CloneNotSupportedException e) {
            throw PyErr.systemError("digest cannot be copied: " + e.getMessage());
        }
    }

    private static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o == PyNone.INSTANCE || o instanceof PyInt) {
            throw PyErr.typeError("object supporting the buffer API required");
        }
        return ((PyBytes) Ops.call(PyTypes.BYTES, o)).toByteArray();
    }

    static Hash create(String name, PyObject initial) {
        String jdk = JDK_NAMES.get(name.toLowerCase());
        if (jdk == null) {
            throw PyErr.valueError("unsupported hash type " + name);
        }
        try {
            Hash h = new Hash(name.toLowerCase(), MessageDigest.getInstance(jdk));
            if (initial != null) {
                h.digest.update(data(initial));
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw PyErr.valueError("unsupported hash type " + name);
        }
    }

    /** The data argument, positional or {@code string=}; {@code usedforsecurity} is accepted. */
    private static PyObject initial(String fname, PyObject[] a, String[] k, int skip) {
        Args.allowKw(fname, k, "string", "usedforsecurity");
        int n = Args.npos(a, k) - skip;
        if (n > 1) {
            throw PyErr.typeError(fname + "() takes at most " + (1 + skip) + " positional arguments ("
                    + (n + skip) + " given)");
        }
        PyObject d = n == 1 ? a[skip] : null;
        return d != null ? d : Args.kw(a, k, "string");
    }

    @Override
    public String moduleName() {
        return "hashlib";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("hashlib");
        for (String name : JDK_NAMES.keySet()) {
            Mod.fn(m, name, (a, k) -> create(name, initial(name, a, k, 0)));
        }
        Mod.fn(m, "new", (a, k) -> {
            PyObject name = Args.npos(a, k) > 0 ? a[0] : Args.kw(a, k, "name");
            if (name == null) {
                throw PyErr.typeError("new() missing required argument 'name' (pos 1)");
            }
            return create(Ops.asString(name, "new() argument 'name'"), initial("new", a, k, Args.npos(a, k) > 0 ? 1 : 0));
        });
        PyFrozenSet names = new PyFrozenSet(JDK_NAMES.keySet().stream().map(PyStr::of).toArray(PyObject[]::new));
        m.set("algorithms_guaranteed", names);
        m.set("algorithms_available", names);
        m.set("__all__", dev.tiercel.runtime.object.PyTuple.of(PyStr.of("md5"), PyStr.of("sha1"),
                PyStr.of("sha224"), PyStr.of("sha256"), PyStr.of("sha384"), PyStr.of("sha512"), PyStr.of("new"),
                PyStr.of("algorithms_guaranteed"), PyStr.of("algorithms_available")));
        return m;
    }
}
