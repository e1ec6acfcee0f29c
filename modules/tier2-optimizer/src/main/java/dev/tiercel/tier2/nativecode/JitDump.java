package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.tier2.trace.Trace;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code -X jit-dump} (or {@code TIERCEL_JIT_DUMP=1}): prints each native trace to stderr as it is compiled, every
 * stencil laid out under a header naming it (entry, spills and fills, the uops with their cache depth, the exit
 * stubs), disassembled with binutils' objdump for the trace's CPU when it is installed, as raw bytes otherwise.
 */
final class JitDump {
    private JitDump() {
    }

    private static Boolean enabled;

    static boolean enabled() {
        Boolean e = enabled;
        if (e == null) {
            String env = System.getenv("TIERCEL_JIT_DUMP");
            boolean on = env != null && !env.isEmpty() && !env.equals("0");
            if (!on && Py.sys != null && Py.sys.dict().getStr("_xoptions") instanceof PyDict xo) {
                on = xo.getStr("jit-dump") != null;
            }
            enabled = e = on;
        }
        return e;
    }

    static void dump(Trace trace, StencilSet stencils, TraceTranslator.Translation t, NativeTrace code) {
        TraceLayout layout = TraceLayout.plan(stencils, t.body(), t.stubs());
        long base = code.codeAddress();
        byte[] bytes = MemorySegment.ofAddress(base).reinterpret(code.codeSize()).toArray(ValueLayout.JAVA_BYTE);
        int[] offsets = layout.pieceOffsets();
        List<String> names = layout.pieceNames();
        List<String> listing = disassemble(stencils.architecture(), bytes, base);
        PrintStream err = System.err;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("JIT: %s trace of %s (%s:%d) at byte offset %d: %d bytes at 0x%x, %d exits%n",
                stencils.architecture(), trace.code().qualname, trace.code().filename, trace.code().firstlineno,
                2 * trace.start(), bytes.length, base, t.stubs().size()));
        int line = 0;
        for (int p = 0; p < offsets.length; p++) {
            int end = p + 1 < offsets.length ? offsets[p + 1] : bytes.length;
            sb.append(String.format("  -- +%d %s%n", offsets[p], names.get(p)));
            if (listing == null) {
                for (int at = offsets[p]; at < end; at += 16) {
                    sb.append(String.format("    %8x:", base + at));
                    for (int b = at; b < Math.min(end, at + 16); b++) {
                        sb.append(String.format(" %02x", bytes[b]));
                    }
                    sb.append('\n');
                }
            } else {
                while (line < listing.size() && address(listing.get(line)) < base + end) {
                    sb.append("    ").append(listing.get(line++).strip()).append('\n');
                }
            }
        }
        err.print(sb);
        err.flush();
    }

    private static long address(String objdumpLine) {
        String a = objdumpLine.strip();
        return Long.parseUnsignedLong(a.substring(0, a.indexOf(':')), 16);
    }

    /** objdump's instruction lines, or null when no objdump for this CPU is installed. */
    private static List<String> disassemble(String architecture, byte[] code, long base) {
        boolean arm = architecture.toLowerCase().contains("aarch64");
        String tool = arm ? "aarch64-linux-gnu-objdump" : "objdump";
        String machine = arm ? "aarch64" : "i386:x86-64";
        if (!onPath(tool)) {
            return null;
        }
        Path file = null;
        try {
            file = Files.createTempFile("tiercel-trace", ".bin");
            Files.write(file, code);
            Process p = new ProcessBuilder(tool, "-D", "-b", "binary", "-m" + machine, "-w",
                    "--adjust-vma=0x" + Long.toHexString(base), file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            List<String> lines = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (l.matches("\\s+[0-9a-f]+:\t.*")) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException | InterruptedException e) {
            return null;
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
