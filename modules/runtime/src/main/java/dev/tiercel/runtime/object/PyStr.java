package dev.tiercel.runtime.object;

/**
 * Python's {@code str}. Held as a Java string; indexing and length are by code point, so characters outside the
 * BMP (surrogate pairs in Java) count as one character each, as in Python.
 */
public class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    public final String value;
    /** Length in code points, or -1 until computed. */
    private int cpLength = -1;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    /** The one-character string for code point {@code cp}. */
    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    /** Length in code points. */
    public int length() {
        if (cpLength < 0) {
            cpLength = value.codePointCount(0, value.length());
        }
        return cpLength;
    }

    /** Whether every character is in the BMP, so char indices are code-point indices. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at code-point index {@code i}. */
    public int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The substring between code-point indices. */
    public String substring(int from, int to) {
        if (isBmp()) {
            return value.substring(from, to);
        }
        int a = value.offsetByCodePoints(0, from);
        int b = value.offsetByCodePoints(a, to - from);
        return value.substring(a, b);
    }

    /**
     * Not cached in a field of its own: the JVM caches {@code value}'s hashCode, from which this takes a multiply
     * and a shift, and a cache would make every str 8 bytes larger (32 bytes instead of 24; a program that keeps
     * millions of short strs alive copies those bytes in every young collection).
     */
    public long hash() {
        return hashOf(value);
    }

    /** The hash a str with this value has, without making one. */
    public static long hashOf(String s) {
        // Derived from String.hashCode(), which the JVM caches per string: name lookups stay cheap.
        long h = (s.hashCode() + 0x51ED27L) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        return h == -1 ? -2 : h;
    }

    @Override
    public PyType type() {
        return PyTypes.STR;
    }

    @Override
    public String toString() {
        return value;
    }
}
