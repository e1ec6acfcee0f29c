package dev.tiercel.tier2.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyObject;
import org.junit.jupiter.api.Test;

/**
 * An executor whose entries keep going back to tier 1 through a guard before completing an iteration or reaching
 * another trace is dropped and its loop left to tier 1; entries that make progress, iterators that end and the
 * occasional failing guard do not count against it.
 */
class FruitlessExecutorTest {
    private static final int LOOP_BACK_EDGE = 7;

    private static PyCode code() {
        return new PyCode(0, 0, 0, 8, 0, new short[16], new PyObject[0], new String[0], new String[0], new byte[0],
                "t.py", "t", "t", 1, new byte[0], new byte[0]);
    }

    /** A trace with one guard whose exit stub resumes tier 1 at index 5; each run leaves through that stub. */
    private static final class OneGuardLoop {
        final PyCode code = code();
        final TraceUop stub = new TraceUop(Uop._EXIT_TRACE, 0, 3, 5, null);
        final TraceExecutor executor;
        int runs;
        /** Every {@code fruitlessEvery}th run leaves at once (1: all of them, 0: none); the others first complete
         * an iteration. */
        int fruitlessEvery;

        OneGuardLoop(Uop guard, int fruitlessEvery) {
            this.fruitlessEvery = fruitlessEvery;
            stub.guard = guard;
            stub.exitIndex = 0;
            TraceUop[] uops = {new TraceUop(Uop._START_EXECUTOR, 0, 0, 0, null),
                    new TraceUop(guard, 0, 3, 5, null), new TraceUop(Uop._JUMP_TO_TOP, 0, 4, 4, null), stub};
            CompiledTrace run = st -> {
                runs++;
                if (this.fruitlessEvery == 0 || runs % this.fruitlessEvery != 0) {
                    st.tops++;
                }
                st.ex.exitCounts[0]++;
                st.exit = stub;
                return stub.resume;
            };
            executor = new TraceExecutor(new Trace(code, LOOP_BACK_EDGE, uops, 1), run, 0, null, 16);
        }

        void enter(int times) {
            PyFrame f = new PyFrame(code, new PyDict(), null, null);
            for (int i = 0; i < times; i++) {
                executor.execute(f);
            }
        }
    }

    @Test
    void anExecutorFruitlessInEveryEntryIsDroppedAfterItsProbation() {
        OneGuardLoop loop = new OneGuardLoop(Uop._GUARD_IS_TRUE_POP, 1);
        loop.enter(TraceExecutor.PROBATION - 1);
        assertThat(loop.executor.valid).isTrue();
        assertThat(GivenUp.contains(loop.code, LOOP_BACK_EDGE)).isFalse();
        loop.enter(1);
        assertThat(loop.executor.valid).isFalse();
        assertThat(loop.executor.gaveUp).isTrue();
        assertThat(loop.executor.fruitlessEntries()).isEqualTo(TraceExecutor.PROBATION);
        assertThat(GivenUp.contains(loop.code, LOOP_BACK_EDGE)).as("no more traces for that loop").isTrue();
    }

    @Test
    void oneFruitlessEntryInEightDropsItOneInTwentyDoesNot() {
        OneGuardLoop often = new OneGuardLoop(Uop._GUARD_IS_TRUE_POP, 8);
        often.enter(TraceExecutor.PROBATION);
        assertThat(often.executor.gaveUp).isTrue();
        OneGuardLoop seldom = new OneGuardLoop(Uop._GUARD_IS_TRUE_POP, 20);
        seldom.enter(TraceExecutor.PROBATION * 5);
        assertThat(seldom.executor.valid).isTrue();
    }

    @Test
    void aBadStretchLaterOnCountsToo() {
        OneGuardLoop loop = new OneGuardLoop(Uop._GUARD_IS_TRUE_POP, 0);
        loop.enter(TraceExecutor.PROBATION * 3);
        assertThat(loop.executor.valid).isTrue();
        loop.fruitlessEvery = 2; // the program's data changed: half the entries now leave at once
        loop.enter(TraceExecutor.PROBATION);
        assertThat(loop.executor.gaveUp).isTrue();
    }

    @Test
    void entriesThatCompleteAnIterationKeepTheExecutor() {
        OneGuardLoop loop = new OneGuardLoop(Uop._GUARD_IS_TRUE_POP, 0);
        loop.enter(TraceExecutor.PROBATION * 5);
        assertThat(loop.executor.valid).isTrue();
        assertThat(GivenUp.contains(loop.code, LOOP_BACK_EDGE)).isFalse();
    }

    @Test
    void anIteratorsEndIsNotFruitless() {
        OneGuardLoop loop = new OneGuardLoop(Uop._GUARD_NOT_EXHAUSTED_RANGE, 1);
        loop.enter(TraceExecutor.PROBATION * 5);
        assertThat(loop.executor.valid).isTrue();
    }

    @Test
    void aLoopWhoseTypesKeepChangingIsGivenUpOnTheEighthTime() {
        PyCode code = code();
        for (int i = 1; i < GivenUp.RETYPED_LIMIT; i++) {
            GivenUp.retyped(code, LOOP_BACK_EDGE);
        }
        assertThat(GivenUp.contains(code, LOOP_BACK_EDGE)).isFalse();
        GivenUp.retyped(code, LOOP_BACK_EDGE);
        assertThat(GivenUp.contains(code, LOOP_BACK_EDGE)).isTrue();
        assertThat(GivenUp.contains(code, LOOP_BACK_EDGE + 2)).as("another loop of the same code").isFalse();
    }
}
