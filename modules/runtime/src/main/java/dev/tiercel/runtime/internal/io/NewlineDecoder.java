package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;

/**
 * The text decoder of a file with universal newlines (newline=None or ''): a '\r' at the end of a chunk waits for
 * the next one (it may start a '\r\n'), the kinds of line ends seen are recorded for {@code newlines}, and with
 * newline=None every line end becomes '\n'. With another newline it only passes through to the codec's decoder.
 */
final class NewlineDecoder {
    private static final int LF = 1, CR = 2, CRLF = 4;

    final TextDecoder decoder;
    private final boolean universal;
    private final boolean translate;
    private boolean pendingCR;
    private int seen;

    NewlineDecoder(TextDecoder decoder, boolean universal, boolean translate) {
        this.decoder = decoder;
        this.universal = universal;
        this.translate = translate;
    }

    String decode(byte[] b, int off, int len, boolean fin) {
        String s = decoder.decode(b, off, len, fin);
        if (!universal) {
            return s;
        }
        if (pendingCR && (!s.isEmpty() || fin)) {
            s = "\r" + s;
            pendingCR = false;
        }
        if (!fin && s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
            pendingCR = true;
        }
        if (s.indexOf('\r') < 0) {
            if (s.indexOf('\n') >= 0) {
                seen |= LF;
            }
            return s;
        }
        record(s);
        return translate ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    private void record(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= LF;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
            }
        }
    }

    /** The state's flags as CPython's IncrementalNewlineDecoder packs them: the codec's flags, then the pending '\r'. */
    int flags() {
        return universal ? decoder.flags() << 1 | (pendingCR ? 1 : 0) : decoder.flags();
    }

    /** Whether the state holds nothing but flags (no bytes of an unfinished character). */
    boolean clean() {
        return decoder.pending().length == 0;
    }

    byte[] pending() {
        return decoder.pending();
    }

    void setState(byte[] pendingBytes, int flags) {
        if (universal) {
            pendingCR = (flags & 1) != 0;
            decoder.setState(pendingBytes, flags >> 1);
        } else {
            decoder.setState(pendingBytes, flags);
        }
    }

    void reset() {
        pendingCR = false;
        decoder.reset();
    }

    /** The {@code newlines} attribute: the kinds of line end read so far. */
    PyObject newlines() {
        return switch (seen) {
            case LF -> PyStr.of("\n");
            case CR -> PyStr.of("\r");
            case CRLF -> PyStr.of("\r\n");
            case LF | CR -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case LF | CRLF -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            case CR | CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case LF | CR | CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
            default -> dev.tiercel.runtime.object.PyNone.INSTANCE;
        };
    }
}
