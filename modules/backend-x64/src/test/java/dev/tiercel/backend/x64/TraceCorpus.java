package dev.tiercel.backend.x64;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The traces compile speed is measured on (by {@link JitMeasurementTest} and the JMH benchmark in {@code bench/jmh}):
 * {@link StraightLineFuzzTest}'s generated traces over int and float locals, straight-line ones (as side exits start
 * mid-expression) and loops closed by {@code _JUMP_TO_TOP}, 1-40 statements each, from a fixed seed.
 */
final class TraceCorpus {
    private static final StraightLineFuzzTest.Kind[] LOCALS = {
        StraightLineFuzzTest.Kind.INT, StraightLineFuzzTest.Kind.FLOAT, StraightLineFuzzTest.Kind.INT,
        StraightLineFuzzTest.Kind.FLOAT};

    private TraceCorpus() {
    }

    /** Straight-line traces until they hold at least {@code uops} uops (body and exit stubs). */
    static List<TraceBuilder> straightLine(long seed, int uops) {
        return generate(seed, uops, false);
    }

    /** Straight-line traces and loops, alternately, until they hold at least {@code uops} uops. */
    static List<TraceBuilder> mixed(long seed, int uops) {
        return generate(seed, uops, true);
    }

    private static List<TraceBuilder> generate(long seed, int uops, boolean withLoops) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TraceBuilder> traces = new ArrayList<>();
        int total = 0;
        while (total < uops) {
            boolean loop = withLoops && traces.size() % 2 == 1;
            TraceBuilder t = StraightLineFuzzTest.generate(random, LOCALS, loop);
            traces.add(t);
            total += uopCount(t);
        }
        return traces;
    }

    static int uopCount(TraceBuilder t) {
        return t.body.size() + t.stubs.size();
    }

    static int uopCount(List<TraceBuilder> traces) {
        return traces.stream().mapToInt(TraceCorpus::uopCount).sum();
    }
}
