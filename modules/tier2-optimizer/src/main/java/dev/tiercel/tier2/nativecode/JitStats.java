package dev.tiercel.tier2.nativecode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counters of the native backends: traces compiled and declined, code bytes, compile time, entries run
 * natively and entries that ran in the uop interpreter because a value had no unboxed form. With the environment
 * variable {@code TIERCEL_JIT_STATS=FILE} one line of them is appended to FILE when the process exits (how the
 * program tests see that native code ran without changing a program's output).
 */
public final class JitStats {
    private JitStats() {
    }

    public static final LongAdder COMPILED = new LongAdder();
    public static final LongAdder DECLINED = new LongAdder();
    public static final LongAdder CODE_BYTES = new LongAdder();
    public static final LongAdder COMPILE_NANOS = new LongAdder();
    public static final LongAdder NATIVE_ENTRIES = new LongAdder();
    public static final LongAdder FALLBACK_ENTRIES = new LongAdder();
    /** Traces whose native runs were too short to pay for their entry glue: the uop interpreter runs them since. */
    public static final LongAdder SHORT_RUN_TRACES = new LongAdder();

    /** Declined traces by reason: the uop that has no stencil, else a word ("arena-full", "boxed-constant", ...). */
    private static final java.util.Map<String, LongAdder> DECLINED_FOR = new java.util.concurrent.ConcurrentHashMap<>();

    /** Counts one declined trace and why. */
    static void declined(String key) {
        DECLINED.increment();
        DECLINED_FOR.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** The reasons of the declines, most frequent first: {@code KEY:N,KEY:N} ("none" if none). */
    public static String declinedFor() {
        String s = DECLINED_FOR.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((java.util.Map.Entry<String, LongAdder> e) -> -e.getValue()
                        .sum()).thenComparing(java.util.Map.Entry::getKey))
                .map(e -> e.getKey() + ":" + e.getValue().sum()).collect(java.util.stream.Collectors.joining(","));
        return s.isEmpty() ? "none" : s;
    }

    private static boolean hooked;
    private static final java.util.List<ExecutableArena> ARENAS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Lists an arena's live mappings in the report (so that tests can find them in {@code /proc/self/maps}). */
    static void track(ExecutableArena arena) {
        ARENAS.add(arena);
    }

    /** The tracked arenas' live code mappings, as {@code start-end} in hex joined by commas ("none" if none). */
    public static String arenaRanges() {
        StringBuilder sb = new StringBuilder();
        for (ExecutableArena a : ARENAS) {
            for (ExecutableArena.AddressRange r : a.mappedRanges()) {
                sb.append(sb.isEmpty() ? "" : ",").append(Long.toHexString(r.start())).append('-')
                        .append(Long.toHexString(r.end()));
            }
        }
        return sb.isEmpty() ? "none" : sb.toString();
    }

    /**
     * The native backend's figures in a {@code -X pystats} file, as {@code JIT ...} totals (CPython 3.13 has no such
     * keys; the summarizer lists and charts them); nothing when no native backend was asked for a trace.
     */
    public static void write(dev.tiercel.runtime.spi.StatsWriter out) {
        if (COMPILED.sum() + DECLINED.sum() == 0) {
            return;
        }
        out.plain("JIT traces compiled", COMPILED.sum());
        out.plain("JIT traces declined", DECLINED.sum());
        out.plain("JIT code bytes", CODE_BYTES.sum());
        out.plain("JIT compile time (ns)", COMPILE_NANOS.sum());
        out.plain("JIT native entries", NATIVE_ENTRIES.sum());
        out.plain("JIT uop interpreter entries", FALLBACK_ENTRIES.sum());
    }

    /**
     * One line: {@code native-traces=N declined=N code-bytes=N compile-us=N native-entries=N fallback-entries=N
     * short-run-traces=N arena-ranges=START-END,... declined-for=KEY:N,...}.
     */
    public static String line() {
        return "native-traces=" + COMPILED.sum() + " declined=" + DECLINED.sum() + " code-bytes=" + CODE_BYTES.sum()
                + " compile-us=" + COMPILE_NANOS.sum() / 1000 + " native-entries=" + NATIVE_ENTRIES.sum()
                + " fallback-entries=" + FALLBACK_ENTRIES.sum() + " short-run-traces=" + SHORT_RUN_TRACES.sum()
                + " arena-ranges=" + arenaRanges() + " declined-for=" + declinedFor();
    }

    /** Registers the exit-time report once, if {@code TIERCEL_JIT_STATS} names a file. */
    static synchronized void reportAtExit() {
        String file = System.getenv("TIERCEL_JIT_STATS");
        if (hooked || file == null || file.isEmpty()) {
            return;
        }
        hooked = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(Path.of(file), line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("TIERCEL_JIT_STATS: cannot write " + file + ": " + e.getMessage());
            }
        }));
    }
}
