package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import java.util.List;
import java.util.Set;

/** A cursor over the token list, with the small matching helpers the parsers share. */
final class TokenStream {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");
    /** Deepest nesting of expressions/statements accepted before giving up, like CPython's parser stack limit. */
    static final int MAX_DEPTH = 3000;

    private final List<Token> tokens;
    private int index;
    private int depth;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        Token t = tokens.get(index);
        if (t.kind() == TokenKind.ERROR) {
            throw dev.tiercel.frontend.lexer.Tokenizer.errorOf(t);
        }
        return t;
    }

    /** Lookahead; an ERROR token is returned as is (only consuming up to it raises). */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** The last consumed token that is not a NEWLINE/INDENT/DEDENT (node spans end there). */
    Token prev() {
        int i = index - 1;
        while (i > 0) {
            TokenKind k = tokens.get(i).kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                break;
            }
            i--;
        }
        return tokens.get(Math.max(i, 0));
    }

    Token next() {
        Token t = peek();
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    boolean at(String op) {
        Token t = peek();
        return (t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME) && t.text().equals(op);
    }

    boolean atAhead(int ahead, String op) {
        Token t = peek(ahead);
        return (t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME) && t.text().equals(op);
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean accept(String op) {
        if (at(op)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String op) {
        if (!at(op)) {
            throw expected(op);
        }
        return next();
    }

    SyntaxErrorException expected(String what) {
        Token t = peek();
        if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
            Token p = prev();
            if (what.equals(":")) {
                return errorAt(p.endLine(), p.endCol(), p.endLine(), p.endCol(), "expected ':'");
            }
        }
        if (what.equals(":")) {
            return errorAt(prev().endLine(), prev().endCol(), prev().endLine(), prev().endCol(), "expected ':'");
        }
        return invalidSyntax();
    }

    /** True when the current token is a plain identifier (not a hard keyword). */
    boolean atName() {
        Token t = peek();
        return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    String expectName() {
        if (!atName()) {
            throw invalidSyntax();
        }
        return next().text();
    }

    Pos startPos() {
        Token t = peek();
        return new Pos(t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** A position from the start of {@code start} to the end of the last consumed token. */
    Pos from(Pos start) {
        Token p = prev();
        return new Pos(start.line(), start.col(), p.endLine(), p.endCol());
    }

    SyntaxErrorException invalidSyntax() {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            return new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.INDENTATION_ERROR,
                    "unexpected indent", t.line(), t.endCol(), t.line(), t.endCol());
        }
        if (t.kind() == TokenKind.DEDENT) {
            return new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.INDENTATION_ERROR,
                    "unindent does not match any outer indentation level", t.line(), t.col() + 1, t.line(),
                    t.col() + 1);
        }
        if (t.kind() == TokenKind.ENDMARKER) {
            return errorAt(t.line(), t.col(), t.line(), t.col(), "invalid syntax");
        }
        return errorAt(t.line(), t.col(), t.endLine(), t.endCol(), "invalid syntax");
    }

    static SyntaxErrorException errorAt(int line, int col, int endLine, int endCol, String msg) {
        return new SyntaxErrorException(msg, line, col + 1, endLine, endCol + 1);
    }

    static SyntaxErrorException errorAt(Pos p, String msg) {
        return errorAt(p.line(), p.col(), p.endLine(), p.endCol(), msg);
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw errorAt(t.line(), t.col(), t.line(), t.col(),
                    "Parser stack overflowed - Python source too complex to parse");
        }
    }

    void leave() {
        depth--;
    }
}
