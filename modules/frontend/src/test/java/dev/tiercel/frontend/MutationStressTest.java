package dev.tiercel.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import dev.tiercel.frontend.lexer.Tokenizer;
import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded token-level mutations (insertions, deletions, duplications, swaps) of the example programs: the
 * frontend must either compile or raise CompileError, never throw anything else or report an internal error.
 */
class MutationStressTest {
    private static final long SEED = 0x7143_2e13L;
    /** More with -Dtiercel.mutants=N (for a long local run). */
    private static final int CASES = Integer.getInteger("tiercel.mutants", 3000);
    private static final String[] VOCABULARY = {
        "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+=", "*", "**", "-", "->", "@", ";", ":=", "...",
        "if", "else", "elif", "for", "in", "while", "def", "class", "return", "yield", "lambda", "not", "and",
        "try", "except", "finally", "with", "as", "import", "from", "global", "nonlocal", "del", "pass", "break",
        "continue", "raise", "await", "async", "match", "case", "x", "y", "0", "1.5", "2j", "'s'", "f'{x}'",
        "b'b'", "\n", "\n    ", "\\\n", "    ", "None", "True", "#c\n",
    };

    @Test
    void mutatedProgramsCompileOrRaiseCompileError() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String name : ReferenceDisassemblyTest.programs().toList()) {
            sources.add(ReferenceDisassemblyTest.read("dis/" + name + ".py"));
        }
        Random random = new Random(SEED);
        PythonFrontend frontend = new PythonFrontend();
        int compiled = 0, rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            String source = mutate(sources.get(random.nextInt(sources.size())), random);
            try {
                frontend.compile(source, "<mutant>", Frontend.Mode.EXEC);
                compiled++;
            } catch (CompileError e) {
                assertThat(e.msg()).as("mutant %d:%n%s", i, source).doesNotStartWith("internal compiler error");
                rejected++;
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(compiled + rejected).isEqualTo(CASES);
        assertThat(rejected).isPositive();
        assertThat(seconds).isLessThan(30L * CASES / 3000);
    }

    /** The same over the (ASCII) syntax-error corpus: error-rich input that drives the invalid_* rules. */
    @Test
    void mutatedSyntaxErrorCasesRaiseOnlyCompileError() throws Exception {
        List<String> sources = SyntaxErrorTest.cases().map(SyntaxErrorTest.Case::source)
                .filter(s -> s.chars().allMatch(ch -> ch < 128) && s.length() < 2000).toList();
        Random random = new Random(SEED + 1);
        PythonFrontend frontend = new PythonFrontend();
        for (int i = 0; i < CASES; i++) {
            String source = mutate(sources.get(random.nextInt(sources.size())), random);
            try {
                frontend.compile(source, "<mutant>", Frontend.Mode.EXEC);
            } catch (CompileError e) {
                assertThat(e.msg()).as("mutant %d:%n%s", i, source).doesNotStartWith("internal compiler error");
            }
        }
    }

    /** Applies 1-3 token edits; token boundaries come from our tokenizer (the examples are ASCII). */
    static String mutate(String source, Random random) {
        String s = source;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<int[]> spans = spans(s);
            if (spans.isEmpty()) {
                break;
            }
            int[] t = spans.get(random.nextInt(spans.size()));
            switch (random.nextInt(4)) {
                case 0 -> s = s.substring(0, t[0]) + s.substring(t[1]);
                case 1 -> s = s.substring(0, t[1]) + s.substring(t[0], t[1]) + s.substring(t[1]);
                case 2 -> {
                    String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
                    s = s.substring(0, t[0]) + word + (word.endsWith("\n") ? "" : " ") + s.substring(t[0]);
                }
                default -> {
                    int k = spans.indexOf(t);
                    if (k + 1 < spans.size()) {
                        int[] u = spans.get(k + 1);
                        s = s.substring(0, t[0]) + s.substring(u[0], u[1]) + s.substring(t[1], u[0])
                                + s.substring(t[0], t[1]) + s.substring(u[1]);
                    }
                }
            }
        }
        return s;
    }

    private static List<int[]> spans(String s) {
        List<int[]> out = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        for (Token t : Tokenizer.tokenize(s)) {
            if (t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.ERROR || t.kind() == TokenKind.DEDENT
                    || t.kind() == TokenKind.INDENT || t.line() > lineStarts.size()
                    || t.endLine() > lineStarts.size()) {
                continue;
            }
            int a = lineStarts.get(t.line() - 1) + t.col();
            int b = lineStarts.get(t.endLine() - 1) + t.endCol();
            if (a < b && b <= s.length()) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }
}
