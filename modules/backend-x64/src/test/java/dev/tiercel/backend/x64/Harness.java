package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.nativecode.CopyAndPatch;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.ReferenceMachine;
import dev.tiercel.tier2.nativecode.RegisterFile;

/** Compiles a synthetic trace, runs it natively and in the reference machine from the same state, compares. */
final class Harness {
    static final ExecutableArena ARENA = new ExecutableArena();
    static final CopyAndPatch JIT = new CopyAndPatch(X64JitBackend.stencils(), ARENA);

    private Harness() {
    }

    static NativeTrace compile(TraceBuilder t) {
        return JIT.compile(t.body, t.stubs).orElseThrow(() -> new AssertionError("trace was declined"));
    }

    /** The outcome of one run: exit number and register file image. */
    record Outcome(long exit, long[] image) {
        long word(long byteOffset) {
            return image[(int) (byteOffset / 8)];
        }
    }

    /**
     * Runs {@code trace} natively on {@code rf} and the reference machine on a copy of {@code rf}'s state taken
     * before; asserts the exit number and the live register file (header, locals, stack, range iterators) agree
     * word for word (NaNs as NaNs); returns the native outcome.
     */
    static Outcome runBoth(NativeTrace trace, TraceBuilder t, RegisterFile rf) {
        ReferenceMachine ref = new ReferenceMachine(rf);
        ref.executorValid = trace.isValid();
        long refExit = ref.run(t.body, t.stubs);
        long exit = trace.enter(rf);
        long[] nativeImage = ReferenceMachine.image(rf);
        assertThat(exit).as("exit number of %s", t.body).isEqualTo(refExit);
        // any NaN equals any NaN: Java leaves open which operand's NaN an operation returns (as Python and C do),
        // and the reference returned another NaN for one case inside the module's test run than for the same case
        // run alone
        ReferenceMachine.assertSameLiveState(nativeImage, ref.mem, rf.locals(), rf.stackSize(), true,
                "exit " + exit + " of " + t.body);
        return new Outcome(exit, nativeImage);
    }
}
