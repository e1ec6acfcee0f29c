package dev.tiercel.backend.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiercel.tier2.nativecode.TraceLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Disassembles laid-out traces with binutils' objdump (when installed) and checks the machine code is coherent:
 * everything decodes, every stencil starts on an instruction boundary, and every direct branch lands on an
 * instruction of the trace. This catches a wrong byte rewrite in StencilGen's branch tidying or a mis-patched hole.
 */
@EnabledIfSystemProperty(named = "os.arch", matches = "amd64|x86_64", disabledReason = "runs x86-64 code")
class DisassemblyTest {
    static final long BASE = 0x7f00_0000_0000L;
    static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\s+((?:[0-9a-f]{2} )+)\\s*(\\S+)?\\s*(.*)$");
    static final Pattern TARGET = Pattern.compile("^0x([0-9a-f]+)");

    @Test
    void laidOutTracesDisassembleCoherently() throws Exception {
        assumeTrue(StencilTablesTest.onPath("objdump"), "binutils objdump is not installed: traces not disassembled");
        List<TraceBuilder> traces = new ArrayList<>();
        traces.add(new NativeTraceTest.SumLoop().t);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 40; i++) {
            traces.add(StraightLineFuzzTest.generate(random, new StraightLineFuzzTest.Kind[] {
                StraightLineFuzzTest.Kind.INT, StraightLineFuzzTest.Kind.FLOAT, StraightLineFuzzTest.Kind.BOOL,
                StraightLineFuzzTest.Kind.NONE}));
        }
        // every stencil at least once, as a one-uop body followed by an exit
        for (String uop : X64JitBackend.stencils().uopNames()) {
            TraceBuilder t = new TraceBuilder();
            if (uop.equals("_JUMP_TO_TOP")) {
                t.add("_NOP");
                t.jumpToTop(0);
            } else if (uop.startsWith("_EXIT_TRACE") || uop.startsWith("_DEOPT")) {
                t.add(uop, 3);
            } else {
                t.add(uop, 2);
                t.exitTrace();
            }
            traces.add(t);
        }
        TraceLayout sum = TraceLayout.plan(X64JitBackend.stencils(), traces.getFirst().body, traces.getFirst().stubs);
        StringBuilder listing = new StringBuilder("sum loop as laid out (" + sum.size() + " bytes):\n");
        disassemble(sum.emitToArray(BASE, BASE + (1L << 32))).forEach((at, text) ->
                listing.append(String.format("  %4d  %s%n", at - BASE, text)));
        System.out.print(listing);
        int branches = 0;
        for (TraceBuilder t : traces) {
            TraceLayout layout = TraceLayout.plan(X64JitBackend.stencils(), t.body, t.stubs);
            TreeMap<Long, String> code = disassemble(layout.emitToArray(BASE, BASE + (1L << 32)));
            TreeSet<Long> starts = new TreeSet<>();
            for (int offset : layout.pieceOffsets()) {
                starts.add(BASE + offset);
            }
            for (long start : starts) {
                if (start < BASE + layout.size()) {
                    assertThat(code).as("a stencil starts on an instruction boundary").containsKey(start);
                }
            }
            for (var e : code.entrySet()) {
                String text = e.getValue();
                assertThat(text).as("decodes").doesNotContain("(bad)");
                String[] parts = text.split("\\s+", 2);
                if (parts[0].startsWith("j") && parts.length > 1) {
                    Matcher m = TARGET.matcher(parts[1]);
                    if (m.find()) {
                        long target = Long.parseUnsignedLong(m.group(1), 16);
                        assertThat(code).as("branch at %x: %s", e.getKey(), text).containsKey(target);
                        branches++;
                    }
                }
            }
        }
        assertThat(branches).isGreaterThan(100);
    }

    /** Instruction address to "mnemonic operands". */
    static TreeMap<Long, String> disassemble(byte[] code) throws IOException, InterruptedException {
        Path file = Files.createTempFile("tiercel-trace", ".bin");
        try {
            Files.write(file, code);
            Process p = new ProcessBuilder("objdump", "-D", "-b", "binary", "-mi386:x86-64", "-w",
                    "--adjust-vma=0x" + Long.toHexString(BASE), file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            TreeMap<Long, String> instructions = new TreeMap<>();
            for (String line : out.split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.matches() && m.group(3) != null) {
                    instructions.put(Long.parseUnsignedLong(m.group(1), 16), m.group(3) + " " + m.group(4));
                }
            }
            return instructions;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
