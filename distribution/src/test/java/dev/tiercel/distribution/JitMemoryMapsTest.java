package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * W^X with real tier-2 traces: a program in {@code tiercel-jit} runs hot loops (compiled to native code, whose
 * executors stay installed), then copies {@code /proc/self/maps} while those traces exist. The JIT's exit report
 * ({@code TIERCEL_JIT_STATS}) names the arena's own mappings; every one of them must be in the copy, and none of
 * them writable and executable at once. (HotSpot's own code cache is mapped rwx; it is not the arena's, so only the
 * arena's ranges are judged.)
 */
class JitMemoryMapsTest {
    private static final String PROGRAM = """
            def ints(n):
                x = 0
                for i in range(n):
                    x += i * 3
                return x

            def floats(n):
                y = 0.5
                i = 0
                while i < n:
                    y = y * 0.999 + 1.0
                    i += 1
                return y

            for k in range(20):
                ints(1000 + k)
                floats(1000 + k)
            print(ints(100000), floats(100000))
            with open('maps.txt', 'w') as out:
                out.write(open('/proc/self/maps').read())
            """;

    @Test
    void noArenaMappingIsWritableAndExecutableWhileNativeTracesExist(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("w_x.py"), PROGRAM);
        Path stats = dir.resolve("stats.txt");
        Images.Result r = Images.tiercel("tiercel-jit", dir, Map.of("TIERCEL_JIT_STATS", stats.toString()),
                "w_x.py");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(JitFuzzTest.JitCounters.read(stats).get("native-traces")).isGreaterThanOrEqualTo(2);
        List<long[]> arena = JitFuzzTest.JitCounters.arenaRanges(stats);
        assertThat(arena).as("the arena's live code mappings at exit").isNotEmpty();
        List<String> maps = Files.readAllLines(dir.resolve("maps.txt"));
        int judged = 0;
        for (long[] range : arena) {
            List<String> lines = overlapping(maps, range);
            if (lines.isEmpty()) {
                continue; // mapped after the program copied the maps
            }
            judged++;
            for (String line : lines) {
                String perms = line.split(" +")[1];
                assertThat(perms).as("arena mapping %s", line).startsWith("r-x");
            }
        }
        assertThat(judged).as("arena mappings found in /proc/self/maps").isGreaterThanOrEqualTo(2);
    }

    private static List<String> overlapping(List<String> maps, long[] range) {
        List<String> found = new ArrayList<>();
        for (String line : maps) {
            String[] span = line.split(" ")[0].split("-");
            long start = Long.parseUnsignedLong(span[0], 16);
            long end = Long.parseUnsignedLong(span[1], 16);
            if (start < range[1] && range[0] < end) {
                found.add(line);
            }
        }
        return found;
    }
}
