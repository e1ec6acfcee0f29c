package dev.tiercel.stdlib.zip;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code _jdkzip}: the JDK's deflate and inflate engines ({@link Deflater}, {@link Inflater}) as raw streams or
 * zlib streams, and CRC-32 / Adler-32 with a starting value. The Python {@code zlib} module builds CPython's API
 * (gzip framing, argument checks, error messages) on these primitives.
 */
public final class JdkZipModule implements BuiltinModuleProvider {
    static final PyType DEFLATER = new PyType("Deflater", new PyType[] {PyTypes.OBJECT}, true);
    static final PyType INFLATER = new PyType("Inflater", new PyType[] {PyTypes.OBJECT}, true);
    private static final int CHUNK = 16384;
    private static final int[] CRC_TABLE = crcTable();

    static {
        DEFLATER.module = "_jdkzip";
        INFLATER.module = "_jdkzip";
    }

    /** A running compressor. */
    static final class Deflating extends PyObject {
        final Deflater deflater;

        Deflating(Deflater deflater) {
            this.deflater = deflater;
        }

        @Override
        public PyType type() {
            return DEFLATER;
        }
    }

    /** A running decompressor. */
    static final class Inflating extends PyObject {
        final Inflater inflater;

        Inflating(Inflater inflater) {
            this.inflater = inflater;
        }

        @Override
        public PyType type() {
            return INFLATER;
        }
    }

    @Override
    public String moduleName() {
        return "_jdkzip";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_jdkzip");
        fn(m, "deflater", a -> {
            // level, raw, strategy (0 default, 1 filtered, 2 huffman only)
            Deflater d = new Deflater((int) Ops.index(a[0]), Ops.isTrue(a[1]));
            d.setStrategy(switch ((int) Ops.index(a[2])) {
                case 1 -> Deflater.FILTERED;
                case 2 -> Deflater.HUFFMAN_ONLY;
                default -> Deflater.DEFAULT_STRATEGY;
            });
            return new Deflating(d);
        });
        fn(m, "deflate", a -> deflate(deflating(a[0]), bytes(a[1]), (int) Ops.index(a[2])));
        fn(m, "deflater_dictionary", a -> {
            deflating(a[0]).deflater.setDictionary(bytes(a[1]));
            return PyNone.INSTANCE;
        });
        fn(m, "deflater_end", a -> {
            deflating(a[0]).deflater.end();
            return PyNone.INSTANCE;
        });
        fn(m, "inflater", a -> new Inflating(new Inflater(Ops.isTrue(a[0]))));
        fn(m, "inflate", a -> inflate(inflating(a[0]), bytes(a[1]), Ops.index(a[2])));
        fn(m, "inflater_dictionary", a -> {
            inflating(a[0]).inflater.setDictionary(bytes(a[1]));
            return PyNone.INSTANCE;
        });
        fn(m, "crc32", a -> PyInt.of(crc32(bytes(a[0]), Ops.index(a[1]))));
        fn(m, "adler32", a -> PyInt.of(adler32(bytes(a[0]), Ops.index(a[1]))));
        return m;
    }

    private interface Body {
        PyObject call(PyObject[] args);
    }

    private static void fn(PyModule m, String name, Body body) {
        m.set(name, new PyBuiltinFunction(name, (a, k) -> body.call(a), false, "_jdkzip"));
    }

    private static Deflating deflating(PyObject o) {
        if (o instanceof Deflating d) {
            return d;
        }
        throw PyErr.typeError("expected a _jdkzip.Deflater");
    }

    private static Inflating inflating(PyObject o) {
        if (o instanceof Inflating i) {
            return i;
        }
        throw PyErr.typeError("expected a _jdkzip.Inflater");
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        throw PyErr.typeError("expected bytes, not " + o.type().name());
    }

    /** Compresses all of data; mode 0 no flush, 2 sync, 3 full flush, 4 finish the stream. */
    private static PyObject deflate(Deflating z, byte[] data, int mode) {
        Deflater d = z.deflater;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[CHUNK];
        d.setInput(data);
        while (!d.needsInput()) {
            out.write(buf, 0, d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
        }
        if (mode == 4) {
            d.finish();
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
            }
        } else if (mode != 0) {
            int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * Decompresses data, at most {@code max} bytes of output when max > 0. Returns (output, bytes of data consumed,
     * stream finished, dictionary needed); a corrupt stream raises ValueError with zlib's message.
     */
    private static PyObject inflate(Inflating z, byte[] data, long max) {
        Inflater inf = z.inflater;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[CHUNK];
        inf.setInput(data);
        try {
            while (!inf.finished() && !inf.needsDictionary()) {
                int room = max > 0 ? (int) Math.min(buf.length, max - out.size()) : buf.length;
                if (room <= 0) {
                    break;
                }
                int n = inf.inflate(buf, 0, room);
                out.write(buf, 0, n);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw PyErr.valueError(e.getMessage() == null ? "invalid data" : e.getMessage());
        }
        int consumed = data.length - inf.getRemaining();
        return PyTuple.of(new PyBytes(out.toByteArray()), PyInt.of(consumed), PyBool.of(inf.finished()),
                PyBool.of(inf.needsDictionary()));
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }

    static long crc32(byte[] data, long start) {
        int c = ~(int) start;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    static long adler32(byte[] data, long start) {
        long a = start & 0xFFFF;
        long b = (start >>> 16) & 0xFFFF;
        for (byte x : data) {
            a = (a + (x & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }
}
