package dev.tiercel.stdlib.ucd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The character properties of UCD 15.1.0 as CPython 3.13 reports them, read once from {@code unicodedata/ucd.txt}
 * (written by tools/gen-unicodedata.py): runs of code points with equal properties, numeric values and
 * decompositions. The JDK's own tables are Unicode 16.0, whose properties differ for some characters.
 */
final class UcdTables {
    /** The properties shared by one run of code points. */
    record Props(String category, String bidirectional, int combining, String eastAsianWidth, int mirrored) {}

    /** decimal/digit are -1 where the character has none. */
    record Numeric(int decimal, int digit, double numeric) {}

    private final int[] runStarts;
    private final Props[] runProps;
    private final Map<Integer, Numeric> numerics = new HashMap<>();
    private final Map<Integer, String> decompositions = new HashMap<>();

    private static final class Holder {
        static final UcdTables INSTANCE = load();
    }

    static UcdTables get() {
        return Holder.INSTANCE;
    }

    private UcdTables(List<Integer> starts, List<Props> props) {
        runStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        runProps = props.toArray(Props[]::new);
    }

    private static UcdTables load() {
        List<Integer> starts = new ArrayList<>();
        List<Props> props = new ArrayList<>();
        Map<String, Props> shared = new HashMap<>();
        Map<Integer, Numeric> numerics = new HashMap<>();
        Map<Integer, String> decompositions = new HashMap<>();
        try (InputStream in = UcdTables.class.getModule().getResourceAsStream("unicodedata/ucd.txt")) {
            if (in == null) {
                throw new IllegalStateException("unicodedata/ucd.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(";", -1);
                switch (f[0]) {
                    case "R" -> {
                        starts.add(Integer.parseInt(f[1], 16));
                        String key = line.substring(line.indexOf(';', 2));
                        props.add(shared.computeIfAbsent(key, k -> new Props(f[2], f[3], Integer.parseInt(f[4]),
                                f[5], Integer.parseInt(f[6]))));
                    }
                    case "N" -> numerics.put(Integer.parseInt(f[1], 16), new Numeric(f[2].isEmpty() ? -1
                            : Integer.parseInt(f[2]), f[3].isEmpty() ? -1 : Integer.parseInt(f[3]),
                            Double.parseDouble(f[4])));
                    case "D" -> decompositions.put(Integer.parseInt(f[1], 16), f[2]);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UcdTables t = new UcdTables(starts, props);
        t.numerics.putAll(numerics);
        t.decompositions.putAll(decompositions);
        return t;
    }

    Props props(int cp) {
        int lo = 0;
        int hi = runStarts.length - 1;
        while (lo < hi) {   // the last run starting at or before cp
            int mid = (lo + hi + 1) >>> 1;
            if (runStarts[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return runProps[lo];
    }

    Numeric numeric(int cp) {
        return numerics.get(cp);
    }

    String decomposition(int cp) {
        return decompositions.getOrDefault(cp, "");
    }
}
