package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The {@code statistics} module: exact means and variances (as CPython computes them with fractions). */
public final class StatisticsModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "statistics";
    }

    private static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);
    static PyType error;

    private static BigDecimal exact(PyObject o) {
        if (o instanceof PyInt i) {
            return new BigDecimal(i.toBigInteger());
        }
        if (o instanceof PyFloat f) {
            if (!Double.isFinite(f.value)) {
                throw PyErr.valueError("non-finite value");
            }
            return new BigDecimal(f.value);
        }
        throw PyErr.typeError("can't convert type '" + o.type().name() + "' to numerator/denominator");
    }

    private static boolean allInts(PyObject[] data) {
        for (PyObject o : data) {
            if (!(o instanceof PyInt)) {
                return false;
            }
        }
        return true;
    }

    /** An exact rational value converted as statistics._convert does: int when integral and inputs are ints. */
    private static PyObject convert(BigDecimal value, boolean ints) {
        if (ints) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() <= 0) {
                return PyInt.of(stripped.toBigIntegerExact());
            }
        }
        return PyFloat.of(value.doubleValue());
    }

    private static PyObject[] data(PyObject o) {
        return Ops.toArray(o);
    }

    private static RuntimeException err(String msg) {
        return PyErr.of(error, msg);
    }

    private static BigDecimal sum(PyObject[] d) {
        BigDecimal s = BigDecimal.ZERO;
        for (PyObject o : d) {
            s = s.add(exact(o));
        }
        return s;
    }

    private static BigDecimal ss(PyObject[] d, BigDecimal mean) {
        BigDecimal s = BigDecimal.ZERO;
        for (PyObject o : d) {
            BigDecimal x = exact(o).subtract(mean);
            s = s.add(x.multiply(x));
        }
        return s;
    }

    private static PyObject variance(PyObject[] d, boolean population) {
        int n = d.length;
        if (n < (population ? 1 : 2)) {
            throw err((population ? "pvariance requires at least one data point"
                    : "variance requires at least two data points"));
        }
        BigDecimal mean = sum(d).divide(BigDecimal.valueOf(n), MC);
        BigDecimal v = ss(d, mean).divide(BigDecimal.valueOf(population ? n : n - 1), MC);
        return convert(v, allInts(d));
    }

    private static PyObject sqrt(PyObject v) {
        BigDecimal x = v instanceof PyInt i ? new BigDecimal(i.toBigInteger()) : new BigDecimal(((PyFloat) v).value);
        return PyFloat.of(x.sqrt(MC).doubleValue());
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("statistics");
        error = new PyType("StatisticsError", new PyType[] {PyExc.ValueError}, true);
        error.module = "statistics";
        error.instancesHaveDict = true;
        m.set("StatisticsError", error);
        Mod.fn(m, "mean", (a, k) -> {
            PyObject[] d = data(a[0]);
            if (d.length == 0) {
                throw err("mean requires at least one data point");
            }
            return convert(sum(d).divide(BigDecimal.valueOf(d.length), MC), allInts(d));
        });
        Mod.fn(m, "fmean", (a, k) -> {
            PyObject[] d = data(a[0]);
            if (d.length == 0) {
                throw err("fmean requires at least one data point");
            }
            return PyFloat.of(sum(d).divide(BigDecimal.valueOf(d.length), MC).doubleValue());
        });
        Mod.fn(m, "median", (a, k) -> {
            PyObject[] d = sorted(a[0]);
            int n = d.length;
            if (n == 0) {
                throw err("no median for empty data");
            }
            if (n % 2 == 1) {
                return d[n / 2];
            }
            return Ops.binaryOp(Ops.binaryOp(d[n / 2 - 1], d[n / 2], Ops.NB_ADD), PyInt.of(2), Ops.NB_TRUE_DIVIDE);
        });
        Mod.fn(m, "median_low", (a, k) -> {
            PyObject[] d = sorted(a[0]);
            if (d.length == 0) {
                throw err("no median for empty data");
            }
            return d[d.length % 2 == 1 ? d.length / 2 : d.length / 2 - 1];
        });
        Mod.fn(m, "median_high", (a, k) -> {
            PyObject[] d = sorted(a[0]);
            if (d.length == 0) {
                throw err("no median for empty data");
            }
            return d[d.length / 2];
        });
        Mod.fn(m, "mode", (a, k) -> {
            List<PyObject> modes = modes(data(a[0]));
            if (modes.isEmpty()) {
                throw err("no mode for empty data");
            }
            return modes.get(0);
        });
        Mod.fn(m, "multimode", (a, k) -> PyList.of(modes(data(a[0])).toArray(new PyObject[0])));
        Mod.fn(m, "variance", (a, k) -> variance(data(a[0]), false));
        Mod.fn(m, "pvariance", (a, k) -> variance(data(a[0]), true));
        Mod.fn(m, "stdev", (a, k) -> {
            PyObject[] d = data(a[0]);
            if (d.length < 2) {
                throw err("stdev requires at least two data points");
            }
            return sqrt(variance(d, false));
        });
        Mod.fn(m, "pstdev", (a, k) -> {
            PyObject[] d = data(a[0]);
            if (d.length < 1) {
                throw err("pstdev requires at least one data point");
            }
            return sqrt(variance(d, true));
        });
        Mod.fn(m, "geometric_mean", (a, k) -> {
            PyObject[] d = data(a[0]);
            double s = 0;
            for (PyObject o : d) {
                s += Math.log(Mod.toDouble(o));
            }
            return PyFloat.of(Math.exp(s / d.length));
        });
        Mod.fn(m, "harmonic_mean", (a, k) -> {
            PyObject[] d = data(a[0]);
            BigDecimal s = BigDecimal.ZERO;
            for (PyObject o : d) {
                BigDecimal x = exact(o);
                if (x.signum() == 0) {
                    return PyInt.ZERO;
                }
                s = s.add(BigDecimal.ONE.divide(x, MC));
            }
            return convert(BigDecimal.valueOf(d.length).divide(s, MC), false);
        });
        return m;
    }

    private static PyObject[] sorted(PyObject o) {
        PyList l = PyList.of(data(o));
        Ops.invoke(l, "sort");
        return l.toArray();
    }

    private static List<PyObject> modes(PyObject[] d) {
        dev.tiercel.runtime.object.PyDict counts = new dev.tiercel.runtime.object.PyDict();
        for (PyObject o : d) {
            PyObject c = counts.get(o);
            counts.put(o, PyInt.of(c == null ? 1 : ((PyInt) c).value + 1));
        }
        long best = 0;
        for (int p = counts.next(0); p >= 0; p = counts.next(p + 1)) {
            best = Math.max(best, ((PyInt) counts.valueAt(p)).value);
        }
        List<PyObject> out = new ArrayList<>();
        for (int p = counts.next(0); p >= 0; p = counts.next(p + 1)) {
            if (((PyInt) counts.valueAt(p)).value == best) {
                out.add(counts.keyAt(p));
            }
        }
        return out;
    }

    static BigInteger unused() {
        return BigInteger.ZERO;
    }
}
