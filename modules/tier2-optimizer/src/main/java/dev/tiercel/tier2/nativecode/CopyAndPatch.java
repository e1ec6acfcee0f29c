package dev.tiercel.tier2.nativecode;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Compiles a trace: plans the layout, maps code memory, copies and patches the stencils, seals the code. */
public final class CopyAndPatch {
    private final StencilSet stencils;
    private final ExecutableArena arena;

    public CopyAndPatch(StencilSet stencils, ExecutableArena arena) {
        this.stencils = stencils;
        this.arena = arena;
    }

    public StencilSet stencils() {
        return stencils;
    }

    /** The first uop of the trace with no stencil, if any: such a trace is declined. */
    public Optional<String> unsupported(List<TraceStep> body, List<TraceStep> exitStubs) {
        return Stream.concat(body.stream(), exitStubs.stream()).map(TraceStep::uop)
                .filter(u -> !stencils.supports(u)).findFirst();
    }

    /**
     * Compiles the trace, or returns empty when a uop has no stencil, the arena is full or a hole's value does not
     * fit its instruction (a branch target out of range: {@link PatchRangeException}); the backend then declines.
     *
     * @throws IllegalArgumentException for a malformed trace (bad jump or exit index, body running off its end)
     */
    public Optional<NativeTrace> compile(List<TraceStep> body, List<TraceStep> exitStubs) {
        if (unsupported(body, exitStubs).isPresent()) {
            return Optional.empty();
        }
        TraceLayout layout = TraceLayout.plan(stencils, body, exitStubs);
        Optional<CodeBlock> block = arena.allocate(layout.size());
        if (block.isEmpty()) {
            return Optional.empty();
        }
        // The validity word lives as long as the trace object (freed by the GC): closing a shared arena per trace
        // would cost a handshake with every thread.
        Arena data = Arena.ofAuto();
        try {
            MemorySegment executor = data.allocate(JAVA_LONG);
            executor.set(JAVA_LONG, 0, 1L);
            CodeBlock code = block.get();
            layout.emit(code.writable(), code.address(), executor.address());
            code.seal();
            return Optional.of(new NativeTrace(code, executor, exitStubs, layout.size()));
        } catch (NativeMemoryException | RuntimeException e) {
            block.get().release();
            if (e instanceof RuntimeException re && !(e instanceof PatchRangeException)) {
                throw re;
            }
            return Optional.empty();
        }
    }
}
