package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import dev.tiercel.frontend.lexer.Tokenizer;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a run of adjacent string literals into one {@link Expr.Constant} or, when any is an f-string, a
 * {@link Expr.JoinedStr}; replacement fields are parsed by a nested expression parser.
 */
final class FStringParser {
    private final ExpressionParser outer;

    FStringParser(ExpressionParser outer) {
        this.outer = outer;
    }

    Expr strings() {
        TokenStream ts = outer.tokens();
        Token first = ts.peek();
        List<Token> run = new ArrayList<>();
        while (ts.at(TokenKind.STRING)) {
            run.add(ts.next());
        }
        Token last = run.get(run.size() - 1);
        Pos pos = new Pos(first.line(), first.col(), last.endLine(), last.endCol());
        boolean anyBytes = false, anyStr = false, anyF = false;
        for (Token t : run) {
            StringLiterals.Parts p = StringLiterals.split(t.text());
            if (p.isBytes()) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
            anyF |= p.isF();
        }
        if (anyBytes && anyStr) {
            Token after = ts.peek(0);
            throw TokenStream.errorAt(after.line(), after.col(), after.line(), after.col(),
                    "cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            StringBuilder sb = new StringBuilder();
            for (Token t : run) {
                StringLiterals.Parts p = StringLiterals.split(t.text());
                sb.append(StringLiterals.decode(p.body(), p.isRaw(), true, t.line(), t.col() + 1));
            }
            byte[] b = new byte[sb.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) sb.charAt(i);
            }
            return new Expr.Constant(pos, new PyBytes(b));
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token t : run) {
                StringLiterals.Parts p = StringLiterals.split(t.text());
                sb.append(StringLiterals.decode(p.body(), p.isRaw(), false, t.line(), t.col() + 1));
            }
            return new Expr.Constant(pos, PyStr.of(sb.toString()));
        }
        Builder parts = new Builder(pos);
        for (Token t : run) {
            StringLiterals.Parts p = StringLiterals.split(t.text());
            if (!p.isF()) {
                parts.literal(StringLiterals.decode(p.body(), p.isRaw(), false, t.line(), t.col() + 1),
                        new Pos(t.line(), t.col(), t.endLine(), t.endCol()));
                continue;
            }
            int prefixLen = t.text().length() - p.body().length() - 2 * p.quoteLen();
            Cursor c = new Cursor(p.body(), t.line(), t.col() + Tokenizer.utf8Length(t.text().substring(0,
                    prefixLen + p.quoteLen())), p.isRaw(), pos);
            c.triple = p.quoteLen() == 3;
            parseBody(c, parts, false, 0);
        }
        return new Expr.JoinedStr(pos, parts.finish());
    }

    /** Accumulates JoinedStr values, merging adjacent literal text. */
    private static final class Builder {
        final Pos pos;
        final List<Expr> values = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        /** Span of the pending literal text; null when it came from a whole plain string (then {@link #pos}). */
        Pos textPos;

        Builder(Pos pos) {
            this.pos = pos;
        }

        void literal(String s) {
            text.append(s);
        }

        /** Literal text located at {@code at} (merged spans when pieces are adjacent). */
        void literal(String s, Pos at) {
            if (s.isEmpty()) {
                return;
            }
            textPos = textPos == null ? at : Pos.span(textPos, at);
            text.append(s);
        }

        void field(Expr e) {
            flush();
            values.add(e);
        }

        private void flush() {
            if (!text.isEmpty()) {
                values.add(new Expr.Constant(textPos != null ? textPos : pos, PyStr.of(text.toString())));
                text.setLength(0);
            }
            textPos = null;
        }

        List<Expr> finish() {
            flush();
            return values;
        }
    }

    /** A position in an f-string body that tracks the source line and byte column. */
    private static final class Cursor {
        final String s;
        final boolean raw;
        boolean triple;
        final Pos whole;
        int i;
        int line;
        int col;

        Cursor(String s, int line, int col, boolean raw, Pos whole) {
            this.s = s;
            this.line = line;
            this.col = col;
            this.raw = raw;
            this.whole = whole;
        }

        boolean more() {
            return i < s.length();
        }

        char peek() {
            return s.charAt(i);
        }

        char peek(int k) {
            return i + k < s.length() ? s.charAt(i + k) : '\0';
        }

        void advance() {
            char c = s.charAt(i++);
            if (c == '\n') {
                line++;
                col = 0;
            } else {
                col += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
        }

        SyntaxErrorException error(String msg) {
            return new SyntaxErrorException(msg, line, col + 1, line, col + 1);
        }
    }

    /** Parses literal text and fields until the end of the body, or a '}' closing a format spec. */
    private void parseBody(Cursor c, Builder out, boolean inSpec, int depth) {
        StringBuilder lit = new StringBuilder();
        int litLine = c.line, litCol = c.col;
        while (c.more()) {
            char ch = c.peek();
            if (ch == '{') {
                if (!inSpec && c.peek(1) == '{') {
                    lit.append('{');
                    c.advance();
                    c.advance();
                    continue;
                }
                out.literal(decode(lit, c), new Pos(litLine, litCol, c.line, c.col));
                lit.setLength(0);
                int fieldLine = c.line, fieldCol = c.col;
                c.advance();
                field(c, out, depth + 1, fieldLine, fieldCol);
                litLine = c.line;
                litCol = c.col;
                continue;
            }
            if (ch == '}') {
                if (inSpec) {
                    break;
                }
                if (c.peek(1) == '}') {
                    lit.append('}');
                    c.advance();
                    c.advance();
                    continue;
                }
                throw c.error("f-string: single '}' is not allowed");
            }
            if (ch == '\\' && (c.peek(1) == '{' || c.peek(1) == '}')) {
                lit.append(ch); // the brace after it still opens or closes a field
                c.advance();
                continue;
            }
            if (ch == '\\' && !c.raw && c.peek(1) == 'N' && c.peek(2) == '{') {
                while (c.more() && c.peek() != '}') {
                    lit.append(c.peek());
                    c.advance();
                }
                if (c.more()) {
                    lit.append('}');
                    c.advance();
                }
                continue;
            }
            if (ch == '\\' && c.i + 1 < c.s.length()) {
                lit.append(ch);
                c.advance();
            }
            lit.append(c.peek());
            c.advance();
        }
        out.literal(decode(lit, c), new Pos(litLine, litCol, c.line, c.col));
    }

    private String decode(StringBuilder lit, Cursor c) {
        return StringLiterals.decode(lit.toString(), c.raw, false, c.whole.line(), c.whole.col() + 1);
    }

    /** Parses one replacement field after its '{', through its '}'. */
    private void field(Cursor c, Builder out, int depth, int fieldLine, int fieldCol) {
        if (depth > 150) {
            throw c.error("f-string: expressions nested too deeply");
        }
        int exprStart = c.i, startLine = c.line, startCol = c.col;
        int nest = 0;
        while (true) {
            if (!c.more()) {
                throw c.error("f-string: expecting '}'");
            }
            char ch = c.peek();
            if (ch == '\'' || ch == '"') {
                skipString(c);
                continue;
            }
            if (ch == '(' || ch == '[' || ch == '{') {
                nest++;
            } else if (ch == ')' || ch == ']') {
                nest--;
            } else if (nest == 0 && (ch == '}' || ch == ':' || (ch == '!' && c.peek(1) != '=')
                    || (ch == '=' && c.peek(1) != '=' && "=!<>".indexOf(prevChar(c)) < 0))) {
                break;
            } else if (ch == '}') {
                nest--;
            } else if ((ch == '=' || ch == '!' || ch == '<' || ch == '>') && c.peek(1) == '=') {
                c.advance();
            } else if (ch == '#') {
                if (!c.triple && c.s.indexOf('\n', c.i) < 0) {
                    throw c.error("f-string expression part cannot include '#'");
                }
                while (c.more() && c.peek() != '\n') {
                    c.advance(); // comment in a multi-line field
                }
                continue;
            }
            c.advance();
        }
        String exprText = c.s.substring(exprStart, c.i);
        if (exprText.isBlank()) {
            throw c.error("f-string: valid expression required before '" + c.peek() + "'");
        }
        Expr value = parseExpression(exprText, startLine, startCol, c);
        String debugText = null;
        Pos debugPos = null;
        if (c.peek() == '=') {
            c.advance();
            StringBuilder ws = new StringBuilder();
            while (c.more() && (Character.isWhitespace(c.peek()) || c.peek() == '#')) {
                if (c.peek() == '#') {
                    while (c.more() && c.peek() != '\n') {
                        c.advance(); // a comment is not part of the debug text
                    }
                    continue;
                }
                ws.append(c.peek());
                c.advance();
            }
            debugText = exprText + "=" + ws;
            debugPos = new Pos(startLine, startCol, c.line, c.col);
        }
        int conversion = -1;
        if (c.more() && c.peek() == '!') {
            c.advance();
            char conv = c.more() ? c.peek() : '\0';
            int after = 1;
            while (c.peek(after) == ' ' || c.peek(after) == '\t') {
                after++; // trailing whitespace after the conversion is allowed
            }
            if (conv != 's' && conv != 'r' && conv != 'a' || (c.peek(after) != '}' && c.peek(after) != ':')) {
                if (conv == '}' || conv == ':' || conv == '\0') {
                    throw c.error("f-string: missing conversion character");
                }
                throw c.error("f-string: invalid conversion character '" + conv + "': expected 's', 'r', or 'a'");
            }
            conversion = conv;
            for (int k = 0; k < after; k++) {
                c.advance();
            }
        }
        Expr spec = null;
        if (c.more() && c.peek() == ':') {
            int specLine = c.line, specCol = c.col;
            c.advance();
            Builder specParts = new Builder(c.whole);
            parseBody(c, specParts, true, depth);
            spec = new Expr.JoinedStr(new Pos(specLine, specCol, c.line, c.col), specParts.finish());
        }
        if (!c.more() || c.peek() != '}') {
            throw c.error("f-string: expecting '}'");
        }
        c.advance();
        Pos fieldPos = new Pos(fieldLine, fieldCol, c.line, c.col);
        if (debugText != null) {
            out.literal(debugText, debugPos);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.field(new Expr.FormattedValue(fieldPos, value, conversion, spec));
    }

    private static char prevChar(Cursor c) {
        return c.i > 0 ? c.s.charAt(c.i - 1) : '\0';
    }

    private static void skipString(Cursor c) {
        char q = c.peek();
        boolean triple = c.peek(1) == q && c.peek(2) == q;
        int n = triple ? 3 : 1;
        for (int k = 0; k < n; k++) {
            c.advance();
        }
        while (c.more()) {
            char ch = c.peek();
            if (ch == '\\') {
                c.advance();
                if (c.more()) {
                    c.advance();
                }
                continue;
            }
            if (ch == q && (!triple || (c.peek(1) == q && c.peek(2) == q))) {
                for (int k = 0; k < n; k++) {
                    c.advance();
                }
                return;
            }
            c.advance();
        }
    }

    /** Parses a field's expression text with positions mapped back into the enclosing source. */
    private Expr parseExpression(String text, int line, int col, Cursor c) {
        List<Token> raw = Tokenizer.tokenize("(" + text + ")");
        List<Token> shifted = new ArrayList<>(raw.size());
        for (Token t : raw) {
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
                continue;
            }
            int l = t.line() + line - 1;
            int cl = t.line() == 1 ? t.col() + col - 1 : t.col();
            int el = t.endLine() + line - 1;
            int ec = t.endLine() == 1 ? t.endCol() + col - 1 : t.endCol();
            shifted.add(new Token(t.kind(), t.text(), l, cl, el, ec));
        }
        Token end = shifted.get(shifted.size() - 1);
        shifted.add(new Token(TokenKind.ENDMARKER, "", end.endLine(), end.endCol(), end.endLine(), end.endCol()));
        TokenStream ts = new TokenStream(shifted);
        ExpressionParser p = new ExpressionParser(ts);
        ts.expect("(");
        Expr e = ts.at("yield") ? p.yieldExpression() : p.starExpressions();
        if (!ts.at(")") || ts.peek(1).kind() != TokenKind.ENDMARKER) {
            throw c.error("f-string: expecting '}'");
        }
        return e;
    }

    static Expr.Name nameFor(Pos p, String id) {
        return new Expr.Name(p, id, Ctx.LOAD);
    }
}
