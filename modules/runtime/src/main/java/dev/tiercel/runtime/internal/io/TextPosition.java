package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import java.math.BigInteger;

/**
 * tell() and seek() of a TextIOWrapper, with CPython's opaque cookie: the byte position of a point where the
 * decoder holds no partial character, packed with the decoder flags there, how many bytes to feed from it and how
 * many characters to skip after (each field 64 bits wide, in that order). When the position is such a clean point,
 * the cookie is just the byte offset.
 */
final class TextPosition {
    private TextPosition() {}

    record Cookie(long start, int flags, int bytesToFeed, boolean needEof, int charsToSkip) {
        BigInteger pack() {
            BigInteger c = BigInteger.valueOf(charsToSkip).shiftLeft(256)
                    .or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(192))
                    .or(BigInteger.valueOf(bytesToFeed).shiftLeft(128))
                    .or(BigInteger.valueOf(flags).shiftLeft(64));
            return c.or(BigInteger.valueOf(start));
        }

        static Cookie unpack(BigInteger c) {
            BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
            return new Cookie(c.and(mask).longValue(), c.shiftRight(64).and(mask).intValue(),
                    c.shiftRight(128).and(mask).intValue(), c.shiftRight(192).and(mask).signum() != 0,
                    c.shiftRight(256).and(mask).intValue());
        }
    }

    /** The cookie for the reader's position, the byte stream being at {@code position} (after the last chunk). */
    static Cookie tell(TextReading r, long position) {
        if (r.snapshotInput == null) {
            return new Cookie(position, 0, 0, false, 0);
        }
        byte[] input = r.snapshotInput;
        long start = position - input.length;
        int skip = r.decoded.codePointCount(0, r.decodedPos);
        if (skip == 0) {
            return new Cookie(start, r.snapshotFlags, 0, false, 0);
        }
        NewlineDecoder d = r.decoder;
        byte[] savedPending = d.pending();
        int savedFlags = d.flags();
        try {
            SafePoint from = r.safePoint != null && r.safePoint.input() == input && r.safePoint.chars() <= skip
                    ? r.safePoint : new SafePoint(input, 0, start, r.snapshotFlags, 0);
            return search(r, d, from, skip);
        } finally {
            d.setState(savedPending, savedFlags);
        }
    }

    /**
     * Feeds the chunk to a decoder one byte at a time from the snapshot, moving the start to each point where the
     * decoder is clean and has produced no more characters than were consumed.
     */
    private static Cookie search(TextReading r, NewlineDecoder d, SafePoint from, int total) {
        byte[] input = from.input();
        d.setState(new byte[0], from.flags());
        long start = from.start();
        int startFlags = from.flags();
        int skip = total - from.chars();
        int fed = 0;
        int chars = 0;
        for (int i = from.index(); i < input.length; i++) {
            fed++;
            String s = d.decode(input, i, 1, false);
            chars += s.codePointCount(0, s.length());
            if (d.clean() && chars <= skip) {
                start += fed;
                skip -= chars;
                startFlags = d.flags();
                fed = 0;
                chars = 0;
                // tell() after each readline() resumes here instead of re-reading the chunk from its start
                r.safePoint = new SafePoint(input, i + 1, start, startFlags, total - skip);
            }
            if (chars >= skip) {
                return new Cookie(start, startFlags, fed, false, skip);
            }
        }
        String s = d.decode(new byte[0], 0, 0, true);
        chars += s.codePointCount(0, s.length());
        if (chars < skip) {
            throw PyErr.of(PyExc.OSError, "can't reconstruct logical file position");
        }
        return new Cookie(start, startFlags, fed, true, skip);
    }

    /** A point of the snapshot's bytes where the decoder was clean: index, byte position, flags, chars before it. */
    record SafePoint(byte[] input, int index, long start, int flags, int chars) {}

    /** Moves the reader to a cookie tell() gave: the byte stream is already at {@code c.start()}. */
    static void restore(TextReading r, ByteStream in, Cookie c, boolean toStart) {
        r.clear();
        if (toStart) {
            r.decoder.reset();
            return;
        }
        r.decoder.setState(new byte[0], c.flags());
        r.snapshotFlags = c.flags();
        r.snapshotInput = new byte[0];
        if (c.charsToSkip() > 0) {
            byte[] input = readExactly(in, c.bytesToFeed());
            r.decoded = r.decoder.decode(input, 0, input.length, c.needEof());
            r.snapshotInput = input;
            if (r.decoded.codePointCount(0, r.decoded.length()) < c.charsToSkip()) {
                throw PyErr.of(PyExc.OSError, "can't restore logical file position");
            }
            r.decodedPos = r.decoded.offsetByCodePoints(0, c.charsToSkip());
        }
    }

    private static byte[] readExactly(ByteStream in, int n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (out.size() < n) {
            byte[] b = in.read1(n - out.size());
            if (b.length == 0) {
                break;
            }
            out.writeBytes(b);
        }
        return out.toByteArray();
    }
}
