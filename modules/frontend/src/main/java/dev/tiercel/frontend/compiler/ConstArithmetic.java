package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Operator;
import dev.tiercel.frontend.ast.UnaryOperator;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Python arithmetic on compile-time constants, with CPython's size limits on folded results; returns null when
 * the operation is not folded (it would raise, or the result would be too large).
 */
final class ConstArithmetic {
    private static final int MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096,
            MAX_TOTAL_ITEMS = 1024;

    private ConstArithmetic() {
    }

    static PyObject unary(UnaryOperator op, PyObject v) {
        if (op == UnaryOperator.NOT) {
            return Truth.of(v) ? PyBool.FALSE : PyBool.TRUE;
        }
        if (v instanceof PyInt i) {
            BigInteger b = i.toBigInteger();
            return switch (op) {
                case USUB -> PyInt.of(b.negate());
                case UADD -> PyInt.of(b);
                case INVERT -> PyInt.of(b.not());
                default -> null;
            };
        }
        if (v instanceof PyFloat f) {
            return switch (op) {
                case USUB -> PyFloat.of(-f.value);
                case UADD -> f;
                default -> null;
            };
        }
        if (v instanceof PyComplex c) {
            return switch (op) {
                case USUB -> new PyComplex(-c.real, -c.imag);
                case UADD -> c;
                default -> null;
            };
        }
        return null;
    }

