package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyTypes;
import java.math.BigInteger;

/** int.to_bytes/from_bytes/as_integer_ratio, float.hex/fromhex: byte and hex conversions of numbers. */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        Reg.method(PyTypes.INT, "as_integer_ratio", 0, 0, (a, k) -> PyTuple.of(Ops.positive(a[0]) instanceof PyBool b
                ? PyInt.of(b.value) : a[0], PyInt.ONE));
        Reg.methodKw(PyTypes.INT, "to_bytes", NumberMethods::toBytes);
        PyTypes.INT.dict.put("from_bytes", new PyDescriptors.ClassMethod(
                new PyBuiltinFunction("from_bytes", NumberMethods::fromBytes, false, "int")));
        Reg.method(PyTypes.FLOAT, "hex", 0, 0, (a, k) -> PyStr.of(hex(((PyFloat) a[0]).value)));
        PyTypes.FLOAT.dict.put("fromhex", new PyDescriptors.ClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            Args.check("fromhex", a, k, 2, 2);
            return PyFloat.of(fromHex(Ops.asString(a[1], "fromhex() argument")));
        }, false, "float")));
    }

    private static boolean littleEndian(PyObject order) {
        String s = order == null ? "big" : Ops.asString(order, "to_bytes() argument 'byteorder'");
        if (!s.equals("big") && !s.equals("little")) {
            throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        }
        return s.equals("little");
    }

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    private static PyObject toBytes(PyObject[] a, String[] k) {
        Args.allowKw("to_bytes", k, "length", "byteorder", "signed");
        int n = Args.npos(a, k);
        PyObject lenArg = n > 1 ? a[1] : Args.kw(a, k, "length");
        long len = lenArg == null ? 1 : Ops.index(lenArg);
        if (len < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian(n > 2 ? a[2] : Args.kw(a, k, "byteorder"));
        PyObject signedArg = Args.kw(a, k, "signed");
        boolean signed = signedArg != null && Ops.isTrue(signedArg);
        BigInteger v = ((PyInt) a[0]).toBigInteger();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > len * 8 && !(v.signum() == 0)) {
            throw PyErr.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) len];
        for (int i = 0; i < len; i++) {
            out[(int) len - 1 - i] = v.shiftRight(8 * i).byteValue();
        }
        if (little) {
            reverse(out);
        }
        return new PyBytes(out);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}. */
    private static PyObject fromBytes(PyObject[] a, String[] k) {
        Args.allowKw("from_bytes", k, "bytes", "byteorder", "signed");
        int n = Args.npos(a, k);
        PyObject src = n > 1 ? a[1] : Args.kw(a, k, "bytes");
        boolean little = littleEndian(n > 2 ? a[2] : Args.kw(a, k, "byteorder"));
        PyObject signedArg = Args.kw(a, k, "signed");
        boolean signed = signedArg != null && Ops.isTrue(signedArg);
        PyObject[] items = Ops.toArray(src);
        byte[] b = new byte[items.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Ops.index(items[i]);
        }
        if (little) {
            reverse(b);
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        return PyInt.of(v);
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    /** {@code float.hex()}: {@code [-]0x1.<13 hex digits>p<exp>}, subnormals as {@code 0x0.<digits>p-1022}. */
    static String hex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1.0, v) < 0 ? "-" : "";
        if (v == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(Math.abs(v));
        int exp = (int) (bits >>> 52);
        long mant = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", mant);
        if (exp == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}. */
    static double fromHex(String text) {
        String s = text.strip().toLowerCase();
        boolean neg = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        switch (s) {
            case "inf", "infinity" -> {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        int p = s.indexOf('p');
        String mant = p < 0 ? s : s.substring(0, p);
        long exp = 0;
        try {
            if (p >= 0) {
                exp = Long.parseLong(s.substring(p + 1).replace("+", ""));
            }
            int dot = mant.indexOf('.');
            String whole = dot < 0 ? mant : mant.substring(0, dot);
            String frac = dot < 0 ? "" : mant.substring(dot + 1);
            if ((whole + frac).isEmpty()) {
                throw new NumberFormatException();
            }
            BigInteger m = new BigInteger(whole + frac + "", 16);
            java.math.BigDecimal d = new java.math.BigDecimal(m);
            long e2 = exp - 4L * frac.length();
            d = e2 >= 0 ? d.multiply(new java.math.BigDecimal(BigInteger.TWO.pow((int) e2)))
                    : d.divide(new java.math.BigDecimal(BigInteger.TWO.pow((int) -e2)));
            double r = d.doubleValue();
            if (Double.isInfinite(r)) {
                throw PyErr.overflow("hexadecimal value too large to represent as a float");
            }
            return neg ? -r : r;
        } catch (NumberFormatException | ArithmeticException e) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
    }
}
