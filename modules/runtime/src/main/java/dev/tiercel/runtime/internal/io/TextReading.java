package dev.tiercel.runtime.internal.io;

/**
 * The read side of a TextIOWrapper: chunks of bytes from the binary stream become decoded characters, from which
 * read() and readline() take. The snapshot (decoder flags and bytes fed since) lets tell() find the byte position.
 */
final class TextReading {
    static final int CHUNK = 8192;

    private final ByteStream in;
    final NewlineDecoder decoder;
    /** newline='\n', '\r' or '\r\n' (lines end only there); null in the universal modes. */
    private final String readnl;
    private final boolean translate;
    String decoded = "";
    /** The Java char index of the next character of {@code decoded}. */
    int decodedPos;
    /** The decoder flags before the last chunk and that chunk's bytes (with those pending before it); null when unknown. */
    int snapshotFlags;
    byte[] snapshotInput;
    /** Where the last tell() found a clean point in the snapshot (tell() resumes from it). */
    TextPosition.SafePoint safePoint;

    TextReading(ByteStream in, NewlineDecoder decoder, String newline) {
        this.in = in;
        this.decoder = decoder;
        this.translate = newline == null;
        this.readnl = newline == null || newline.isEmpty() ? null : newline;
    }

    /** Reads and decodes one chunk; false at end of file. */
    boolean readChunk() {
        int flags = decoder.flags();
        byte[] before = decoder.pending();
        byte[] input = in.read1(CHUNK);
        boolean eof = input.length == 0;
        decoded = decoder.decode(input, 0, input.length, eof);
        decodedPos = 0;
        snapshotFlags = flags;
        snapshotInput = concat(before, input);
        return !eof;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Forgets the decoded characters and the snapshot (after a write, a seek, or reading to the end). */
    void clear() {
        decoded = "";
        decodedPos = 0;
        snapshotInput = null;
    }

    /** read(): everything left. */
    String readAll() {
        String rest = decoded.substring(decodedPos);
        byte[] all = in.readAll();
        String tail = decoder.decode(all, 0, all.length, true);
        clear();
        return rest.isEmpty() ? tail : rest + tail;
    }

    /** read(n): n characters (code points) or fewer at the end. */
    String read(long n) {
        StringBuilder out = new StringBuilder();
        long want = n;
        while (want > 0) {
            if (decodedPos >= decoded.length() && !readChunk() && decoded.isEmpty()) {
                break;
            }
            int end = advance(decoded, decodedPos, want);
            want -= decoded.codePointCount(decodedPos, end);
            out.append(decoded, decodedPos, end);
            decodedPos = end;
        }
        return out.toString();
    }

    /** The index after at most {@code n} code points of {@code s} from {@code from}. */
    private static int advance(String s, int from, long n) {
        int room = s.length() - from;
        if (n >= room) {
            return s.length();
        }
        int end = from + (int) n;
        int cps = s.codePointCount(from, end);
        while (cps < n && end < s.length()) {
            end += Character.charCount(s.codePointAt(end));
            cps++;
        }
        return end;
    }

    /** readline(limit): one line with its ending, at most {@code limit} code points when limit >= 0. */
    String readline(long limit) {
        if (decodedPos < decoded.length()) {
            int end = lineEnd(decoded, decodedPos);
            if (end > 0 && (limit < 0 || decoded.codePointCount(decodedPos, end) <= limit)) {
                String line = decoded.substring(decodedPos, end);
                decodedPos = end;
                return line;
            }
        }
        return readlineSlow(limit);
    }

    private String readlineSlow(long limit) {
        StringBuilder line = new StringBuilder(decoded.substring(decodedPos));
        decodedPos = decoded.length();
        int start = 0;
        int endpos;
        while (true) {
            int end = lineEnd(line, start);
            if (end > 0) {
                endpos = end;
                break;
            }
            start = Math.max(0, line.length() - 1); // a '\r' at the end may begin a '\r\n'
            if (limit >= 0 && line.codePointCount(0, line.length()) >= limit) {
                endpos = line.length();
                break;
            }
            boolean more;
            do {
                more = readChunk();
            } while (more && decoded.isEmpty());
            if (decoded.isEmpty()) {
                clear();
                return cut(line, line.length(), limit);
            }
            line.append(decoded);
            decodedPos = decoded.length();
        }
        String r = cut(line, endpos, limit);
        decodedPos = decoded.length() - (line.length() - r.length());
        return r;
    }

    /** The first {@code endpos} chars of the line, shortened to {@code limit} code points. */
    private static String cut(CharSequence line, int endpos, long limit) {
        String s = line.subSequence(0, endpos).toString();
        if (limit >= 0 && s.codePointCount(0, s.length()) > limit) {
            s = s.substring(0, s.offsetByCodePoints(0, (int) limit));
        }
        return s;
    }

    /** The index after the first line end at or after {@code from}, or -1 when there is none yet. */
    private int lineEnd(CharSequence s, int from) {
        if (translate) {
            int nl = indexOf(s, '\n', from);
            return nl < 0 ? -1 : nl + 1;
        }
        if (readnl != null) {
            int at = indexOf(s, readnl, from);
            return at < 0 ? -1 : at + readnl.length();
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                if (i + 1 < s.length()) {
                    return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
                // a '\r' last: the universal decoder held back any '\r' that could begin a '\r\n', so this ends a line
                return i + 1;
            }
        }
        return -1;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String str) {
            return str.indexOf(c, from);
        }
        return ((StringBuilder) s).indexOf(String.valueOf(c), from);
    }

    private static int indexOf(CharSequence s, String t, int from) {
        if (s instanceof String str) {
            return str.indexOf(t, from);
        }
        return ((StringBuilder) s).indexOf(t, from);
    }
}
