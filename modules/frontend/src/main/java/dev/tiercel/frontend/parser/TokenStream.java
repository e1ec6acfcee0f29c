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
    /**
     * Deepest nesting accepted before giving up, calibrated on CPython 3.13's parser stack limit: a chain of 5966
     * unary minus signs in an assignment still parses, one more does not ('**' and lambda count twice).
     */
    static final int MAX_DEPTH = 5968;

    private final List<Token> tokens;
    private int index;
    /** The furthest token the parser has reached: where CPython reports a generic "invalid syntax". */
    private int furthest;
    /** The furthest token read at all, error rules' trial parses included (CPython's p->fill). */
    private int fetched;
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
            furthest = Math.max(furthest, index);
        }
        return t;
    }

    /**
     * After a parser error, CPython tokenizes the rest of the source: a tokenizer error found there replaces the
     * parser's error (an unclosed bracket only if the parser had read past the bracket's line).
     */
    SyntaxErrorException laterTokenizerError(SyntaxErrorException parserError) {
        Token last = tokens.get(tokens.size() - 1);
        Token error = tokens.size() > 1 ? tokens.get(tokens.size() - 2) : last;
        if (error.kind() != TokenKind.ERROR) {
            return parserError;
        }
        SyntaxErrorException tokenizerError = dev.tiercel.frontend.lexer.Tokenizer.errorOf(error);
        if (tokenizerError == parserError) {
            return parserError;
        }
        if (parserError.kind() == dev.tiercel.runtime.spi.CompileError.Kind.INDENTATION_ERROR
                && parserError.getMessage().startsWith("unexpected")) {
            return parserError; // CPython reports an unexpected INDENT/DEDENT without tokenizing further
        }
        int read = Math.max(Math.max(index, furthest), fetched);
        while (read > 0 && (tokens.get(read).kind() == TokenKind.ERROR
                || tokens.get(read).kind() == TokenKind.ENDMARKER)) {
            read--; // the ERROR token sits at the error's position, not where reading stopped
        }
        int readLine = tokens.get(read).endLine();
        return switch (dev.tiercel.frontend.lexer.Tokenizer.priorityOf(error)) {
            case HARD -> tokenizerError;
            case UNCLOSED -> readLine > tokenizerError.line() ? tokenizerError : parserError;
            case SOFT -> parserError;
        };
    }

    /** Records that the parser looked {@code ahead} tokens further (CPython fetched them). */
    void touch(int ahead) {
        furthest = Math.max(furthest, Math.min(index + ahead, tokens.size() - 1));
    }

    int furthest() {
        return furthest;
    }

    void restoreFurthest(int f) {
        fetched = Math.max(fetched, furthest);
        furthest = f;
    }

    int mark() {
        return index;
    }

    /** The token at an absolute index (for the error rules' look-back). */
    Token tokenAt(int i) {
        return tokens.get(Math.max(0, Math.min(i, tokens.size() - 1)));
    }

    /** Index of the first non-layout token starting at (line, col), or -1. */
    int indexAt(int line, int col) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.line() == line && t.col() == col && !isLayout(t)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last non-layout token ending at (line, col), or -1. */
    int indexEndingAt(int line, int col) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.endLine() == line && t.endCol() == col && !isLayout(t)) {
                return i;
            }
        }
        return -1;
    }

    private int[] levels;

    /** How many brackets are open after token {@code i} (computed once, on the error path only). */
    int bracketLevel(int i) {
        if (levels == null) {
            levels = new int[tokens.size()];
            int level = 0;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.kind() == TokenKind.OP && t.text().length() == 1) {
                    char c = t.text().charAt(0);
                    level += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
                }
                levels[k] = Math.max(level, 0);
            }
        }
        return i < 0 ? 0 : levels[Math.min(i, levels.length - 1)];
    }

    private static boolean isLayout(Token t) {
        return t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT
                || t.kind() == TokenKind.ENDMARKER;
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
        return invalidSyntax();
    }

    /** CPython's forced token ({@code &&':'}): "expected ':'" at whatever token is there instead. */
    Token expectForced(String op) {
        if (!at(op)) {
            Token t = peek();
            throw errorAt(t.line(), t.col(), t.endLine(), t.endCol(), "expected '" + op + "'");
        }
        return next();
    }

    /** A block's ':' where CPython's invalid_*_stmt rules only name it when the line ends instead. */
    Token expectColon() {
        if (!at(":")) {
            Token t = peek();
            if (t.kind() == TokenKind.NEWLINE) {
                throw errorAt(t.line(), t.col(), t.line(), t.endCol(), "expected ':'");
            }
            throw invalidSyntax();
        }
        return next();
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
        peek();
        Token t = tokens.get(Math.max(index, furthest));
        if (t.kind() == TokenKind.ERROR) {
            throw dev.tiercel.frontend.lexer.Tokenizer.errorOf(t);
        }
        if (t.kind() == TokenKind.INDENT) {
            return new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.INDENTATION_ERROR,
                    "unexpected indent", t.line(), t.endCol(), t.line(), -1);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.INDENTATION_ERROR,
                    "unindent does not match any outer indentation level", t.line(), t.col() + 1, t.line(), -1);
        }
        if (t.kind() == TokenKind.ENDMARKER) {
            return errorAt(t.line(), t.col(), t.line(), t.col(), "invalid syntax");
        }
        return errorAt(t.line(), t.col(), t.endLine(), t.endCol(), "invalid syntax");
    }

    /** A generic failure (no rule had a better message): what PEG alternatives backtrack over. */
    static boolean isPlainFailure(SyntaxErrorException e) {
        return e.kind() == dev.tiercel.runtime.spi.CompileError.Kind.SYNTAX_ERROR
                && e.getMessage().equals("invalid syntax");
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
            throw new SyntaxErrorException(dev.tiercel.runtime.spi.CompileError.Kind.MEMORY_ERROR,
                    "Parser stack overflowed - Python source too complex to parse", t.line(), t.col() + 1, t.line(),
                    t.col() + 1);
        }
    }

    void leave() {
        depth--;
    }
}
