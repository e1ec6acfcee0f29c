package dev.tiercel.stdlib.accel.json;

import dev.tiercel.runtime.object.PyStr;

/** A str indexed by code point: the Java string itself when it is all BMP, else its code points. */
final class Text {
    final String value;
    private final int[] codePoints;
    final int length;

    Text(PyStr s) {
        this.value = s.value;
        this.codePoints = s.isBmp() ? null : s.value.codePoints().toArray();
        this.length = codePoints == null ? value.length() : codePoints.length;
    }

    int at(int i) {
        return codePoints == null ? value.charAt(i) : codePoints[i];
    }

    String slice(int from, int to) {
        return codePoints == null ? value.substring(from, to) : new String(codePoints, from, to - from);
    }

    /** Appends the characters {@code [from, to)}. */
    void appendTo(StringBuilder sb, int from, int to) {
        if (codePoints == null) {
            sb.append(value, from, to);
        } else {
            for (int i = from; i < to; i++) {
                sb.appendCodePoint(codePoints[i]);
            }
        }
    }
}