    static PyObject binary(PyObject a, Operator op, PyObject b) {
        if (a instanceof PyBool x && b instanceof PyBool y
                && (op == Operator.BIT_AND || op == Operator.BIT_OR || op == Operator.BIT_XOR)) {
            PyObject r = intOp(x.toBigInteger(), op, y.toBigInteger());
            return PyBool.of(((PyInt) r).signum() != 0);
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return intOp(x.toBigInteger(), op, y.toBigInteger());
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof PyComplex || b instanceof PyComplex) {
                return complexOp(a, op, b);
            }
            return floatOp(toDouble(a), op, toDouble(b));
        }
        if (a instanceof PyStr x && b instanceof PyStr y && op == Operator.ADD) {
            String s = x.value + y.value;
            return s.codePointCount(0, s.length()) <= MAX_STR_SIZE ? PyStr.of(s) : null;
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y && op == Operator.ADD) {
            byte[] r = new byte[x.length() + y.length()];
            System.arraycopy(x.toByteArray(), 0, r, 0, x.length());
            System.arraycopy(y.toByteArray(), 0, r, x.length(), y.length());
            return r.length <= MAX_STR_SIZE ? new PyBytes(r) : null;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y && op == Operator.ADD) {
            if (x.size() + y.size() > MAX_COLLECTION_SIZE) {
                return null;
            }
            PyObject[] items = new PyObject[x.size() + y.size()];
            for (int i = 0; i < x.size(); i++) {
                items[i] = x.get(i);
            }
            for (int i = 0; i < y.size(); i++) {
                items[x.size() + i] = y.get(i);
            }
            return new PyTuple(items);
        }
        if (op == Operator.MULT) {
            if (b instanceof PyInt n && !(a instanceof PyInt)) {
                return repeat(a, n);
            }
            if (a instanceof PyInt n && !(b instanceof PyInt)) {
                return repeat(b, n);
            }
        }
        return null;
    }

    private static PyObject repeat(PyObject seq, PyInt count) {
        if (count.big != null) {
            return null;
        }
        long n = Math.max(0, count.value);
        if (seq instanceof PyStr s) {
            long len = (long) s.value.codePointCount(0, s.value.length()) * n;
            return len <= MAX_STR_SIZE ? PyStr.of(s.value.repeat((int) n)) : null;
        }
        if (seq instanceof PyBytes bs) {
            long len = (long) bs.length() * n;
            if (len > MAX_STR_SIZE) {
                return null;
            }
            byte[] r = new byte[(int) len];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bs.toByteArray(), 0, r, i * bs.length(), bs.length());
            }
            return new PyBytes(r);
        }
        if (seq instanceof PyTuple t) {
            long len = (long) t.size() * n;
            if (t.size() > 0 && (len > MAX_COLLECTION_SIZE || len > MAX_TOTAL_ITEMS)) {
                return null;
            }
            PyObject[] items = new PyObject[(int) len];
            for (int i = 0; i < len; i++) {
                items[i] = t.get(i % t.size());
            }
            return new PyTuple(items);
        }
        return null;
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        PyInt i = (PyInt) o;
        return i.big != null ? i.big.doubleValue() : (double) i.value;
    }

    private static PyObject intOp(BigInteger x, Operator op, BigInteger y) {
        switch (op) {
            case ADD:
                return PyInt.of(x.add(y));
            case SUB:
                return PyInt.of(x.subtract(y));
            case MULT:
                if (x.signum() != 0 && y.signum() != 0 && x.bitLength() + y.bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(x.multiply(y));
            case FLOOR_DIV:
                if (y.signum() == 0) {
                    return null;
                }
                return PyInt.of(floorDiv(x, y));
            case MOD:
                if (y.signum() == 0) {
                    return null;
                }
                return PyInt.of(x.subtract(floorDiv(x, y).multiply(y)));
            case POW:
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        return null;
                    }
                    double base = x.doubleValue();
                    return Double.isInfinite(base) ? null // too large for a float: OverflowError at run time
                            : PyFloat.of(Math.pow(base, y.doubleValue()));
                }
                if (x.signum() != 0 && y.bitLength() > 31) {
                    return null;
                }
                if (x.bitLength() > 1 && (long) x.bitLength() * y.longValue() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(x.pow(y.intValueExact()));
            case LSHIFT:
                if (y.signum() < 0) {
                    return null;
                }
                if (x.signum() == 0) {
                    return PyInt.of(0);
                }
                if (y.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0
                        || x.bitLength() + y.intValue() > MAX_INT_SIZE) {
                    return null;
                }
                return PyInt.of(x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    return null;
                }
                return PyInt.of(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            case BIT_AND:
                return PyInt.of(x.and(y));
            case BIT_OR:
                return PyInt.of(x.or(y));
            case BIT_XOR:
                return PyInt.of(x.xor(y));
            case DIV:
                if (y.signum() == 0) {
                    return null;
                }
                return PyFloat.of(trueDivide(x, y));
            default:
                return null;
        }
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() < 53 && y.bitLength() < 53) {
            return x.doubleValue() / y.doubleValue();
        }
        return new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
    }

    private static PyObject floatOp(double x, Operator op, double y) {
        switch (op) {
            case ADD:
                return PyFloat.of(x + y);
            case SUB:
                return PyFloat.of(x - y);
            case MULT:
                return PyFloat.of(x * y);
            case DIV:
                return y == 0.0 ? null : PyFloat.of(x / y);
            case FLOOR_DIV: {
                if (y == 0.0) {
                    return null;
                }
                return PyFloat.of(floatDivmod(x, y)[0]);
            }
            case MOD: {
                if (y == 0.0) {
                    return null;
                }
                return PyFloat.of(floatDivmod(x, y)[1]);
            }
            case POW: {
                if (x == 0.0 && y < 0) {
                    return null;
                }
                if (x < 0 && y != Math.rint(y) || Math.abs(x) == 1.0 && !Double.isFinite(y)) {
                    return null; // complex result; 1.0 ** inf, where Java's pow and Python's differ
                }
                double r = Math.pow(x, y);
                return Double.isInfinite(r) && !Double.isInfinite(x) ? null : PyFloat.of(r);
            }
            default:
                return null;
        }
    }

    /** Python's float divmod. */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static PyObject complexOp(PyObject a, Operator op, PyObject b) {
        double ar, ai, br, bi;
        if (a instanceof PyComplex c) {
            ar = c.real;
            ai = c.imag;
        } else {
            ar = toDouble(a);
            ai = 0.0;
        }
        if (b instanceof PyComplex c) {
            br = c.real;
            bi = c.imag;
        } else {
            br = toDouble(b);
            bi = 0.0;
        }
        return switch (op) {
            case ADD -> new PyComplex(ar + br, ai + bi);
            case SUB -> new PyComplex(ar - br, ai - bi);
            case MULT -> new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            default -> null;
        };
    }

    static PyObject subscript(PyObject value, PyObject index) {
        if (!(index instanceof PyInt i) || i.big != null || index instanceof PyBool) {
            return null;
        }
        long k = i.value;
        if (value instanceof PyStr s) {
            int n = s.value.codePointCount(0, s.value.length());
            if (k < 0) {
                k += n;
            }
            if (k < 0 || k >= n) {
                return null;
            }
            int off = s.value.offsetByCodePoints(0, (int) k);
            return PyStr.of(new String(Character.toChars(s.value.codePointAt(off))));
        }
        if (value instanceof PyTuple t) {
            if (k < 0) {
                k += t.size();
            }
            return k < 0 || k >= t.size() ? null : t.get((int) k);
        }
        if (value instanceof PyBytes b) {
            if (k < 0) {
                k += b.length();
            }
            return k < 0 || k >= b.length() ? null : PyInt.of(b.byteAt((int) k));
        }
        return null;
    }
}
