package dev.tiercel.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiercel.runtime.spi.CompileError;
import dev.tiercel.runtime.spi.Frontend;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: message, line and offset as CPython 3.13 reports them (expected.tsv is produced by
 * tools/gen-syntax-error-expected.py from CPython; a None line/offset is recorded as 0).
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

    /**
     * Message, line, offset and the caret span a traceback draws (CPython 3.13's traceback rules applied to the
     * end position, so equivalent end positions such as 0 and -1 compare equal).
     */
    static String shown(String source, String result) {
        String[] f = result.split("\\|", -1);
        if (f.length < 6) {
            return result;
        }
        int line = Integer.parseInt(f[2]), offset = Integer.parseInt(f[3]);
        int endLine = Integer.parseInt(f[4]), endOffset = Integer.parseInt(f[5]);
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        String rtext = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        int textLength = rtext.length() + (line < lines.length ? 1 : 0);
        int end = line == endLine ? (endOffset != 0 ? endOffset : offset) : rtext.length() + 1;
        int start = offset;
        if (start > textLength) {
            start = rtext.length() + 1;
        }
        if (end > textLength) {
            end = rtext.length() + 1;
        }
        if (start >= end || end < 0) {
            end = start + 1;
        }
        return f[0] + "|" + f[1] + "|" + line + "|" + offset + "|carets " + start + ".." + end;
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
            };
            actual = kind + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                    + e.endOffset();
        }
        assertThat(shown(c.source(), actual)).isEqualTo(shown(c.source(), c.expected()));
    }
}
