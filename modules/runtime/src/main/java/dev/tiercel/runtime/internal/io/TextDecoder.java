package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.internal.builtins.Codecs;
import java.util.Arrays;

/**
 * An incremental decoder over the runtime's codecs: the bytes of a character split between two reads wait in
 * {@code pending} until the rest arrives. utf-16/utf-32/utf-8-sig read their byte-order mark once, at the start.
 * Its state, (pending bytes, flags), is what a text file's tell() cookie records.
 */
final class TextDecoder {
    private static final byte[] NONE = new byte[0];

    private final String codec;
    private final String errors;
    private byte[] pending = NONE;
    /** For codecs with a byte-order mark: 0 before it is read, 1 little-endian (or mark skipped), 2 big-endian. */
    private int order;

    TextDecoder(String codec, String errors) {
        this.codec = codec;
        this.errors = errors;
    }

    String decode(byte[] b, int off, int len, boolean fin) {
        byte[] data = join(pending, b, off, len);
        int start = 0;
        if (order == 0 && hasMark()) {
            int mark = readMark(data, fin);
            if (mark < 0) {
                pending = data; // too few bytes yet to tell whether a mark is there
                return "";
            }
            start = mark;
        }
        int tail = fin ? 0 : incompleteTail(data, start);
        pending = tail == 0 ? NONE : Arrays.copyOfRange(data, data.length - tail, data.length);
        int end = data.length - tail;
        if (end == start) {
            return "";
        }
        byte[] body = start == 0 && end == data.length ? data : Arrays.copyOfRange(data, start, end);
        return Codecs.decode(body, effectiveCodec(), errors).value;
    }

    private boolean hasMark() {
        return codec.equals("utf-16") || codec.equals("utf-32") || codec.equals("utf-8-sig");
    }

    /** Reads the byte-order mark; its length (0 when absent), or -1 when more bytes are needed to tell. */
    private int readMark(byte[] d, boolean fin) {
        byte[][] marks = codec.equals("utf-8-sig") ? new byte[][] {{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}}
                : codec.equals("utf-16") ? new byte[][] {{(byte) 0xff, (byte) 0xfe}, {(byte) 0xfe, (byte) 0xff}}
                : new byte[][] {{(byte) 0xff, (byte) 0xfe, 0, 0}, {0, 0, (byte) 0xfe, (byte) 0xff}};
        for (int m = 0; m < marks.length; m++) {
            byte[] mark = marks[m];
            int n = Math.min(mark.length, d.length);
            if (Arrays.equals(d, 0, n, mark, 0, n)) {
                if (n < mark.length && !fin) {
                    return -1;
                }
                if (n == mark.length) {
                    order = m + 1;
                    return mark.length;
                }
            }
        }
        if (d.length == 0 && !fin) {
            return -1;
        }
        order = 1;
        return 0;
    }

    /** The codec the bytes after the mark are decoded with. */
    private String effectiveCodec() {
        return switch (codec) {
            case "utf-16" -> order == 2 ? "utf-16-be" : "utf-16-le";
            case "utf-32" -> order == 2 ? "utf-32-be" : "utf-32-le";
            case "utf-8-sig" -> "utf-8";
            default -> codec;
        };
    }

    /** How many bytes at the end start a character whose rest has not arrived. */
    private int incompleteTail(byte[] d, int start) {
        String c = effectiveCodec();
        int n = d.length - start;
        if (c.startsWith("utf-16")) {
            int tail = n % 2;
            int last = d.length - tail - 2;
            if (last >= start) {
                int unit = c.endsWith("be") ? (d[last] & 0xff) << 8 | d[last + 1] & 0xff
                        : (d[last + 1] & 0xff) << 8 | d[last] & 0xff;
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    tail += 2; // a high surrogate waits for its low half
                }
            }
            return tail;
        }
        if (c.startsWith("utf-32")) {
            return n % 4;
        }
        return c.equals("utf-8") ? utf8Tail(d, start) : 0;
    }

    /** The start of an unfinished UTF-8 sequence at the end: a lead byte followed by fewer continuations than it needs. */
    static int utf8Tail(byte[] d, int start) {
        for (int back = 1; back <= 3 && d.length - back >= start; back++) {
            int b = d[d.length - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue; // a continuation byte: look further back for the lead
            }
            int need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
            if (need < back || !validSecond(b, d, d.length - back + 1)) {
                return 0;
            }
            return back;
        }
        return 0;
    }

    /** Whether the byte after a lead (if it has arrived) is in the range that lead allows. */
    private static boolean validSecond(int lead, byte[] d, int i) {
        if (i >= d.length) {
            return true;
        }
        int c = d[i] & 0xff;
        return !(lead == 0xe0 && c < 0xa0) && !(lead == 0xed && c > 0x9f) && !(lead == 0xf0 && c < 0x90)
                && !(lead == 0xf4 && c > 0x8f);
    }

    private static byte[] join(byte[] a, byte[] b, int off, int len) {
        if (a.length == 0) {
            return off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
        }
        byte[] r = Arrays.copyOf(a, a.length + len);
        System.arraycopy(b, off, r, a.length, len);
        return r;
    }

    byte[] pending() {
        return pending;
    }

    /** The decoder's flags for a tell() cookie: the byte order once read (0 before). */
    int flags() {
        return order;
    }

    void setState(byte[] pendingBytes, int flags) {
        pending = pendingBytes;
        order = flags;
    }

    void reset() {
        pending = NONE;
        order = 0;
    }
}
