package dev.tiercel.runtime.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects statistics lines in CPython 3.13's {@code -X pystats} file format. CPython writes three line shapes, and
 * tools that read the file split each line at its colon, so the shape of every key matters:
 * {@code "    opcode[X].execution_count : 5"} ({@link #indented}), {@code "opcode[X].pair_count[Y] : 5"}
 * ({@link #spaced}) and {@code "Frames pushed: 5"} ({@link #plain}). The same keys, without the layout, are available
 * as a map (the {@code tiercel.counters()} dictionary).
 */
public final class StatsWriter {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Long> values = new LinkedHashMap<>();

    /** {@code "    key : value"}: CPython's per-opcode counters. */
    public StatsWriter indented(String key, long value) {
        return add("    " + key + " : ", key, value);
    }

    /** {@code "key : value"}: pair counts, uop counts, eval-call kinds. */
    public StatsWriter spaced(String key, long value) {
        return add(key + " : ", key, value);
    }

    /** {@code "key: value"}: the named totals. */
    public StatsWriter plain(String key, long value) {
        return add(key + ": ", key, value);
    }

    /**
     * CPython's power-of-two histogram: 32 lines {@code name[2^i]: count}, bucket {@code i} holding the lengths in
     * {@code (2^(i-1), 2^i]} (see {@link #bucket}).
     */
    public StatsWriter histogram(String name, long[] buckets) {
        for (int i = 0; i < HISTOGRAM_SIZE; i++) {
            plain(name + "[" + (1L << i) + "]", buckets[i]);
        }
        return this;
    }

    /** Number of buckets of a histogram, as CPython's {@code _Py_UOP_HIST_SIZE}. */
    public static final int HISTOGRAM_SIZE = 32;

    /** The histogram bucket of {@code length}: the bit length of {@code length - 1}, capped at the last bucket. */
    public static int bucket(long length) {
        int b = 64 - Long.numberOfLeadingZeros(Math.max(0, length - 1));
        return Math.min(b, HISTOGRAM_SIZE - 1);
    }

    private StatsWriter add(String prefix, String key, long value) {
        text.append(prefix).append(value).append('\n');
        values.put(key, value);
        return this;
    }

    /** The file's text. */
    public String text() {
        return text.toString();
    }

    /** Every key written, in order, with its value. */
    public Map<String, Long> values() {
        return Collections.unmodifiableMap(values);
    }
}
