package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.code.Opcodes;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The counters behind {@code -X pystats}, and the file CPython 3.13 writes from them at exit. Tiers count through the
 * static methods only when {@link #ENABLED} is set; it is a static final read once at class initialization (from the
 * system property {@code tiercel.pystats}, set by the launcher for {@code -X pystats}), so that when it is false the
 * JIT removes every guarded call.
 *
 * <p>What is counted, in CPython's terms: every instruction dispatched by tier 1 ({@code execution_count}, and
 * {@code pair_count} with the instruction dispatched before it in the same run of the loop), specialization attempts
 * ({@code success}, {@code failure} with the {@code failure_kinds} tier 1 can name), generic executions that waited
 * ({@code deferred}), guard failures of specialized instructions ({@code miss}, counted on the instruction and its
 * family; each one also turns the instruction back to its generic form, {@code deopt}), and the tier-1 loop's entries
 * and frames. {@code hit} is derived: each execution of a specialized instruction either passed its guards or missed.
 * Names come from {@link Opcodes}; nothing here lists opcodes.
 */
public final class PyStats {
    private PyStats() {}

    /** Whether statistics are collected in this process. */
    public static final boolean ENABLED = Boolean.getBoolean("tiercel.pystats");

    /** CPython's {@code SPECIALIZATION_FAILURE_KINDS}. */
    public static final int FAILURE_KINDS = 36;

    private static final long[] execution = new long[256];
    private static final long[] pairs = new long[256 * 256];
    private static final long[] success = new long[256];
    private static final long[] failure = new long[256];
    private static final long[] deferred = new long[256];
    private static final long[] miss = new long[256];
    private static final long[] deopt = new long[256];
    private static final long[][] failureKinds = new long[256][FAILURE_KINDS];
    private static int last;
    private static boolean collecting = true;

    private static long evalCalls;
    private static long generatorEvalCalls;
    private static long inlinedCalls;
    private static long framesPushed;

    /** Tier 1 dispatched {@code op}. */
    public static void dispatched(int op) {
        if (collecting) {
            execution[op]++;
            pairs[last << 8 | op]++;
        }
        last = op;
    }

    /**
     * The tier-1 loop is entered (a new Java-level run; {@code generator}: to resume a generator). Returns the
     * previous instruction of the enclosing run, for {@link #evalReturned}: pairs do not cross loop entries, as
     * CPython's {@code lastopcode} is a local of its eval function.
     */
    public static int evalEntered(boolean generator) {
        if (collecting) {
            evalCalls++;
            if (generator) {
                generatorEvalCalls++; // a generator's frame lives in the generator: resuming it pushes none
            } else {
                framesPushed++;
            }
        }
        int outer = last;
        last = 0;
        return outer;
    }

    /** The run started by {@link #evalEntered} ended. */
    public static void evalReturned(int outerLast) {
        last = outerLast;
    }

    /** A Python-to-Python call pushed a frame in the same loop (no Java recursion). */
    public static void inlinedCall() {
        if (!collecting) {
            return;
        }
        inlinedCalls++;
        framesPushed++;
    }

    /** {@code family} was rewritten to one of its specialized forms. */
    public static void specializationSuccess(int family) {
        if (!collecting) {
            return;
        }
        success[family]++;
    }

    /** An attempt to specialize {@code family} failed; {@code kind} is CPython's failure kind, or -1 if unnamed. */
    public static void specializationFailure(int family, int kind) {
        if (!collecting) {
            return;
        }
        failure[family]++;
        if (kind >= 0 && kind < FAILURE_KINDS) {
            failureKinds[family][kind]++;
        }
    }

    /** The generic {@code family} ran without trying to specialize (its counter had not run out). */
    public static void deferred(int family) {
        if (!collecting) {
            return;
        }
        deferred[family]++;
    }

    /** A guard of the specialized {@code op} failed; tier 1 turns it back into its generic form. */
    public static void miss(int op) {
        if (!collecting) {
            return;
        }
        int family = Opcodes.base(op);
        miss[op]++;
        miss[family]++;
        deopt[family]++;
    }

    /** The statistics collected so far, in CPython's order; {@code optimizer} adds tier 2's section. */
    public static StatsWriter report(Optional<TraceOptimizer> optimizer) {
        StatsWriter w = new StatsWriter();
        writeOpcodes(w);
        writeCalls(w);
        writeGc(w);
        optimizer.ifPresent(o -> o.writeStats(w));
        return w;
    }

