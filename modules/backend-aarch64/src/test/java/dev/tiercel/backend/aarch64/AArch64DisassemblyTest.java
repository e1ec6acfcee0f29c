package dev.tiercel.backend.aarch64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tiercel.tier2.nativecode.RegisterFile;
import dev.tiercel.tier2.nativecode.Stencil;
import dev.tiercel.tier2.nativecode.StencilSet;
import dev.tiercel.tier2.nativecode.TraceLayout;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Disassembles AArch64 stencils and laid-out traces with binutils' {@code aarch64-linux-gnu-objdump} (skipped,
 * saying so, when it is not installed): every word decodes, and every branch of a trace lands inside the trace.
 * {@link #listing} is the debugging aid: {@code listing(code, base)} for any emitted trace.
 */
class AArch64DisassemblyTest {
    static final String OBJDUMP = "aarch64-linux-gnu-objdump";
    static final long BASE = 0x4000_0000L;
    static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\s+([0-9a-f]{8})\\s+(\\S+)\\s*(.*)$");
    static final Pattern BRANCH = Pattern.compile("^(b|bl|b\\.[a-z]+|cbn?z|tbn?z)$");
    /** The target operand: the last one, after dropping objdump's {@code <symbol>} and {@code // comment}. */
    static final Pattern TARGET = Pattern.compile("(?:0x)?([0-9a-f]+)$");

    /** The objdump listing of {@code code} as it will run at {@code base}. */
    static String listing(byte[] code, long base) throws IOException, InterruptedException {
        Path file = Files.createTempFile("tiercel-a64-", ".bin");
        try {
            Files.write(file, code);
            return Tools.run(OBJDUMP, "-D", "-b", "binary", "-m", "aarch64", "--adjust-vma=0x" + Long.toHexString(base),
                    file.toString());
        } finally {
            Files.delete(file);
        }
    }

    /** Checks every word decodes and every branch lands in [base, base + length); returns the instruction count. */
    static int check(String what, String listing, long base, int length) {
        int instructions = 0;
        for (String line : listing.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            instructions++;
            String mnemonic = m.group(3);
            assertThat(mnemonic).as(what + ": undecodable word in: " + line).isNotIn(".inst", "udf", "<unknown>");
            if (BRANCH.matcher(mnemonic).matches()) {
                String operands = m.group(4).replaceAll("//.*$", "").replaceAll("<[^>]*>", "").trim();
                Matcher t = TARGET.matcher(operands.substring(operands.lastIndexOf(' ') + 1));
                assertThat(t.find()).as(what + ": branch target in " + line).isTrue();
                long target = Long.parseLong(t.group(1), 16);
                assertThat(target).as(what + ": branch out of the trace: " + line).isBetween(base, base + length - 4);
            }
        }
        assertThat(instructions).as(what + ": instructions listed").isEqualTo(length / 4);
        return instructions;
    }

    @Test
    void stencilsAndTracesDisassemble() throws Exception {
        assumeTrue(Tools.onPath(OBJDUMP), OBJDUMP + " is not installed: AArch64 code not disassembled"
                + " (apt-get install binutils-aarch64-linux-gnu)");
        StencilSet set = AArch64JitBackend.stencils();
        // every stencil, unpatched, in one listing: each must decode, from its first word
        List<Stencil> all = new ArrayList<>(set.stencils());
        all.add(set.entry());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (Stencil s : all) {
            bytes.write(s.code());
        }
        String stencils = listing(bytes.toByteArray(), BASE);
        for (String line : stencils.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                assertThat(m.group(3)).as("undecodable stencil word: " + line).isNotIn(".inst", "udf", "<unknown>");
            }
        }
        // laid-out, patched loops: decodable, every branch inside the trace
        LoopGenerator generator = new LoopGenerator(set, AArch64AgreementTest.SEED);
        int instructions = 0;
        String first = null;
        try (Arena arena = Arena.ofConfined()) {
            RegisterFile rf = RegisterFile.allocate(arena, LoopGenerator.LOCALS, LoopGenerator.STACK, 1);
            for (int i = 0; i < 40; i++) {
                LoopGenerator.Case c = generator.next(rf);
                TraceLayout layout = TraceLayout.plan(set, c.body(), c.stubs());
                byte[] code = layout.emitToArray(BASE, AArch64AgreementTest.DATA_BASE);
                String text = listing(code, BASE);
                instructions += check("loop " + i + " " + c.body(), text, BASE, code.length);
                if (first == null) {
                    first = "pieces " + layout.pieceNames() + "\n" + text;
                }
            }
        }
        System.out.println("AArch64 listing of the first generated loop:\n" + first);
        System.out.printf("aarch64 disassembly: %d stencils and 40 loops (%d instructions) decode; every branch lands"
                + " in its trace%n", all.size(), instructions);
    }
}
