package dev.tiercel.frontend.lexer;

import dev.tiercel.runtime.spi.CompileError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Python source into tokens: logical lines (NEWLINE), indentation (INDENT/DEDENT), names, numbers, string
 * literals (kept whole, prefix included; f-strings too) and operators. Inside brackets newlines are ignored.
 */
public final class Tokenizer {
    private static final int MAX_INDENT = 100, MAX_PAREN = 200, TAB = 8;
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "<>", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "~", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/",
        ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "!",
    };

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    /** Where the comment just skipped began (-1 if none): the NEWLINE after it starts there. */
    private int commentStart = -1;
    private final List<int[]> parens = new ArrayList<>(); // {char, line, col}
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));

    /** eval input gets no newline appended, so the NEWLINE made up at its end has no column (CPython's -1). */
    private boolean evalInput;

    private Tokenizer(String src) {
        this.src = src;
    }

    /** Tokenizes {@code eval} input (see {@link #tokenize}). */
    public static List<Token> tokenizeEval(String source) {
        return tokenize(source, true);
    }

    /** Normalizes newlines, as CPython's reader does. */
    public static String normalize(String source) {
        String s = source.replace("\r\n", "\n").replace('\r', '\n');
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s;
    }

    /**
     * Tokenizes the whole source. A tokenizer error does not throw here: it ends the list with an ERROR token
     * (see {@link #errorOf}), so that a syntax error the parser finds earlier wins, as with CPython's lazy tokenizer.
     */
    public static List<Token> tokenize(String source) {
        return tokenize(source, false);
    }

    private static List<Token> tokenize(String source, boolean evalInput) {
        Tokenizer t = new Tokenizer(normalize(source));
        t.evalInput = evalInput;
        try {
            t.run();
        } catch (SyntaxErrorException e) {
            Token error = new Token(TokenKind.ERROR, "", e.line(), Math.max(0, e.col() - 1), e.line(),
                    Math.max(0, e.col() - 1));
            t.tokens.add(error);
            Priority priority = t.classify(e);
            // the tokenizer's own errors keep the line as read, without its newline (CPython's tok->line_start)
            ErrorInfo info = new ErrorInfo(priority == Priority.HARD
                    ? e.withTextFrom(SyntaxErrorException.TextSource.TOKENIZER) : e, priority);
            ERRORS.get().put(error, info);
            t.tokens.add(new Token(TokenKind.ENDMARKER, "", e.line(), 0, e.line(), 0));
        }
        return t.tokens;
    }

    /**
     * How a tokenizer error competes with a parser error found earlier in the file (CPython tokenizes the rest of
     * the source after a parser error): a HARD error replaces it; an unclosed bracket replaces it only when the
     * parser had read past the bracket's line; a SOFT one (a stray '$', indentation, EOF after '\') never does.
     */
    public enum Priority { HARD, UNCLOSED, SOFT }

    private record ErrorInfo(SyntaxErrorException error, Priority priority) {}

    /** Errors behind ERROR tokens, by token identity (f-string fields are tokenized on the same thread). */
    private static final ThreadLocal<java.util.Map<Token, ErrorInfo>> ERRORS =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private Priority classify(SyntaxErrorException e) {
        String m = e.getMessage();
        if (m.endsWith("was never closed")) {
            return Priority.UNCLOSED;
        }
        if (e.kind() != CompileError.Kind.SYNTAX_ERROR || m.equals("invalid syntax")
                || m.equals("unexpected EOF while parsing")
                || m.equals("unexpected character after line continuation character")) {
            return Priority.SOFT;
        }
        return Priority.HARD;
    }

    /** The error behind an ERROR token. */
    public static SyntaxErrorException errorOf(Token t) {
        ErrorInfo e = ERRORS.get().get(t);
        return e != null ? e.error() : new SyntaxErrorException("invalid syntax", t.line(), t.col() + 1, t.line(),
                t.col() + 1);
    }

    /** The priority of the error behind an ERROR token. */
    public static Priority priorityOf(Token t) {
        ErrorInfo e = ERRORS.get().get(t);
        return e != null ? e.priority() : Priority.SOFT;
    }

    private void run() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && parens.isEmpty()) {
                if (!indentation()) {
                    break;
                }
                atLineStart = false;
            }
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            if (c != '\n') {
                commentStart = -1;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                commentStart = pos;
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            } else if (c == '\n') {
                if (parens.isEmpty()) {
                    // CPython's NEWLINE token starts where a trailing comment does
                    add(TokenKind.NEWLINE, "\n", commentStart >= 0 ? commentStart : pos, pos + 1);
                    atLineStart = true;
                }
                newline();
            } else if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos++;
                    newline();
                    if (pos >= src.length()) {
                        throw error("unexpected EOF while parsing", line, 0);
                    }
                } else if (pos + 1 >= src.length()) {
                    throw new SyntaxErrorException("unexpected EOF while parsing", line, col(pos) + 2, line, -1);
                } else {
                    // CPython reports the column after the character that follows the backslash
                    throw new SyntaxErrorException("unexpected character after line continuation character", line,
                            col(pos) + 2, line, 0);
                }
            } else if (isIdentStart(c) || Character.isHighSurrogate(c)) {
                name();
            } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos, pos);
            } else {
                operator();
            }
        }
        if (!parens.isEmpty()) {
            int[] p = parens.get(parens.size() - 1);
            throw new SyntaxErrorException("'" + (char) p[0] + "' was never closed", p[1], p[2], p[1], 0);
        }
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && last.kind() != TokenKind.NEWLINE && last.kind() != TokenKind.DEDENT
                && last.kind() != TokenKind.INDENT) {
            int at = evalInput ? -1 : col(commentStart >= 0 ? commentStart : pos);
            tokens.add(new Token(TokenKind.NEWLINE, "", line, at, line, at + 1));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            tokens.add(new Token(TokenKind.DEDENT, "", line, 0, line, 0));
        }
        tokens.add(new Token(TokenKind.ENDMARKER, "", line, 0, line, 0));
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    /** Measures a new line's indentation; skips blank lines. Returns false at end of input. */
    private boolean indentation() {
        while (true) {
            int col = 0, alt = 0;
            int p = pos;
            while (p < src.length()) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / TAB + 1) * TAB;
                    alt++;
                } else if (c == '\f') {
                    col = alt = 0;
                } else {
                    break;
                }
                p++;
            }
            if (p >= src.length()) {
                pos = p;
                return false;
            }
            char c = src.charAt(p);
            if (c == '#' || c == '\n' || (c == '\\' && p + 1 < src.length() && src.charAt(p + 1) == '\n'
                    && blankAfterContinuation(p + 2))) {
                // blank or comment-only line: no tokens, no indentation change
                while (p < src.length() && src.charAt(p) != '\n') {
                    p++;
                }
                pos = p;
                if (pos >= src.length()) {
                    return false;
                }
                newline();
                continue;
            }
            pos = p;
            int top = indents.get(indents.size() - 1);
            int altTop = altIndents.get(altIndents.size() - 1);
            if (col == top) {
                if (alt != altTop) {
                    throw tabError();
                }
            } else if (col > top) {
                if (alt <= altTop) {
                    throw tabError();
                }
                if (indents.size() >= MAX_INDENT) {
                    throw new SyntaxErrorException(CompileError.Kind.INDENTATION_ERROR,
                            "too many levels of indentation", line, 1, line, 0);
                }
                indents.add(col);
                altIndents.add(alt);
                tokens.add(new Token(TokenKind.INDENT, src.substring(lineStart, pos), line, 0, line, col(pos)));
            } else {
                while (indents.size() > 1 && col < indents.get(indents.size() - 1)) {
                    indents.remove(indents.size() - 1);
                    altIndents.remove(altIndents.size() - 1);
                    tokens.add(new Token(TokenKind.DEDENT, "", line, col(pos), line, col(pos)));
                }
                if (col != indents.get(indents.size() - 1)) {
                    int end = src.indexOf('\n', pos);
                    int eol = col(end < 0 ? src.length() : end) + 1;
                    throw new SyntaxErrorException(CompileError.Kind.INDENTATION_ERROR,
                            "unindent does not match any outer indentation level", line, eol, line, -1);
                }
                if (alt != altIndents.get(altIndents.size() - 1)) {
                    throw tabError();
                }
            }
            return true;
        }
    }

    private boolean blankAfterContinuation(int p) {
        return false;
    }

    private SyntaxErrorException tabError() {
        return new SyntaxErrorException(CompileError.Kind.TAB_ERROR,
                "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    private void name() {
        int start = pos;
        while (pos < src.length()) {
            int cp = src.codePointAt(pos);
            if (pos == start ? isIdentStartCp(cp) : isIdentPartCp(cp)) {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (pos == start) {
            int cp = src.codePointAt(pos);
            throw invalidCharacter(cp);
        }
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && isStringPrefix(word)) {
            string(start, pos);
            return;
        }
        if (pos < src.length() && src.codePointAt(pos) > 127 && !isIdentPartCp(src.codePointAt(pos))
                && !Character.isWhitespace(src.codePointAt(pos))) {
            throw invalidCharacter(src.codePointAt(pos));
        }
        String normalized = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
        add(TokenKind.NAME, normalized, start, pos);
    }

    private SyntaxErrorException invalidCharacter(int cp) {
        String hex = String.format("U+%04X", cp);
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR
                || Character.getType(cp) == Character.FORMAT) {
            return error("invalid non-printable character " + hex, line, col(pos) + 1);
        }
        return error("invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")", line,
                col(pos) + 1);
    }

    private static boolean isStringPrefix(String w) {
        String l = w.toLowerCase();
        return switch (l) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
            default -> false;
        };
    }

    private void number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int digits = 0;
            while (pos < src.length()) {
                char d = src.charAt(pos);
                if (d == '_') {
                    pos++;
                    if (pos >= src.length() || !isRadixDigit(src.charAt(pos), 16)) {
                        throw error("invalid " + radixName(kind) + " literal", line, col(pos));
                    }
                    continue;
                }
                if (!isRadixDigit(d, 16)) {
                    break;
                }
                if (!isRadixDigit(d, kind == 'x' ? 16 : kind == 'o' ? 8 : 2)) {
                    if (isDigit(d)) {
                        throw error("invalid digit '" + d + "' in " + radixName(kind) + " literal", line,
                                col(pos) + 1);
                    }
                    break;
                }
                digits++;
                pos++;
            }
            if (digits == 0) {
                throw error("invalid " + radixName(kind) + " literal", line, col(pos));
            }
            checkNumberEnd(start, radixName(kind));
            add(TokenKind.NUMBER, src.substring(start, pos), start, pos);
            return;
        }
        boolean isFloat = false;
        digits();
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                digits();
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            boolean signed = pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-');
            if (signed) {
                pos++;
            }
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                digits();
                isFloat = true;
            } else {
                // CPython backs up to the 'e' (or stays after the sign) and reports the characters before it
                throw error("invalid decimal literal", line, signed ? col(pos) : col(save));
            }
        }
        boolean imaginary = false;
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            imaginary = true;
        }
        String text = src.substring(start, pos);
        if (!isFloat && !imaginary && text.length() > 1 && text.charAt(0) == '0'
                && !text.replace("_", "").chars().allMatch(ch -> ch == '0')) {
            int zerosEnd = start;
            while (src.charAt(zerosEnd) == '0' || src.charAt(zerosEnd) == '_') {
                zerosEnd++;
            }
            throw new SyntaxErrorException("leading zeros in decimal integer literals are not permitted; use an 0o "
                    + "prefix for octal integers", line, col(start) + 1, line, col(zerosEnd) + 1);
        }
        checkNumberEnd(start, imaginary ? "imaginary" : isFloat ? "decimal" : "decimal");
        add(TokenKind.NUMBER, text, start, pos);
    }

    private void checkNumberEnd(int start, String what) {
        if (pos < src.length()) {
            int cp = src.codePointAt(pos);
            if (isIdentStartCp(cp) || isDigit((char) cp)) {
                // keywords right after a number ("1if x else y") are allowed by CPython with a warning
                for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
                    if (src.startsWith(kw, pos)) {
                        return;
                    }
                }
                throw error("invalid " + what + " literal", line, col(pos));
            }
        }
    }

    private static String radixName(char kind) {
        return kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
    }

    private void digits() {
        while (pos < src.length()) {
            char d = src.charAt(pos);
            if (isDigit(d)) {
                pos++;
            } else if (d == '_') {
                if (pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) {
                    pos++;
                } else {
                    pos++;
                    throw error("invalid decimal literal", line, col(pos));
                }
            } else {
                break;
            }
        }
    }

    private static boolean isRadixDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0 && c < 128;
    }

    /** Scans a string literal whose prefix starts at {@code start} and quote at {@code quotePos}. */
    private void string(int start, int quotePos) {
        int startLine = line;
        int startCol = col(start);
        String prefix = src.substring(start, quotePos).toLowerCase();
        pos = quotePos;
        scanStringBody(prefix.contains("f"), prefix.contains("r"), startLine, startCol);
        tokens.add(new Token(TokenKind.STRING, src.substring(start, pos), startLine, startCol, line, col(pos)));
    }

    /** Advances {@link #pos} past a string literal starting at its quote. */
    private void scanStringBody(boolean fstring, boolean raw, int startLine, int startCol) {
        char q = src.charAt(pos);
        boolean triple = src.startsWith("" + q + q + q, pos);
        pos += triple ? 3 : 1;
        int braceDepth = 0; // f-string replacement-field nesting (fields inside format specs nest)
        while (true) {
            if (pos >= src.length()) {
                throw unterminated(triple, fstring, startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                if (!triple && braceDepth == 0) {
                    throw unterminated(false, fstring, startLine, startCol);
                }
                newline();
                continue;
            }
            if (braceDepth == 0 || !fstring) {
                if (c == '\\' && fstring && pos + 1 < src.length()
                        && (src.charAt(pos + 1) == '{' || src.charAt(pos + 1) == '}')) {
                    pos++; // a backslash does not escape a brace: the brace still opens or closes a field
                    continue;
                }
                if (c == '\\' && fstring && !raw && src.startsWith("N{", pos + 1)) {
                    int close = src.indexOf('}', pos);
                    if (close > 0) {
                        pos = close + 1; // \N{NAME} is an escape, not a field
                        continue;
                    }
                }
                if (c == '\\') {
                    pos++;
                    if (pos < src.length()) {
                        if (src.charAt(pos) == '\n') {
                            newline();
                        } else {
                            pos++;
                        }
                    }
                    continue;
                }
                if (c == q && (!triple || src.startsWith("" + q + q + q, pos))) {
                    pos += triple ? 3 : 1;
                    return;
                }
                if (fstring && c == '{') {
                    if (pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                        pos += 2;
                        continue;
                    }
                    braceDepth = 1;
                    pos++;
                    scanFieldExpression(q, triple, startLine, startCol, line, col(pos - 1) + 1);
                    braceDepth = 0;
                    continue;
                }
                pos++;
            }
        }
    }

    /** Skips an f-string replacement field's expression (and format spec) up to and including its '}'. */
    private void scanFieldExpression(char q, boolean triple, int startLine, int startCol, int braceLine,
            int braceCol) {
        List<int[]> open = new ArrayList<>(); // brackets open inside the field's expression: {char, line, col}
        int depth = 0;
        boolean inSpec = false;
        while (true) {
            if (pos >= src.length()) {
                throw neverClosed(open, braceLine, braceCol);
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                if (!triple && inSpec) {
                    throw unterminated(false, true, startLine, startCol);
                }
                newline();
                continue;
            }
            if (inSpec) {
                if (c == '{') {
                    pos++;
                    scanFieldExpression(q, triple, startLine, startCol, line, col(pos - 1) + 1);
                    continue;
                }
                if (c == '}') {
                    pos++;
                    return;
                }
                if (c == q && (!triple || src.startsWith("" + q + q + q, pos))) {
                    throw new SyntaxErrorException("f-string: expecting '}', or format specs", line, col(pos) + 1,
                            line, col(pos) + 2);
                }
                if (c == '\\') {
                    pos++;
                }
                pos++;
                continue;
            }
            if (triple && depth == 0 && src.startsWith("" + q + q + q, pos)) {
                throw error("f-string: expecting '}'", line, col(pos) + 1);
            }
            if (c == '\'' || c == '"') {
                int save = pos;
                if (c == q && !triple && depth == 0) {
                    // PEP 701 allows the enclosing quote to start a nested string; if that string does not end
                    // on this line, the quote was meant to close the f-string and the field is unterminated
                    int saveLine = line, saveStart = lineStart;
                    int p0 = save - 1;
                    while (p0 >= 0 && Character.isLetter(src.charAt(p0))) {
                        p0--;
                    }
                    String prefix0 = src.substring(p0 + 1, save).toLowerCase();
                    boolean isPrefix0 = isStringPrefix(prefix0);
                    try {
                        scanStringBody(isPrefix0 && prefix0.contains("f"), isPrefix0 && prefix0.contains("r"), line,
                                col(save));
                        continue;
                    } catch (SyntaxErrorException e) {
                        pos = save;
                        line = saveLine;
                        lineStart = saveStart;
                        // a string prefix before the quote ("!r'") was read as the start of that string
                        throw error("f-string: expecting '}'", line, col(isPrefix0 ? p0 + 1 : pos) + 1);
                    }
                }
                int p = pos - 1;
                while (p >= 0 && Character.isLetter(src.charAt(p))) {
                    p--;
                }
                String prefix = src.substring(p + 1, save).toLowerCase();
                boolean isPrefix = isStringPrefix(prefix);
                scanStringBody(isPrefix && prefix.contains("f"), isPrefix && prefix.contains("r"), line, col(save));
                continue;
            }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++; // a comment inside a multi-line field (PEP 701)
                }
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                open.add(new int[] {c, line, col(pos) + 1});
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0 && c == '}') {
                    pos++;
                    return;
                }
                if (depth == 0) {
                    throw error("f-string: unmatched '" + c + "'", line, col(pos) + 1);
                }
                char o = (char) open.get(open.size() - 1)[0];
                if ((o == '(' ? ')' : o == '[' ? ']' : '}') != c) {
                    throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'",
                            line, col(pos) + 1);
                }
                open.remove(open.size() - 1);
                depth--;
            } else if (c == ':' && depth == 0) {
                inSpec = true;
            } else if (c == '!' && depth == 0 && pos + 1 < src.length() && src.charAt(pos + 1) != '=') {
                // conversion: continue; the parser validates it
            }
            pos++;
        }
    }

    /** End of input inside an f-string field: the innermost bracket (or the field's brace) was never closed. */
    private SyntaxErrorException neverClosed(List<int[]> open, int braceLine, int braceCol) {
        if (!open.isEmpty()) {
            int[] o = open.get(open.size() - 1);
            return new SyntaxErrorException("'" + (char) o[0] + "' was never closed", o[1], o[2], o[1], 0);
        }
        return new SyntaxErrorException("'{' was never closed", braceLine, braceCol, braceLine, 0);
    }

    private SyntaxErrorException unterminated(boolean triple, boolean fstring, int startLine, int startCol) {
        int detected = line;
        if (pos >= src.length() && src.endsWith("\n") && line > startLine) {
            detected = line - 1; // EOF is on an empty line after the last newline
        }
        String what = fstring ? "f-string literal" : "string literal";
        if (triple) {
            return error("unterminated triple-quoted " + what + " (detected at line " + detected + ")",
                    startLine, startCol + 1);
        }
        return error("unterminated " + what + " (detected at line " + detected + ")", startLine, startCol + 1);
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                int start = pos;
                pos += op.length();
                char c = op.charAt(0);
                if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                    if (parens.size() >= MAX_PAREN) {
                        throw error("too many nested parentheses", line, col(start) + 1);
                    }
                    parens.add(new int[] {c, line, col(start) + 1});
                } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                    if (parens.isEmpty()) {
                        throw error("unmatched '" + c + "'", line, col(start) + 1);
                    }
                    int[] open = parens.remove(parens.size() - 1);
                    char expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
                    if (c != expected) {
                        String where = open[1] != line ? " on line " + open[1] : "";
                        throw error("closing parenthesis '" + c + "' does not match opening parenthesis '"
                                + (char) open[0] + "'" + where, line, col(start) + 1);
                    }
                }
                add(TokenKind.OP, op, start, pos);
                return;
            }
        }
        int cp = src.codePointAt(pos);
        if (cp == '$' || cp == '?' || cp == '`') {
            throw new SyntaxErrorException("invalid syntax", line, col(pos) + 1, line, col(pos) + 2);
        }
        throw invalidCharacter(cp);
    }

    private void add(TokenKind kind, String text, int start, int end) {
        tokens.add(new Token(kind, text, line, col(start), line, col(end)));
    }

    private int cachedLineStart = -1, cachedIndex, cachedCol;

    /** UTF-8 byte column of a source index on the current line (incremental, so long lines stay linear). */
    private int col(int index) {
        int from = Math.min(lineStart, index);
        if (cachedLineStart == from && index >= cachedIndex) {
            cachedCol += utf8Length(src, cachedIndex, index);
        } else {
            cachedCol = utf8Length(src, from, index);
        }
        cachedLineStart = from;
        cachedIndex = index;
        return cachedCol;
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** A syntax error at a 1-based byte column (converted to characters at the frontend's boundary). */
    private SyntaxErrorException error(String msg, int atLine, int oneBasedByteCol) {
        return new SyntaxErrorException(msg, atLine, oneBasedByteCol, atLine, oneBasedByteCol);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return c == '_' || (c < 128 ? Character.isLetter(c) : Character.isUnicodeIdentifierStart(c));
    }

    private static boolean isIdentStartCp(int cp) {
        return cp == '_' || (cp < 128 ? Character.isLetter(cp) : Character.isUnicodeIdentifierStart(cp));
    }

    private static boolean isIdentPartCp(int cp) {
        return cp == '_' || (cp < 128 ? Character.isLetterOrDigit(cp)
                : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    /** The UTF-8 byte length of a string (for end columns of generated positions). */
    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
