package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.internal.builtins.Codecs;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import java.math.BigInteger;

/** {@code _io.TextIOWrapper}: str in and out of a binary stream, with an encoding and newline translation. */
final class TextObject extends IoObject {
    private ByteStream in;
    private PyObject bufferObject;
    final String encoding;
    final String errors;
    private final String newline;
    boolean lineBuffering;
    /** The mode open() was given; null for a wrapper made directly. */
    String mode;
    private final TextReading reading;
    private final TextEncoder encoder;
    private final boolean seekable;
    /** False while a for loop iterates: tell() is refused then, as CPython refuses it. */
    private boolean telling;

    TextObject(ByteStream in, PyObject bufferObject, String encoding, String errors, String newline,
            boolean lineBuffering) {
        String codec = Codecs.normalize(encoding);
        this.in = in;
        this.bufferObject = bufferObject;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        boolean universal = newline == null || newline.isEmpty();
        this.reading = in.readable() ? new TextReading(in, new NewlineDecoder(new TextDecoder(codec, errors),
                universal, newline == null), newline) : null;
        this.encoder = in.writable() ? new TextEncoder(codec, errors) : null;
        this.seekable = in.seekable();
        this.telling = seekable;
        if (encoder != null && seekable && in.tell() != 0) {
            encoder.atStart(false); // appending: no second byte-order mark
        }
    }

    @Override
    public PyType type() {
        return IoTypes.TEXT;
    }

    /** The stream under the wrapper; ValueError once detached. */
    ByteStream stream() {
        if (in == null) {
            throw PyErr.valueError("underlying buffer has been detached");
        }
        return in;
    }

    PyObject bufferObject() {
        stream();
        return bufferObject;
    }

    @Override
    boolean isClosed() {
        return stream().closed();
    }

    void checkOpen() {
        if (isClosed()) {
            throw IoErrors.closed();
        }
    }

    private TextReading reader() {
        checkOpen();
        if (reading == null) {
            throw IoErrors.unsupported("not readable");
        }
        return reading;
    }

    String read(long n) {
        TextReading r = reader();
        return n < 0 ? r.readAll() : r.read(n);
    }

    @Override
    PyObject readline(long limit) {
        return PyStr.of(reader().readline(limit));
    }

    /** __next__: a line, or null at the end; tell() is refused until the end is reached. */
    String next() {
        TextReading r = reader();
        telling = false;
        String line = r.readline(-1);
        if (line.isEmpty()) {
            r.clear();
            telling = seekable;
            return null;
        }
        return line;
    }

    int write(String s) {
        checkOpen();
        if (encoder == null) {
            throw IoErrors.unsupported("not writable");
        }
        int length = s.codePointCount(0, s.length());
        boolean hasLf = s.indexOf('\n') >= 0;
        if (hasLf && newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            s = s.replace("\n", newline);
        }
        in.write(encoder.encode(s));
        if (lineBuffering && (hasLf || s.indexOf('\r') >= 0)) {
            in.flush();
        }
        if (reading != null) {
            reading.clear(); // CPython drops what was read ahead, and the decoder's state, on a write
            reading.decoder.reset();
        }
        return length;
    }

    void flush() {
        checkOpen();
        in.flush();
        telling = seekable;
    }

    @Override
    void close() {
        ByteStream s = stream();
        if (s.closed()) {
            return;
        }
        try {
            s.flush();
        } finally {
            s.close();
        }
    }

    PyObject detach() {
        ByteStream s = stream();
        flush();
        PyObject b = bufferObject;
        in = null;
        bufferObject = null;
        return b;
    }

    PyObject newlines() {
        stream();
        return reading == null ? dev.tiercel.runtime.object.PyNone.INSTANCE : reading.decoder.newlines();
    }

    BigInteger tell() {
        checkOpen();
        if (!seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PyErr.of(PyExc.OSError, "telling position disabled by next() call");
        }
        in.flush();
        long position = in.tell();
        if (reading == null) {
            return BigInteger.valueOf(position);
        }
        return TextPosition.tell(reading, position).pack();
    }

    BigInteger seek(BigInteger cookie, int whence) {
        checkOpen();
        if (!seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        if (whence == 1) {
            if (cookie.signum() != 0) {
                throw IoErrors.unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = tell();
        } else if (whence == 2) {
            if (cookie.signum() != 0) {
                throw IoErrors.unsupported("can't do nonzero end-relative seeks");
            }
            in.flush();
            long end = in.seek(0, 2);
            if (reading != null) {
                reading.clear();
                reading.decoder.reset();
            }
            if (encoder != null) {
                encoder.atStart(end == 0);
            }
            return BigInteger.valueOf(end);
        } else if (whence != 0) {
            throw PyErr.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie.signum() < 0) {
            throw PyErr.valueError("negative seek position " + cookie);
        }
        in.flush();
        TextPosition.Cookie c = TextPosition.Cookie.unpack(cookie);
        in.seek(c.start(), 0);
        if (reading != null) {
            TextPosition.restore(reading, in, c, cookie.signum() == 0);
        }
        if (encoder != null) {
            encoder.atStart(cookie.signum() == 0);
        }
        return cookie;
    }

    long truncate(long pos) {
        checkOpen();
        in.flush();
        if (pos < 0) {
            pos = tell().longValue();
        }
        return in.truncate(pos);
    }

    String repr() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        PyObject name = in == null ? null : in.name();
        if (name != null) {
            sb.append(" name=").append(dev.tiercel.runtime.object.Ops.repr(name));
        }
        if (mode != null) {
            sb.append(" mode='").append(mode).append('\'');
        }
        return sb.append(" encoding='").append(encoding).append("'>").toString();
    }
}
