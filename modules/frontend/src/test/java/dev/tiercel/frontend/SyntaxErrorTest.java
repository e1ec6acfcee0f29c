package dev.tiercel.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: exception type, message, line, offset, end line and end offset exactly as CPython 3.13 reports
 * them (the end decides the carets a traceback draws). expected.tsv is produced by
 * tools/gen-syntax-error-expected.py from CPython; a None position is recorded as 0.
 */
class SyntaxErrorTest {

    record Case(String source, String expected) {
        @Override
        public String toString() {
            return source.length() > 40 ? source.substring(0, 40) + "..." : source;
        }
    }

    static Stream<Case> cases() throws IOException {
        return ReferenceDisassemblyTest.read("syntax/expected.tsv").lines().filter(l -> !l.isEmpty()).map(l -> {
            int tab = l.lastIndexOf('\t');
            return new Case(unescape(l.substring(0, tab)), l.substring(tab + 1));
        });
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsLikeCPython(Case c) {
        String actual;
        try {
            new PythonFrontend().compile(c.source(), "<string>", Frontend.Mode.EXEC);
            actual = "OK";
        } catch (CompileError e) {
            String kind = switch (e.kind()) {
                case SYNTAX_ERROR -> "SyntaxError";
                case INDENTATION_ERROR -> "IndentationError";
                case TAB_ERROR -> "TabError";
                case RECURSION_ERROR -> "RecursionError";
                case MEMORY_ERROR -> "MemoryError";
            };
            actual = kind + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                    + e.endOffset();
        }
        assertThat(actual).isEqualTo(c.expected());
    }
}
