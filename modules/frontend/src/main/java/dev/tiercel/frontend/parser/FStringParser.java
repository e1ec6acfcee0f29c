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
            throw TokenStream.errorAt(after.line(), after.col(), after.line(), after.col() + 1,
                    "cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            StringBuilder sb = new StringBuilder();
            for (Token t : run) {
                StringLiterals.Parts p = StringLiterals.split(t.text());
                sb.append(decode(t, p, true));
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
                sb.append(decode(t, p, false));
            }
            return new Expr.Constant(pos, PyStr.of(sb.toString()));
        }
        Builder parts = new Builder(pos);
        for (Token t : run) {
            StringLiterals.Parts p = StringLiterals.split(t.text());
            if (!p.isF()) {
                parts.literal(decode(t, p, false),
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

    /** Decodes a literal's escapes; an error spans the whole token, as CPython reports it. */
    private static String decode(Token t, StringLiterals.Parts p, boolean bytes) {
        try {
            return StringLiterals.decode(p.body(), p.isRaw(), bytes, t.line(), t.col() + 1);
        } catch (SyntaxErrorException e) {
            throw new SyntaxErrorException(e.getMessage(), e.line(), e.col(), t.endLine(), t.endCol() + 1);
        }
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

        /** An error spanning the current character (CPython names the token there). */
        SyntaxErrorException errorHere(String msg) {
            return new SyntaxErrorException(msg, line, col + 1, line, col + 2);
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
            throw c.errorHere("f-string: valid expression required before '" + c.peek() + "'");
        }
        if (c.peek() == ':' && exprText.stripLeading().matches("lambda\\b[\\s\\S]*")) {
            int lead = exprText.length() - exprText.stripLeading().length();
            throw new SyntaxErrorException("f-string: lambda expressions are not allowed without parentheses",
                    startLine, startCol + lead + 1, c.line, c.col + 2);
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
            conversion = conversion(c);
        }
        Expr spec = null;
        if (c.more() && c.peek() == ':') {
            if (depth >= 3) {
                throw c.error("f-string: expressions nested too deeply");
            }
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

    /** The conversion after '!': a name that must be s, r or a, then optional spaces and ':' or '}'. */
    private static int conversion(Cursor c) {
        StringBuilder name = new StringBuilder();
        while (c.more() && (Character.isLetterOrDigit(c.peek()) || c.peek() == '_')) {
            name.append(c.peek());
            c.advance();
        }
        if (name.isEmpty()) {
            if (!c.more() || c.peek() == '}' || c.peek() == ':') {
                throw c.errorHere("f-string: missing conversion character");
            }
            throw c.error("f-string: invalid conversion character");
        }
        String conv = name.toString();
        if (!conv.equals("s") && !conv.equals("r") && !conv.equals("a")) {
            throw new SyntaxErrorException("f-string: invalid conversion character '" + conv
                    + "': expected 's', 'r', or 'a'", c.line, c.col - conv.length() + 1, c.line, c.col + 1);
        }
        while (c.more() && (c.peek() == ' ' || c.peek() == '\t')) {
            c.advance(); // whitespace after the conversion is allowed
        }
        if (c.more() && c.peek() != '}' && c.peek() != ':') {
            throw c.error("f-string: expecting ':' or '}'");
        }
        return conv.charAt(0);
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
            if (t.kind() == TokenKind.ERROR) {
                SyntaxErrorException e = Tokenizer.errorOf(t);
                int el = e.line() + line - 1;
                int ec = e.line() == 1 ? e.col() + col - 1 : e.col();
                int eec = e.endCol() <= 0 ? e.endCol() : e.endLine() == 1 ? e.endCol() + col - 1 : e.endCol();
                throw new SyntaxErrorException(e.kind(), e.getMessage(), el, ec, e.endLine() + line - 1, eec)
                        .withTextFrom(e.textSource());
            }
            if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
                continue;
            }
            int l = t.line() + line - 1;
            int cl = t.line() == 1 ? t.col() + col - 1 : t.col();
            int el = t.endLine() + line - 1;
            int ec = t.endLine() == 1 ? t.endCol() + col - 1 : t.endCol();
            shifted.add(new Token(t.kind(), t.text(), l, cl, el, ec));
        }
        try {
            Expr e = parseField(shifted);
            if (e != null) {
                return e;
            }
        } catch (SyntaxErrorException e) {
            if (!e.getMessage().equals("invalid syntax")) {
                throw e;
            }
        }
        throw replacementFieldError(shifted);
    }

    /** Parses "(" tokens ")" as a field's expression; null if it stops before the closing parenthesis. */
    private static Expr parseField(List<Token> parenthesized) {
        List<Token> toks = new ArrayList<>(parenthesized);
        Token end = toks.get(toks.size() - 1);
        toks.add(new Token(TokenKind.ENDMARKER, "", end.endLine(), end.endCol(), end.endLine(), end.endCol()));
        TokenStream ts = new TokenStream(toks);
        ExpressionParser p = new ExpressionParser(ts);
        ts.expect("(");
        Expr e = ts.at("yield") ? p.yieldExpression() : p.starExpressions();
        return ts.at(")") && ts.peek(1).kind() == TokenKind.ENDMARKER ? e : null;
    }

    /**
     * invalid_replacement_field: the longest prefix of the field that is an expression decides the message, at the
     * token after it.
     */
    private static SyntaxErrorException replacementFieldError(List<Token> parenthesized) {
        int n = parenthesized.size() - 2; // expression tokens between the parentheses
        for (int k = n - 1; k >= Math.max(1, n - 256); k--) { // bounded: this runs only on the error path
            List<Token> prefix = new ArrayList<>(parenthesized.subList(0, k + 1));
            Token last = prefix.get(prefix.size() - 1);
            prefix.add(new Token(TokenKind.OP, ")", last.endLine(), last.endCol(), last.endLine(), last.endCol()));
            try {
                if (parseField(prefix) != null) {
                    Token next = parenthesized.get(k + 1);
                    return TokenStream.errorAt(next.line(), next.col(), next.endLine(), next.endCol(),
                            "f-string: expecting '=', or '!', or ':', or '}'");
                }
            } catch (SyntaxErrorException e) {
                // a shorter prefix may still be an expression
            }
        }
        Token first = parenthesized.get(1);
        return TokenStream.errorAt(first.line(), first.col(), first.endLine(), first.endCol(),
                "f-string: expecting a valid expression after '{'");
    }

    static Expr.Name nameFor(Pos p, String id) {
        return new Expr.Name(p, id, Ctx.LOAD);
    }
}