    /** Writes the report as CPython does, to a new file with a random 40-hex-digit name in {@code dir}. */
    public static Path writeFile(StatsWriter report, Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] random = new byte[20];
        new SecureRandom().nextBytes(random);
        Path file = dir.resolve(HexFormat.of().formatHex(random) + ".txt");
        Files.writeString(file, report.text(), StandardCharsets.UTF_8);
        return file;
    }

    /** Where CPython writes its stats files. */
    public static final Path DIRECTORY = Path.of("/tmp/py_stats");

    private static void writeOpcodes(StatsWriter w) {
        // CPython lists these two as specializable although 3.13 does not specialize them
        w.spaced("opcode[BINARY_SLICE].specializable", 1);
        w.spaced("opcode[STORE_SLICE].specializable", 1);
        long[] hit = hits();
        for (int op = 0; op < 256; op++) {
            String name = Opcodes.name(op);
            if (name == null) {
                continue;
            }
            String key = "opcode[" + name + "].";
            if (isSpecializable(op)) {
                w.spaced(key + "specializable", 1);
            }
            nonZero(w, key + "specialization.success", success[op]);
            nonZero(w, key + "specialization.failure", failure[op]);
            nonZero(w, key + "specialization.hit", hit[op]);
            nonZero(w, key + "specialization.deferred", deferred[op]);
            nonZero(w, key + "specialization.miss", miss[op]);
            nonZero(w, key + "specialization.deopt", deopt[op]);
            nonZero(w, key + "execution_count", execution[op]);
            for (int k = 0; k < FAILURE_KINDS; k++) {
                nonZero(w, key + "specialization.failure_kinds[" + k + "]", failureKinds[op][k]);
            }
            for (int next = 0; next < 256; next++) {
                long n = pairs[op << 8 | next];
                if (n != 0) {
                    w.spaced(key + "pair_count[" + Opcodes.name(next) + "]", n);
                }
            }
        }
    }

    /** CPython marks every instruction with inline caches except {@code JUMP_BACKWARD} as specializable. */
    static boolean isSpecializable(int op) {
        return Opcodes.cacheEntries(op) > 0 && !Opcodes.isSpecialized(op) && op != Opcodes.JUMP_BACKWARD;
    }

    private static long[] hits() {
        long[] hit = new long[256];
        for (int op = 0; op < 256; op++) {
            // RESUME_CHECK is RESUME's quickened form, not a specialization CPython counts hits for
            if (Opcodes.name(op) != null && Opcodes.isSpecialized(op) && op != Opcodes.RESUME_CHECK) {
                hit[Opcodes.base(op)] += execution[op] - miss[op];
            }
        }
        return hit;
    }

    private static void nonZero(StatsWriter w, String key, long value) {
        if (value != 0) {
            w.indented(key, value);
        }
    }

    private static void writeCalls(StatsWriter w) {
        w.plain("Calls to PyEval_EvalDefault", evalCalls);
        w.plain("Calls to Python functions inlined", inlinedCalls);
        w.plain("Frames pushed", framesPushed);
        // eval-call kinds: 0 is the total; of the others only "generator" (2) is known here
        w.spaced("Calls via PyEval_EvalFrame[0]", evalCalls);
        w.spaced("Calls via PyEval_EvalFrame[2]", generatorEvalCalls);
    }

    /**
     * The JVM's collectors as CPython's generations: young-generation collections as generation 0, full (old
     * generation) collections as generation 2. Objects visited and collected are not known on the JVM.
     */
    private static void writeGc(StatsWriter w) {
        long young = 0;
        long old = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long n = Math.max(0, gc.getCollectionCount());
            switch (generation(gc.getName())) {
                case 0 -> young += n;
                case 2 -> old += n;
                default -> { }
            }
        }
        w.plain("GC[0] collections", young);
        w.plain("GC[2] collections", old);
    }

    /** 0 for a young-generation collector, 2 for a full one, -1 for a concurrent cycle or unknown. */
    static int generation(String collector) {
        String n = collector.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("young") || n.equals("copy") || n.contains("scavenge") || n.contains("parnew")
                || n.contains("minor")) {
            return 0;
        }
        if (n.contains("old") || n.contains("marksweep") || n.contains("full") || n.contains("major")) {
            return 2;
        }
        return -1;
    }

    /** Whether counting is on now ({@code sys._stats_on()} / {@code sys._stats_off()}; on at start). */
    public static boolean collecting() {
        return collecting;
    }

    public static void setCollecting(boolean on) {
        collecting = on;
    }

    /** Forgets every tier-1 count ({@code sys._stats_clear()}, tests). */
    public static void clear() {
        for (long[] a : new long[][] {execution, pairs, success, failure, deferred, miss, deopt}) {
            java.util.Arrays.fill(a, 0);
        }
        for (long[] k : failureKinds) {
            java.util.Arrays.fill(k, 0);
        }
        last = 0;
        evalCalls = 0;
        generatorEvalCalls = 0;
        inlinedCalls = 0;
        framesPushed = 0;
    }
}
