package dev.tiercel.launcher;

import dev.tiercel.runtime.spi.LoopReport;
import dev.tiercel.runtime.spi.LoopReport.Attempt;
import dev.tiercel.runtime.spi.LoopReport.Exit;
import dev.tiercel.runtime.spi.LoopReport.HotLoop;
import dev.tiercel.runtime.spi.TraceOptimizer;
import dev.tiercel.runtime.spi.Tiers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code -X jit-report}: after the program, says for each loop that got hot whether tier 2 traced it, how long the
 * trace was before and after optimization, which backend ran it, where it exited and whether it was invalidated,
 * and when no trace was made, why, with the line that caused it.
 */
final class JitReport {
    static final String OPTION = "jit-report";
    private static final int MAX_EXITS = 5;

    private final Tiers tiers;
    private final Optional<LoopReport> report;
    private final Map<String, List<String>> sources = new HashMap<>();

    private JitReport(Tiers tiers, Optional<LoopReport> report) {
        this.tiers = tiers;
        this.report = report;
    }

    /** Starts recording, before the program runs. */
    static JitReport start(Tiers tiers) {
        Optional<LoopReport> report = tiers.tier2Enabled()
                ? tiers.optimizer().flatMap(TraceOptimizer::loopReport) : Optional.empty();
        report.ifPresent(LoopReport::start);
        return new JitReport(tiers, report);
    }

    void print(PrintStream out) {
        out.flush();
        StringBuilder sb = new StringBuilder("\nJIT report (-X jit-report)\n");
        if (tiers.optimizer().isEmpty()) {
            sb.append("Tier 2 is absent: this image has no tier-2 optimizer, so every loop ran in tier 1 and none "
                    + "was traced.\n");
        } else if (!tiers.tier2Enabled()) {
            sb.append(tiers.tier2Requested()
                    ? "Tier 2 is present but has no usable backend here, so every loop ran in tier 1.\n"
                    : "Tier 2 is off (PYTHON_JIT=1 turns it on), so every loop ran in tier 1 and none was traced.\n");
        } else if (report.isEmpty()) {
            sb.append("The tier-2 optimizer keeps no record of loops; nothing to report.\n");
        } else {
            loops(sb, report.get().loops());
        }
        out.print(sb);
        out.flush();
    }

    private void loops(StringBuilder sb, List<HotLoop> loops) {
        String backend = tiers.activeBackend().map(b -> b.name()).orElse("none");
        long hot = loops.stream().filter(l -> l.sideTraceOf() == 0).count();
        sb.append("Tier 2 on (first backend: ").append(backend).append("); ").append(hot)
                .append(hot == 1 ? " loop" : " loops").append(" got hot");
        long sides = loops.size() - hot;
        if (sides > 0) {
            sb.append(", ").append(sides).append(sides == 1 ? " hot side exit" : " hot side exits");
        }
        sb.append(".\n");
        for (HotLoop loop : loops) {
            sb.append('\n');
            heading(sb, loop);
            List<Attempt> attempts = loop.attempts();
            for (int i = 0; i < attempts.size(); ) {
                int same = 1; // tier 1 retries with back-off: identical failures are told once
                while (i + same < attempts.size() && !attempts.get(i).created()
                        && attempts.get(i + same).equals(attempts.get(i))) {
                    same++;
                }
                if (attempts.size() > 1) {
                    sb.append("    ").append(same == 1 ? "attempt " + (i + 1)
                            : "attempts " + (i + 1) + "-" + (i + same)).append(": ");
                }
                attempt(sb, loop, attempts.get(i));
                i += same;
            }
        }
    }

    private void heading(StringBuilder sb, HotLoop loop) {
        String where = loop.qualname().equals("<module>") ? "module level" : "in " + loop.qualname() + "()";
        if (loop.sideTraceOf() != 0) {
            sb.append(loop.filename()).append(':').append(loop.sideTraceOf()).append(": side exit ").append(where)
                    .append(", traced on its own\n");
            source(sb, loop.filename(), loop.sideTraceOf());
            return;
        }
        sb.append(loop.filename()).append(':').append(loop.firstLine()).append(": loop ").append(where);
        if (loop.lastLine() != loop.firstLine()) {
            sb.append(" (lines ").append(loop.firstLine()).append('-').append(loop.lastLine()).append(')');
        }
        sb.append('\n');
        source(sb, loop.filename(), loop.firstLine());
    }

    private void attempt(StringBuilder sb, HotLoop loop, Attempt a) {
        String indent = "    ";
        if (loop.attempts().size() == 1) {
            sb.append(indent);
        }
        if (!a.created()) {
            sb.append("no trace: ").append(a.why());
            if (a.whyLine() > 0) {
                sb.append(" at line ").append(a.whyLine());
            }
            sb.append('\n');
            if (a.whyLine() > 0 && a.whyLine() != loop.firstLine()) {
                source(sb, loop.filename(), a.whyLine());
            }
            return;
        }
        sb.append("trace created: ").append(a.projectedLength()).append(" uops projected, ")
                .append(a.optimizedLength()).append(" after optimization; run by the ").append(a.backend())
                .append('\n');
        sb.append(indent).append("  ends: ").append(a.why());
        if (a.whyLine() > 0) {
            sb.append(" (line ").append(a.whyLine()).append(')');
        }
        sb.append('\n');
        if (a.exits().isEmpty()) {
            sb.append(indent).append("  exits: none taken\n");
        } else {
            long total = a.exits().stream().mapToLong(Exit::count).sum();
            sb.append(indent).append("  exits: ").append(total).append(" taken");
            String sep = ": ";
            for (Exit e : a.exits().subList(0, Math.min(MAX_EXITS, a.exits().size()))) {
                sb.append(sep).append("line ").append(e.line()).append(' ').append(e.guard()).append(" x")
                        .append(e.count());
                sep = ", ";
            }
            if (a.exits().size() > MAX_EXITS) {
                sb.append(", ...");
            }
            sb.append('\n');
        }
        sb.append(indent).append("  invalidated: ").append(a.invalidation().isEmpty() ? "no" : a.invalidation())
                .append('\n');
    }

    /** The source line, indented, when the file can be read. */
    private void source(StringBuilder sb, String filename, int line) {
        List<String> lines = sources.computeIfAbsent(filename, f -> {
            try {
                return Files.readAllLines(Path.of(f));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        if (line >= 1 && line <= lines.size()) {
            sb.append(String.format("  %4d | %s%n", line, lines.get(line - 1).strip()));
        }
    }
}
