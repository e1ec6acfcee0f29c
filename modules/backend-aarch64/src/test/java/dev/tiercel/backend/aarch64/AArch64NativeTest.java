package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.tier2.nativecode.CopyAndPatch;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.NativeTrace;
import dev.tiercel.tier2.nativecode.ReferenceMachine;
import dev.tiercel.tier2.nativecode.RegisterFile;
import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On an AArch64 machine: the agreement test's loops and straight-line traces compiled by the backend's own path ({@link CopyAndPatch}:
 * mmap, copy and patch, instruction-cache maintenance, mprotect R+X) and entered through FFM, against the Java
 * reference. This is the only test that exercises {@code InstructionCache} on hardware; on x86-64 (where this
 * project is built) it does not run, and {@link AArch64AgreementTest} runs the same code under qemu instead.
 */
@EnabledIfSystemProperty(named = "os.arch", matches = "aarch64|arm64", disabledReason = "runs AArch64 code natively")
class AArch64NativeTest {
    @Test
    void loopsRunNativelyAndAgreeWithTheReference() {
        CopyAndPatch jit = new CopyAndPatch(AArch64JitBackend.stencils(), new ExecutableArena());
        LoopGenerator generator = new LoopGenerator(AArch64JitBackend.stencils(), AArch64AgreementTest.SEED);
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, LoopGenerator.LOCALS, LoopGenerator.STACK, 1);
            for (int i = 0; i < AArch64AgreementTest.LOOPS + AArch64AgreementTest.STRAIGHT; i++) {
                LoopGenerator.Case c = i < AArch64AgreementTest.LOOPS ? generator.next(rf)
                        : generator.nextStraightLine(rf);
                ReferenceMachine ref = new ReferenceMachine(rf);
                ref.executorValid = c.executorValid();
                long refExit = ref.run(c.body(), c.stubs());
                try (NativeTrace trace = jit.compile(c.body(), c.stubs())
                        .orElseThrow(() -> new AssertionError("AArch64 declined " + c.body()))) {
                    if (!c.executorValid()) {
                        trace.invalidate();
                    }
                    long exit = trace.enter(rf);
                    assertThat(exit).as("exit of loop %d: %s", i, c.body()).isEqualTo(refExit);
                    ReferenceMachine.assertSameLiveState(ReferenceMachine.image(rf), ref.mem, rf.locals(),
                            rf.stackSize(), true, "loop " + i + ": " + c.body());
                }
            }
        }
    }
}
