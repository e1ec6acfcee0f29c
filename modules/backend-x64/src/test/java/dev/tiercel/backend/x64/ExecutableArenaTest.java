package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiercel.tier2.nativecode.CodeBlock;
import dev.tiercel.tier2.nativecode.ExecutableArena;
import dev.tiercel.tier2.nativecode.NativeTrace;
import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code memory: W^X checked against the kernel's view in /proc/self/maps, the size cap, freeing. */
class ExecutableArenaTest {

    record Mapping(long start, long end, String perms) {
    }

    static List<Mapping> mappingsOverlapping(ExecutableArena.AddressRange range) throws IOException {
        List<Mapping> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] f = line.split("\\s+");
            String[] r = f[0].split("-");
            long start = Long.parseUnsignedLong(r[0], 16);
            long end = Long.parseUnsignedLong(r[1], 16);
            if (range.overlaps(start, end)) {
                out.add(new Mapping(start, end, f[1]));
            }
        }
        return out;
    }

    @Test
    void ourCodeIsNeverWritableAndExecutableAtOnce() throws Exception {
        ExecutableArena arena = new ExecutableArena();
        CodeBlock block = arena.allocate(100).orElseThrow();
        var range = arena.mappedRanges().getFirst();
        assertThat(mappingsOverlapping(range)).isNotEmpty().allSatisfy(m -> assertThat(m.perms()).startsWith("rw-"));
        block.writable().set(ValueLayout.JAVA_BYTE, 0, (byte) 0xC3);
        block.seal();
        assertThat(mappingsOverlapping(range)).isNotEmpty().allSatisfy(m -> assertThat(m.perms()).startsWith("r-x"));
        assertThatThrownBy(block::writable).isInstanceOf(IllegalStateException.class);

        // Many compiled traces: none of our ranges is both writable and executable.
        NativeTraceTest.SumLoop loop = new NativeTraceTest.SumLoop();
        List<NativeTrace> traces = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            traces.add(Harness.compile(loop.t));
        }
        List<ExecutableArena.AddressRange> ours = Harness.ARENA.mappedRanges();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(20);
        int checked = 0;
        for (var r : ours) {
            for (Mapping m : mappingsOverlapping(r)) {
                assertThat(m.perms().charAt(1) == 'w' && m.perms().charAt(2) == 'x').as(m.toString()).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(1);
        traces.forEach(NativeTrace::close);
        block.release();
        assertThat(mappingsOverlapping(range)).isEmpty();
        assertThat(arena.mappedRanges()).isEmpty();
    }

    @Test
    void capacityIsEnforcedAndFreedMemoryIsReused() {
        long page = new ExecutableArena(1).pageSize();
        ExecutableArena arena = new ExecutableArena(4 * page);
        CodeBlock a = arena.allocate(page * 3).orElseThrow();
        assertThat(arena.mappedBytes()).isEqualTo(3 * page);
        assertThat(arena.allocate(page + 1)).isEmpty();
        CodeBlock b = arena.allocate(1).orElseThrow();
        assertThat(arena.allocate(1)).isEmpty();
        a.release();
        a.release();
        assertThat(arena.mappedBytes()).isEqualTo(page);
        assertThat(arena.allocate(3 * page)).isPresent();
        b.release();
        arena.releaseAll();
        assertThat(arena.mappedBytes()).isZero();
        assertThat(arena.mappedRanges()).isEmpty();
    }
}
