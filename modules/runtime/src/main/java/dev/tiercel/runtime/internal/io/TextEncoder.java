package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.internal.builtins.Codecs;

/** Encodes what a text file writes; codecs with a byte-order mark write it once, at the start of the file. */
final class TextEncoder {
    private final String codec;
    private final String errors;
    private boolean markPending;

    TextEncoder(String codec, String errors) {
        this.codec = codec;
        this.errors = errors;
        this.markPending = hasMark();
    }

    private boolean hasMark() {
        return codec.equals("utf-16") || codec.equals("utf-32") || codec.equals("utf-8-sig");
    }

    byte[] encode(String s) {
        if (codec.equals("utf-8") && !hasLoneSurrogate(s)) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8); // the common case, without the codec lookup
        }
        if (!hasMark()) {
            return Codecs.encode(s, codec, errors).toByteArray();
        }
        String plain = switch (codec) {
            case "utf-16" -> "utf-16-le";
            case "utf-32" -> "utf-32-le";
            default -> "utf-8";
        };
        if (markPending) {
            markPending = false;
            return Codecs.encode(s, codec, errors).toByteArray();
        }
        return Codecs.encode(s, plain, errors).toByteArray();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** At the start of the file the mark is written (again); elsewhere not. */
    void atStart(boolean start) {
        markPending = start && hasMark();
    }
}
