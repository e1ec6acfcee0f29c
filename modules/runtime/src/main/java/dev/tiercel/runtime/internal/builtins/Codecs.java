package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * str.encode and bytes.decode for the codecs programs use most (utf-8, ascii, latin-1, utf-16/32 variants), with
 * the strict, ignore, replace, backslashreplace and xmlcharrefreplace error handlers and CPython's UnicodeError
 * messages.
 */
public final class Codecs {
    private Codecs() {}

    /** CPython's normalized codec name, as messages show it. */
    public static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').strip();
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf-8-sig", "utf8-sig" -> "utf-8-sig";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin" -> "latin-1";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            default -> throw PyErr.of(PyExc.LookupError, "unknown encoding: " + encoding);
        };
    }

    /** The highest code point the single-byte codecs take; -1 for the Unicode ones. */
    private static int limit(String codec) {
        return codec.equals("ascii") ? 128 : codec.equals("latin-1") ? 256 : -1;
    }

    public static PyBytes encode(String s, String encoding, String errors) {
        String codec = normalize(encoding);
        int limit = limit(codec);
        if (limit < 0) {
            return new PyBytes(encodeUnicode(s, codec, errors));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp < limit) {
                out.write(cp);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && cps[end] >= limit) {
                end++;
            }
            if (errors.equals("surrogateescape") && cp >= 0xDC80 && cp <= 0xDCFF) {
                out.write(cp - 0xDC00);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
                case "backslashreplace" -> out.writeBytes(escape(cp).getBytes(StandardCharsets.US_ASCII));
                default -> throw encodeError(codec, s, i, end, "ordinal not in range(" + limit + ")");
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static byte[] encodeUnicode(String s, String codec, String errors) {
        if (codec.startsWith("utf-8")) {
            byte[] body = encodeUtf8(s, codec, errors);
            return codec.equals("utf-8-sig") ? concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, body) : body;
        }
        StringBuilder clean = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> clean.append('?');
                    case "backslashreplace" -> clean.append(escape(cp));
                    case "surrogatepass" -> clean.appendCodePoint(cp);
                    default -> throw encodeError(codec, s, i, i + 1, "surrogates not allowed");
                }
            } else {
                clean.appendCodePoint(cp);
            }
        }
        String t = clean.toString();
        return switch (codec) {
            case "utf-16" -> concat(new byte[] {(byte) 0xff, (byte) 0xfe}, t.getBytes(StandardCharsets.UTF_16LE));
            case "utf-16-le" -> t.getBytes(StandardCharsets.UTF_16LE);
            case "utf-16-be" -> t.getBytes(StandardCharsets.UTF_16BE);
            case "utf-32" -> concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, utf32(t, true));
            case "utf-32-le" -> utf32(t, true);
            case "utf-32-be" -> utf32(t, false);
            default -> t.getBytes(StandardCharsets.UTF_8);
        };
    }

    /** UTF-8 with the error handlers for lone surrogates (surrogateescape turns U+DC80..U+DCFF back into bytes). */
    private static byte[] encodeUtf8(String s, String codec, String errors) {
        if (!hasSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp < 0xD800 || cp > 0xDFFF) {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "backslashreplace" -> out.writeBytes(escape(cp).getBytes(StandardCharsets.US_ASCII));
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
                case "surrogatepass" -> {
                    out.write(0xe0 | (cp >> 12));
                    out.write(0x80 | ((cp >> 6) & 0x3f));
                    out.write(0x80 | (cp & 0x3f));
                }
                case "surrogateescape" -> {
                    if (cp < 0xDC80 || cp > 0xDCFF) {
                        throw encodeError(codec, s, i, i + 1, "surrogates not allowed");
                    }
                    out.write(cp - 0xDC00);
                }
                default -> throw encodeError(codec, s, i, i + 1, "surrogates not allowed");
            }
        }
        return out.toByteArray();
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] utf32(String s, boolean little) {
        int[] cps = s.codePoints().toArray();
        byte[] out = new byte[cps.length * 4];
        for (int i = 0; i < cps.length; i++) {
            for (int b = 0; b < 4; b++) {
                int shift = little ? 8 * b : 8 * (3 - b);
                out[4 * i + b] = (byte) (cps[i] >> shift);
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    public static PyStr decode(byte[] b, String encoding, String errors) {
        String codec = normalize(encoding);
        int limit = limit(codec);
        if (limit == 256) {
            return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
        }
        if (limit == 128) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < b.length; i++) {
                int v = b[i] & 0xff;
                if (v < 128) {
                    sb.append((char) v);
                } else {
                    decodeFailure(sb, b, i, i + 1, codec, errors, "ordinal not in range(128)");
                }
            }
            return PyStr.of(sb.toString());
        }
        if (codec.equals("utf-8")) {
            return PyStr.of(decodeUtf8(b, errors));
        }
        if (codec.equals("utf-8-sig")) {
            boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
            return PyStr.of(decodeUtf8(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, errors));
        }
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            // a byte-order mark picks the order and is dropped; without one the order is little-endian (x86's)
            int unit = codec.equals("utf-16") ? 2 : 4;
            boolean be = b.length >= unit && (unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                    : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff);
            boolean le = b.length >= unit && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                    && (unit == 2 || b[2] == 0 && b[3] == 0);
            byte[] body = be || le ? java.util.Arrays.copyOfRange(b, unit, b.length) : b;
            return decode(body, codec + (be ? "-be" : "-le"), errors);
        }
        java.nio.charset.Charset cs = switch (codec) {
            case "utf-16-le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be" -> StandardCharsets.UTF_16BE;
            default -> java.nio.charset.Charset.forName(codec.toUpperCase().replace("-LE", "LE").replace("-BE", "BE"));
        };
        return PyStr.of(new String(b, cs));
    }

    private static void decodeFailure(StringBuilder sb, byte[] b, int start, int end, String codec, String errors,
            String reason) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    sb.append((char) (0xDC00 + (b[i] & 0xff)));
                }
            }
            default -> throw decodeError(codec, b, start, end, reason);
        }
    }

    /** A strict UTF-8 decoder reporting CPython's reasons (invalid start byte, invalid continuation byte, ...). */
    private static String decodeUtf8(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                decodeFailure(sb, b, i, i + 1, "utf-8", errors, "invalid start byte");
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int j = 1;
            boolean bad = false;
            for (; j <= need; j++) {
                if (i + j >= b.length) {
                    decodeFailure(sb, b, i, b.length, "utf-8", errors, "unexpected end of data");
                    return sb.toString();
                }
                int cc = b[i + j] & 0xff;
                boolean ok = (cc & 0xc0) == 0x80;
                if (j == 1 && ok) {
                    ok = !(c == 0xe0 && cc < 0xa0) && !(c == 0xed && cc > 0x9f) && !(c == 0xf0 && cc < 0x90)
                            && !(c == 0xf4 && cc > 0x8f);
                }
                if (!ok) {
                    decodeFailure(sb, b, i, i + j, "utf-8", errors, "invalid continuation byte");
                    i += j;
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (bad) {
                continue;
            }
            if (cp < min) {
                decodeFailure(sb, b, i, i + 1, "utf-8", errors, "invalid start byte");
                i++;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    static dev.tiercel.runtime.object.PyException encodeError(String codec, String s, int start, int end,
            String reason) {
        return new PyBaseException(PyExc.UnicodeEncodeError, PyTuple.of(PyStr.of(codec), PyStr.of(s),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason))).toJava();
    }

    static dev.tiercel.runtime.object.PyException decodeError(String codec, byte[] b, int start, int end,
            String reason) {
        return new PyBaseException(PyExc.UnicodeDecodeError, PyTuple.of(PyStr.of(codec), new PyBytes(b),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason))).toJava();
    }

    /** str() of UnicodeEncodeError/UnicodeDecodeError built from their five arguments, as CPython words it. */
    static String message(PyBaseException e) {
        PyTuple a = e.args;
        if (a.size() != 5 || !(a.get(2) instanceof PyInt st) || !(a.get(3) instanceof PyInt en)) {
            return e.message();
        }
        String codec = Ops.str(a.get(0));
        String reason = Ops.str(a.get(4));
        long start = st.value, end = en.value;
        if (e.isInstance(PyExc.UnicodeEncodeError) && a.get(1) instanceof PyStr obj) {
            if (end == start + 1) {
                int cp = obj.codePointAt((int) start);
                String ch = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp);
                return "'" + codec + "' codec can't encode character '" + ch + "' in position " + start + ": "
                        + reason;
            }
            return "'" + codec + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                    + reason;
        }
        if (a.get(1) instanceof PyBytes obj) {
            if (end == start + 1) {
                return "'" + codec + "' codec can't decode byte 0x" + String.format("%02x",
                        obj.toByteArray()[(int) start] & 0xff) + " in position " + start + ": " + reason;
            }
            return "'" + codec + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return e.message();
    }
}
