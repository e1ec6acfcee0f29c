package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The {@code random} module: CPython's Mersenne Twister and its derived methods, so seeded runs match CPython. */
public final class RandomModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "random";
    }

    static final PyType RANDOM = new PyType("Random", new PyType[] {PyTypes.OBJECT}, true);

    static {
        RANDOM.module = "random";
    }

    /** One generator's state. */
    static final class Gen extends PyObject {
        private final int[] mt = new int[624];
        private int index = 625;
        private double gaussNext = Double.NaN;

        @Override
        public PyType type() {
            return RANDOM;
        }

        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < 624; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = 624;
        }

        void seedWords(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(624, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            gaussNext = Double.NaN;
        }

        void seed(PyObject a) {
            BigInteger n;
            if (a == null || a == PyNone.INSTANCE) {
                n = BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis() * 1000003L).abs();
            } else if (a instanceof PyInt i) {
                n = i.toBigInteger().abs();
            } else if (a instanceof PyStr s) {
                byte[] b = s.value.getBytes(StandardCharsets.UTF_8);
                try {
                    byte[] h = MessageDigest.getInstance("SHA-512").digest(b);
                    byte[] all = new byte[b.length + h.length];
                    System.arraycopy(b, 0, all, 0, b.length);
                    System.arraycopy(h, 0, all, b.length, h.length);
                    n = new BigInteger(1, all);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw PyErr.systemError("no SHA-512");
                }
            } else if (a instanceof PyFloat f) {
                n = BigInteger.valueOf(PyFloat.hash(f.value)).abs();
            } else {
                n = BigInteger.valueOf(Ops.hash(a)).abs();
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            seedWords(key);
        }

        int next32() {
            if (index >= 624) {
                if (index == 625) {
                    initGenrand(5489);
                }
                for (int kk = 0; kk < 624; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % 624] & 0x7fffffff);
                    mt[kk] = mt[(kk + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5, b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        BigInteger getrandbits(int k) {
            if (k <= 32) {
                return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
            }
            BigInteger r = BigInteger.ZERO;
            int words = (k - 1) / 32 + 1;
            for (int i = 0; i < words; i++, k -= 32) {
                long w = next32() & 0xffffffffL;
                if (k < 32) {
                    w >>>= (32 - k);
                }
                r = r.or(BigInteger.valueOf(w).shiftLeft(32 * i));
            }
            return r;
        }

        BigInteger below(BigInteger n) {
            if (n.signum() <= 0) {
                return BigInteger.ZERO;
            }
            int k = n.bitLength();
            BigInteger r = getrandbits(k);
            while (r.compareTo(n) >= 0) {
                r = getrandbits(k);
            }
            return r;
        }

        long below(long n) {
            return below(BigInteger.valueOf(n)).longValue();
        }

        PyObject randrange(PyObject[] a, int n) {
            BigInteger start = ((PyInt) index(a[0])).toBigInteger();
            if (n == 1) {
                if (start.signum() <= 0) {
                    throw PyErr.valueError("empty range for randrange()");
                }
                return PyInt.of(below(start));
            }
            BigInteger stop = ((PyInt) index(a[1])).toBigInteger();
            BigInteger step = n > 2 ? ((PyInt) index(a[2])).toBigInteger() : BigInteger.ONE;
            BigInteger width = stop.subtract(start);
            if (step.equals(BigInteger.ONE)) {
                if (width.signum() <= 0) {
                    throw PyErr.valueError("empty range in randrange(" + start + ", " + stop + ")");
                }
                return PyInt.of(start.add(below(width)));
            }
            if (step.signum() == 0) {
                throw PyErr.valueError("zero step for randrange()");
            }
            BigInteger cnt = step.signum() > 0 ? width.add(step).subtract(BigInteger.ONE).divide(step)
                    : width.add(step).add(BigInteger.ONE).divide(step);
            if (cnt.signum() <= 0) {
                throw PyErr.valueError("empty range for randrange()");
            }
            return PyInt.of(start.add(step.multiply(below(cnt))));
        }

        private static PyObject index(PyObject o) {
            if (o instanceof PyInt) {
                return o;
            }
            return PyInt.of(Ops.index(o));
        }

        double gauss(double mu, double sigma) {
            double z = gaussNext;
            gaussNext = Double.NaN;
            if (Double.isNaN(z)) {
                double x2pi = random() * 2 * Math.PI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
                z = Math.cos(x2pi) * g2rad;
                gaussNext = Math.sin(x2pi) * g2rad;
            }
            return mu + z * sigma;
        }
    }

    private static void def(PyModule m, Gen shared, String name, Body body) {
        m.set(name, new PyBuiltinFunction(name, (a, k) -> body.call(shared, a, k, 0), false, "random"));
        RANDOM.dict.put(name, new PyBuiltinFunction(name, (a, k) -> body.call((Gen) a[0], a, k, 1), true, "Random"));
    }

    @FunctionalInterface
    interface Body {
        PyObject call(Gen g, PyObject[] a, String[] k, int off);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("random");
        Gen shared = new Gen();
        shared.seed(null);
        RANDOM.factory = (t, a, k) -> {
            Gen g = new Gen();
            g.seed(a.length > 0 ? a[0] : null);
            return g;
        };
        m.set("Random", RANDOM);
        def(m, shared, "seed", (g, a, k, o) -> {
            g.seed(a.length > o ? a[o] : null);
            return PyNone.INSTANCE;
        });
        def(m, shared, "random", (g, a, k, o) -> PyFloat.of(g.random()));
        def(m, shared, "getrandbits", (g, a, k, o) -> PyInt.of(g.getrandbits((int) Ops.index(a[o]))));
        def(m, shared, "randrange", (g, a, k, o) -> g.randrange(java.util.Arrays.copyOfRange(a, o, a.length),
                a.length - o));
        def(m, shared, "randint", (g, a, k, o) -> g.randrange(new PyObject[] {a[o],
            Ops.binaryOp(a[o + 1], PyInt.ONE, Ops.NB_ADD)}, 2));
        def(m, shared, "uniform", (g, a, k, o) -> {
            double lo = Mod.toDouble(a[o]), hi = Mod.toDouble(a[o + 1]);
            return PyFloat.of(lo + (hi - lo) * g.random());
        });
        def(m, shared, "choice", (g, a, k, o) -> {
            int n = Ops.len(a[o]);
            if (n == 0) {
                throw PyErr.of(dev.tiercel.runtime.object.PyExc.IndexError, "Cannot choose from an empty sequence");
            }
            return Ops.getitem(a[o], PyInt.of(g.below(n)));
        });
        def(m, shared, "shuffle", (g, a, k, o) -> {
            PyObject x = a[o];
            for (int i = Ops.len(x) - 1; i > 0; i--) {
                int j = (int) g.below(i + 1);
                PyObject xi = Ops.getitem(x, PyInt.of(i)), xj = Ops.getitem(x, PyInt.of(j));
                Ops.setitem(x, PyInt.of(i), xj);
                Ops.setitem(x, PyInt.of(j), xi);
            }
            return PyNone.INSTANCE;
        });
        def(m, shared, "sample", (g, a, k, o) -> {
            PyObject[] pop = Ops.toArray(a[o]);
            PyObject kObj = a.length > o + 1 && (k == null || a.length - k.length > o + 1) ? a[o + 1]
                    : Args.kw(a, k, "k");
            int kk = (int) Ops.index(kObj);
            int n = pop.length;
            if (kk < 0 || kk > n) {
                throw PyErr.valueError("Sample larger than population or is negative");
            }
            PyObject[] result = new PyObject[kk];
            int setsize = 21;
            if (kk > 5) {
                setsize += (int) Math.pow(4, Math.ceil(Math.log(kk * 3) / Math.log(4)));
            }
            if (n <= setsize) {
                PyObject[] pool = pop.clone();
                for (int i = 0; i < kk; i++) {
                    int j = (int) g.below(n - i);
                    result[i] = pool[j];
                    pool[j] = pool[n - i - 1];
                }
            } else {
                PySet selected = new PySet(false);
                for (int i = 0; i < kk; i++) {
                    long j = g.below(n);
                    while (selected.contains(PyInt.of(j))) {
                        j = g.below(n);
                    }
                    selected.add(PyInt.of(j));
                    result[i] = pop[(int) j];
                }
            }
            return PyList.of(result);
        });
        def(m, shared, "choices", (g, a, k, o) -> {
            PyObject[] pop = Ops.toArray(a[o]);
            int npos = Args.npos(a, k);
            PyObject weights = npos > o + 1 ? a[o + 1] : Args.kw(a, k, "weights");
            PyObject cum = Args.kw(a, k, "cum_weights");
            PyObject kObj = Args.kw(a, k, "k");
            int kk = kObj == null ? 1 : (int) Ops.index(kObj);
            int n = pop.length;
            PyObject[] out = new PyObject[kk];
            if ((weights == null || weights == PyNone.INSTANCE) && (cum == null || cum == PyNone.INSTANCE)) {
                for (int i = 0; i < kk; i++) {
                    out[i] = pop[(int) Math.floor(g.random() * n)];
                }
                return PyList.of(out);
            }
            double[] cw = new double[n];
            if (cum != null && cum != PyNone.INSTANCE) {
                PyObject[] c = Ops.toArray(cum);
                for (int i = 0; i < n; i++) {
                    cw[i] = Mod.toDouble(c[i]);
                }
            } else {
                PyObject[] w = Ops.toArray(weights);
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Mod.toDouble(w[i]);
                    cw[i] = s;
                }
            }
            double total = cw[n - 1];
            for (int i = 0; i < kk; i++) {
                double x = g.random() * total;
                int lo = 0, hi = n - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (x < cw[mid]) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out[i] = pop[lo];
            }
            return PyList.of(out);
        });
        def(m, shared, "gauss", (g, a, k, o) -> PyFloat.of(g.gauss(a.length > o ? Mod.toDouble(a[o]) : 0,
                a.length > o + 1 ? Mod.toDouble(a[o + 1]) : 1)));
        def(m, shared, "normalvariate", (g, a, k, o) -> {
            double mu = a.length > o ? Mod.toDouble(a[o]) : 0, sigma = a.length > o + 1 ? Mod.toDouble(a[o + 1]) : 1;
            double nvMagic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
            double z;
            while (true) {
                double u1 = g.random();
                double u2 = 1.0 - g.random();
                z = nvMagic * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) {
                    break;
                }
            }
            return PyFloat.of(mu + z * sigma);
        });
        def(m, shared, "expovariate", (g, a, k, o) -> PyFloat.of(-Math.log(1.0 - g.random())
                / (a.length > o ? Mod.toDouble(a[o]) : 1.0)));
        return m;
    }
}
