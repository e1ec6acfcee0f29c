package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Alias;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.ExceptHandler;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Keyword;
import dev.tiercel.frontend.ast.MatchCase;
import dev.tiercel.frontend.ast.Module;
import dev.tiercel.frontend.ast.Operator;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.Stmt;
import dev.tiercel.frontend.ast.TypeParam;
import dev.tiercel.frontend.ast.WithItem;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import dev.tiercel.frontend.lexer.Tokenizer;
import dev.tiercel.runtime.spi.CompileError;
import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for Python 3.13 statements; expressions are delegated to {@link ExpressionParser}. */
public final class Parser {
    private final TokenStream ts;
    private final ExpressionParser exprs;
    private final PatternParser patterns;
    private final InvalidRules invalid;

    private Parser(List<Token> tokens) {
        this.ts = new TokenStream(tokens);
        this.exprs = new ExpressionParser(ts);
        this.patterns = new PatternParser(exprs);
        this.invalid = exprs.invalidRules();
    }

    /** Parses a whole module ({@code exec} mode). */
    public static Module parseModule(String source) {
        Parser p = new Parser(Tokenizer.tokenize(source));
        try {
            return new Module(p.statementsUntil(TokenKind.ENDMARKER));
        } catch (SyntaxErrorException e) {
            throw p.ts.laterTokenizerError(e);
        }
    }

    /** Parses an {@code eval}-mode expression. */
    public static Expr parseExpression(String source) {
        Parser p = new Parser(Tokenizer.tokenizeEval(source));
        try {
            return p.evalInput();
        } catch (SyntaxErrorException e) {
            throw p.ts.laterTokenizerError(e);
        }
    }

    private Expr evalInput() {
        Parser p = this;
        while (p.ts.at(TokenKind.NEWLINE)) {
            p.ts.next();
        }
        Expr e = p.exprs.starExpressions();
        while (p.ts.at(TokenKind.NEWLINE)) {
            p.ts.next();
        }
        if (!p.ts.at(TokenKind.ENDMARKER)) {
            throw p.ts.invalidSyntax();
        }
        return e;
    }

    private List<Stmt> statementsUntil(TokenKind end) {
        List<Stmt> body = new ArrayList<>();
        while (!ts.at(end)) {
            if (ts.at(TokenKind.NEWLINE)) {
                ts.next();
                continue;
            }
            statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> out) {
        ts.enter();
        try {
            Stmt compound = compoundStatement();
            if (compound != null) {
                out.add(compound);
            } else {
                simpleStatements(out);
            }
        } finally {
            ts.leave();
        }
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (ts.accept(";")) {
                if (ts.at(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!ts.at(TokenKind.NEWLINE)) {
            throw ts.invalidSyntax();
        }
        ts.next();
    }

    private Stmt compoundStatement() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.OP && t.text().equals("@")) {
            return decorated();
        }
        if (t.kind() != TokenKind.NAME) {
            return null;
        }
        return switch (t.text()) {
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement(ts.startPos(), false);
            case "try" -> tryStatement();
            case "with" -> withStatement(ts.startPos(), false);
            case "def" -> functionDef(ts.startPos(), List.of(), false);
            case "class" -> classDef(ts.startPos(), List.of());
            case "async" -> asyncStatement();
            case "match" -> isMatchStatement() ? matchStatement() : matchWithoutColon();
            default -> null;
        };
    }

    private Stmt asyncStatement() {
        Pos start = ts.startPos();
        ts.next();
        if (ts.at("def")) {
            return functionDef(start, List.of(), true);
        }
        if (ts.at("for")) {
            return forStatement(start, true);
        }
        if (ts.at("with")) {
            return withStatement(start, true);
        }
        throw ts.invalidSyntax();
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.accept("@")) {
            decorators.add(exprs.namedExpression());
            if (!ts.at(TokenKind.NEWLINE)) {
                throw ts.invalidSyntax();
            }
            ts.next();
        }
        Pos start = ts.startPos();
        if (ts.at("def")) {
            return functionDef(start, decorators, false);
        }
        if (ts.at("async") && ts.atAhead(1, "def")) {
            ts.next();
            return functionDef(start, decorators, true);
        }
        if (ts.at("class")) {
            return classDef(start, decorators);
        }
        throw ts.invalidSyntax();
    }

    private Stmt functionDef(Pos start, List<Expr> decorators, boolean isAsync) {
        Token kw = ts.expect("def");
        String name = ts.expectName();
        List<TypeParam> typeParams = defTypeParams();
        ts.expectForced("(");
        Arguments args = new ParameterParser(exprs, true).parameters(")");
        ts.expect(")");
        Expr returns = null;
        if (ts.at("->") && invalid.startsExpressionAt(1)) {
            ts.next();
            returns = exprs.expression();
        }
        ts.expectForced(":");
        List<Stmt> body = block("function definition", kw);
        return new Stmt.FunctionDef(ts.from(start), name, args, body, decorators, returns, typeParams, isAsync);
    }

    private List<TypeParam> typeParams() {
        return typeParams(false);
    }

    /** A def's type parameters are optional before its forced '(': a list that fails plainly means "expected '('". */
    private List<TypeParam> defTypeParams() {
        if (!ts.at("[")) {
            return List.of();
        }
        Token open = ts.peek();
        int mark = ts.mark();
        try {
            return typeParams(false);
        } catch (SyntaxErrorException e) {
            if (!e.getMessage().equals("invalid syntax") || e.kind() != CompileError.Kind.SYNTAX_ERROR) {
                throw e;
            }
            ts.reset(mark);
            throw TokenStream.errorAt(open.line(), open.col(), open.endLine(), open.endCol(), "expected '('");
        }
    }

    private List<TypeParam> typeParams(boolean inTypeAlias) {
        if (!ts.at("[")) {
            return List.of();
        }
        ts.next();
        List<TypeParam> out = new ArrayList<>();
        while (!ts.at("]")) {
            Pos start = ts.startPos();
            if (ts.accept("*")) {
                String n = ts.expectName();
                invalid.typeParamBound("TypeVarTuple");
                Expr dflt = ts.accept("=") ? exprs.starExpression() : null;
                out.add(new TypeParam.TypeVarTuple(ts.from(start), n, dflt));
            } else if (ts.accept("**")) {
                String n = ts.expectName();
                invalid.typeParamBound("ParamSpec");
                Expr dflt = ts.accept("=") ? exprs.expression() : null;
                out.add(new TypeParam.ParamSpec(ts.from(start), n, dflt));
            } else {
                String n = ts.expectName();
                Expr bound = ts.accept(":") ? exprs.expression() : null;
                Expr dflt = ts.accept("=") ? exprs.expression() : null;
                out.add(new TypeParam.TypeVar(ts.from(start), n, bound, dflt));
            }
            if (!ts.accept(",")) {
                break;
            }
        }
        Token close = ts.expect("]");
        if (out.isEmpty()) {
            // from the ']' to where CPython's tokenizer had read: past the following token in a type alias
            int end = inTypeAlias ? ts.peek().col() : close.col();
            throw TokenStream.errorAt(close.line(), close.col(), close.endLine(), end,
                    "Type parameter list cannot be empty");
        }
        return out;
    }

    private Stmt classDef(Pos start, List<Expr> decorators) {
        Token kw = ts.expect("class");
        String name = ts.expectName();
        List<TypeParam> typeParams = typeParams();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ts.at("(")) {
            Expr.Call call = (Expr.Call) exprs.callOn(start, new Expr.Name(start, name, Ctx.LOAD));
            if (call.args().size() == 1 && call.args().get(0) instanceof Expr.GeneratorExp g
                    && call.keywords().isEmpty()) {
                // CPython stops at the generator's 'for'
                Pos e = g.elt().pos();
                int k = ts.indexEndingAt(e.endLine(), e.endCol()) + 1;
                while (ts.tokenAt(k).is(")")) {
                    k++;
                }
                Token f = ts.tokenAt(k);
                throw TokenStream.errorAt(f.line(), f.col(), f.endLine(), f.endCol(), "invalid syntax");
            }
            bases.addAll(call.args());
            keywords.addAll(call.keywords());
        }
        ts.expectColon();
        List<Stmt> body = block("class definition", kw);
        return new Stmt.ClassDef(ts.from(start), name, bases, keywords, body, decorators, typeParams);
    }

    private Stmt ifStatement() {
        Pos start = ts.startPos();
        Token kw = ts.next(); // 'if' or 'elif'
        Expr test = exprs.condition();
        ts.expectColon();
        List<Stmt> body = block(kw.text().equals("if") ? "'if' statement" : "'elif' statement", kw);
        List<Stmt> orelse = List.of();
        if (ts.at("elif")) {
            orelse = List.of(ifStatement());
        } else if (ts.at("else")) {
            Token e = ts.next();
            ts.expectForced(":");
            orelse = block("'else' statement", e);
        }
        return new Stmt.If(ts.from(start), test, body, orelse);
    }

    private Stmt whileStatement() {
        Pos start = ts.startPos();
        Token kw = ts.next();
        Expr test = exprs.condition();
        ts.expectColon();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = List.of();
        if (ts.at("else")) {
            Token e = ts.next();
            ts.expectForced(":");
            orelse = block("'else' statement", e);
        }
        return new Stmt.While(ts.from(start), test, body, orelse);
    }

    private Stmt forStatement(Pos start, boolean isAsync) {
        Token kw = ts.expect("for");
        Expr target = Targets.toTarget(exprs.starTargets(), Ctx.STORE, Targets.Use.FOR);
        if (!ts.at("in")) {
            throw ts.invalidSyntax();
        }
        ts.next();
        Expr iter = exprs.starExpressions();
        ts.expectColon();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = List.of();
        if (ts.at("else")) {
            Token e = ts.next();
            ts.expectForced(":");
            orelse = block("'else' statement", e);
        }
        return new Stmt.For(ts.from(start), target, iter, body, orelse, isAsync);
    }

    private Stmt tryStatement() {
        Pos start = ts.startPos();
        Token kw = ts.next();
        ts.expectForced(":");
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (ts.at("except")) {
            Pos hs = ts.startPos();
            Token ex = ts.next();
            boolean thisStar = ts.accept("*");
            if (!handlers.isEmpty() && thisStar != star) {
                throw TokenStream.errorAt(ts.from(hs), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = thisStar;
            Expr type = null;
            String name = null;
            if (!ts.at(":")) {
                type = exprs.expression();
                if (ts.at(",")) {
                    List<Expr> elts = new ArrayList<>(List.of(type));
                    while (ts.accept(",")) {
                        if (ts.at(":") || ts.at("as")) {
                            break;
                        }
                        elts.add(exprs.expression());
                    }
                    if (ts.at("as") && ts.peek(1).kind() == TokenKind.NAME) {
                        Token asName = ts.peek(1);
                        throw TokenStream.errorAt(type.pos().line(), type.pos().col(), asName.endLine(),
                                asName.endCol(), "multiple exception types must be parenthesized");
                    }
                    throw TokenStream.errorAt(Pos.span(type.pos(), elts.get(elts.size() - 1).pos()),
                            "multiple exception types must be parenthesized");
                }
                if (ts.accept("as")) {
                    name = ts.expectName();
                }
            } else if (thisStar) {
                throw TokenStream.errorAt(ts.startPos(), "expected one or more exception types");
            }
            ts.expectColon();
            List<Stmt> hbody = block(thisStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(ts.from(hs), type, name, hbody));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && ts.at("else")) {
            Token e = ts.next();
            ts.expectForced(":");
            orelse = block("'else' statement", e);
        }
        List<Stmt> finalbody = List.of();
        if (ts.at("finally")) {
            Token f = ts.next();
            ts.expectForced(":");
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            // CPython names the token it found instead, or the end of the last line at the end of input
            // (a DEDENT has no column: offset 0), or the end of the last line at the end of input
            Token t = ts.peek();
            int k = 0;
            while (ts.peek(k).kind() == TokenKind.DEDENT) {
                k++;
            }
            if (ts.peek(k).kind() == TokenKind.ENDMARKER) {
                Token p = ts.prev();
                throw new SyntaxErrorException("expected 'except' or 'finally' block", p.endLine(), p.endCol() + 1,
                        p.endLine(), -1);
            }
            if (t.kind() == TokenKind.DEDENT) {
                throw new SyntaxErrorException("expected 'except' or 'finally' block", t.line(), 0, t.line(), -1);
            }
            if (t.kind() == TokenKind.INDENT) { // CPython's INDENT token ends where the indentation does
                throw new SyntaxErrorException("expected 'except' or 'finally' block", t.line(), t.endCol(),
                        t.line(), -1);
            }
            throw TokenStream.errorAt(t.line(), t.col(), t.line(), t.endCol(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(ts.from(start), body, handlers, orelse, finalbody, star);
    }

    private Stmt withStatement(Pos start, boolean isAsync) {
        Token kw = ts.expect("with");
        List<WithItem> items = new ArrayList<>();
        boolean parenthesized = false;
        if (ts.at("(")) {
            // "with (a as b, c):" — try the parenthesized item list first, else it is an expression
            int mark = ts.mark();
            ts.next();
            try {
                List<WithItem> tryItems = new ArrayList<>();
                while (!ts.at(")")) {
                    tryItems.add(withItem());
                    if (!ts.accept(",")) {
                        break;
                    }
                }
                ts.expect(")");
                if (ts.at(":")) {
                    items = tryItems;
                    parenthesized = true;
                } else {
                    ts.reset(mark);
                }
            } catch (SyntaxErrorException e) {
                ts.reset(mark);
            }
        }
        if (!parenthesized) {
            do {
                items.add(withItem());
            } while (ts.accept(","));
        }
        ts.expectColon();
        List<Stmt> body = block("'with' statement", kw);
        return new Stmt.With(ts.from(start), items, body, isAsync);
    }

    private WithItem withItem() {
        Expr ctx = exprs.expression();
        Expr vars = null;
        if (ts.accept("as")) {
            vars = Targets.toTarget(exprs.starTargetSingle(), Ctx.STORE, Targets.Use.WITH);
        }
        return new WithItem(ctx, vars);
    }

    private boolean isMatchStatement() {
        // "match" is a soft keyword: a statement only when followed by a subject and ':' then NEWLINE INDENT
        Token next = ts.peek(1);
        if (next.kind() == TokenKind.NEWLINE || next.kind() == TokenKind.ENDMARKER) {
            return false;
        }
        if (next.kind() == TokenKind.OP && !next.text().equals("(") && !next.text().equals("[")
                && !next.text().equals("{") && !next.text().equals("-") && !next.text().equals("*")
                && !next.text().equals("~") && !next.text().equals("+") && !next.text().equals("...")) {
            return false;
        }
        int mark = ts.mark();
        try {
            ts.next();
            exprs.subjectExpression();
            return ts.at(":") && ts.peek(1).kind() == TokenKind.NEWLINE;
        } catch (SyntaxErrorException e) {
            return false;
        } finally {
            ts.reset(mark);
        }
    }

    /**
     * invalid_match_stmt: "match x" then the line ends. Only an error if the line is not a valid expression
     * statement either ("match (x)" calls match), so that is tried first.
     */
    private Stmt matchWithoutColon() {
        int mark = ts.mark();
        Token newline = invalid.trial(mark + 1, () -> {
            exprs.subjectExpression();
            return ts.at(TokenKind.NEWLINE) ? ts.peek() : null;
        });
        if (newline == null) {
            return null;
        }
        try {
            List<Stmt> out = new ArrayList<>();
            simpleStatements(out);
            ts.reset(mark);
            return null;
        } catch (SyntaxErrorException e) {
            throw TokenStream.errorAt(newline.line(), newline.col(), newline.line(), newline.col() + 1,
                    "expected ':'");
        }
    }

    private Stmt matchStatement() {
        Pos start = ts.startPos();
        Token kw = ts.next();
        Expr subject = exprs.subjectExpression();
        ts.expectColon();
        if (!ts.at(TokenKind.NEWLINE)) {
            throw ts.invalidSyntax();
        }
        ts.next();
        if (!ts.at(TokenKind.INDENT)) {
            throw indentError("'match' statement", kw);
        }
        ts.next();
        List<MatchCase> cases = new ArrayList<>();
        while (!ts.at(TokenKind.DEDENT)) {
            if (!ts.at("case")) {
                throw ts.invalidSyntax();
            }
            Token ck = ts.next();
            var pattern = patterns.casePattern();
            Expr guard = null;
            if (ts.accept("if")) {
                guard = exprs.namedExpression();
            }
            ts.expectColon();
            List<Stmt> body = block("'case' statement", ck);
            cases.add(new MatchCase(pattern, guard, body));
        }
        ts.next();
        return new Stmt.Match(ts.from(start), subject, cases);
    }

    /** An indented block, or simple statements on the same line. */
    private List<Stmt> block(String what, Token kw) {
        if (ts.at(TokenKind.NEWLINE)) {
            ts.next();
            if (!ts.at(TokenKind.INDENT)) {
                throw indentError(what, kw);
            }
            ts.next();
            List<Stmt> body = new ArrayList<>();
            while (!ts.at(TokenKind.DEDENT) && !ts.at(TokenKind.ENDMARKER)) {
                statement(body);
            }
            ts.next();
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStatements(body);
        return body;
    }

    private SyntaxErrorException indentError(String what, Token kw) {
        Token t = ts.peek();
        return new SyntaxErrorException(CompileError.Kind.INDENTATION_ERROR,
                "expected an indented block after " + what + " on line " + kw.line(), t.line(), t.col() + 1,
                t.endLine(), t.endCol() + 1);
    }

    private Stmt simpleStatement() {
        Token t = ts.peek();
        Pos start = ts.startPos();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    ts.next();
                    return new Stmt.Pass(ts.from(start));
                }
                case "break" -> {
                    ts.next();
                    return new Stmt.Break(ts.from(start));
                }
                case "continue" -> {
                    ts.next();
                    return new Stmt.Continue(ts.from(start));
                }
                case "return" -> {
                    ts.next();
                    Expr v = exprs.startsExpression() ? exprs.starExpressions() : null;
                    return new Stmt.Return(ts.from(start), v);
                }
                case "raise" -> {
                    ts.next();
                    Expr exc = null, cause = null;
                    if (exprs.startsExpression()) {
                        exc = exprs.expression();
                        if (ts.accept("from")) {
                            cause = exprs.expression();
                        }
                    }
                    return new Stmt.Raise(ts.from(start), exc, cause);
                }
                case "global", "nonlocal" -> {
                    ts.next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(ts.expectName());
                    } while (ts.accept(","));
                    return t.text().equals("global") ? new Stmt.Global(ts.from(start), names)
                            : new Stmt.Nonlocal(ts.from(start), names);
                }
                case "del" -> {
                    ts.next();
                    int afterDel = ts.mark();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (ts.at(TokenKind.NEWLINE) || ts.at(";")) {
                            break;
                        }
                        targets.add(Targets.toTarget(exprs.bitwiseOrOrStarred(), Ctx.DEL, Targets.Use.DELETE));
                    } while (ts.accept(","));
                    if (targets.isEmpty()) {
                        throw ts.invalidSyntax();
                    }
                    if (!ts.at(TokenKind.NEWLINE) && !ts.at(";")) {
                        invalid.delStmt(afterDel);
                    }
                    return new Stmt.Delete(ts.from(start), targets);
                }
                case "assert" -> {
                    ts.next();
                    Expr test = exprs.expression();
                    Expr msg = ts.accept(",") ? exprs.expression() : null;
                    return new Stmt.Assert(ts.from(start), test, msg);
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                case "type" -> {
                    if (ts.peek(1).kind() == TokenKind.NAME) {
                        ts.touch(2); // CPython tries a type alias first and so reads the token after the name
                    }
                    if (ts.peek(1).kind() == TokenKind.NAME && (ts.atAhead(2, "=") || ts.atAhead(2, "["))) {
                        return typeAlias();
                    }
                }
                default -> { }
            }
        }
        return expressionStatement(start);
    }

    private Stmt typeAlias() {
        Pos start = ts.startPos();
        ts.next();
        Token n = ts.peek();
        String name = ts.expectName();
        Expr.Name target = new Expr.Name(new Pos(n.line(), n.col(), n.endLine(), n.endCol()), name, Ctx.STORE);
        List<TypeParam> tps = typeParams(true);
        ts.expect("=");
        Expr value = exprs.expression();
        return new Stmt.TypeAlias(ts.from(start), target, tps, value);
    }

    private Stmt importName() {
        Pos start = ts.startPos();
        ts.next();
        if (!ts.atName()) {
            throw expectedNamesAfterImport();
        }
        List<Alias> names = new ArrayList<>();
        do {
            Pos as = ts.startPos();
            String name = dottedName();
            String asname = ts.accept("as") ? ts.expectName() : null;
            names.add(new Alias(ts.from(as), name, asname));
        } while (ts.accept(","));
        return new Stmt.Import(ts.from(start), names);
    }

    private SyntaxErrorException expectedNamesAfterImport() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER) {
            return TokenStream.errorAt(t.line(), t.col(), t.line(), t.col(),
                    "Expected one or more names after 'import'");
        }
        return ts.invalidSyntax();
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(ts.expectName());
        while (ts.accept(".")) {
            sb.append('.').append(ts.expectName());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Pos start = ts.startPos();
        ts.next();
        int level = 0;
        while (ts.at(".") || ts.at("...")) {
            level += ts.next().text().length();
        }
        String module = null;
        if (!ts.at("import")) {
            module = dottedName();
        } else if (level == 0) {
            throw ts.invalidSyntax();
        }
        if (!ts.at("import")) {
            throw ts.invalidSyntax();
        }
        ts.next();
        List<Alias> names = new ArrayList<>();
        if (ts.at("*")) {
            Pos as = ts.startPos();
            ts.next();
            names.add(new Alias(ts.from(as), "*", null));
        } else {
            boolean paren = ts.accept("(");
            if (!paren && !ts.atName()) {
                throw expectedNamesAfterImport();
            }
            do {
                if (paren && ts.at(")")) {
                    break;
                }
                if (!paren && (ts.at(TokenKind.NEWLINE) || ts.at(";")) && ts.prev().is(",")) {
                    Token comma = ts.prev();
                    throw TokenStream.errorAt(comma.line(), comma.endCol(), comma.line(), comma.endCol() + 1,
                            "trailing comma not allowed without surrounding parentheses");
                }
                Pos as = ts.startPos();
                String name = ts.expectName();
                String asname = ts.accept("as") ? ts.expectName() : null;
                names.add(new Alias(ts.from(as), name, asname));
            } while (ts.accept(","));
            if (paren) {
                ts.expect(")");
            } else if (ts.prev().is(",")) {
                throw TokenStream.errorAt(ts.prev().line(), ts.prev().col(), ts.prev().endLine(),
                        ts.prev().endCol() + 1, "trailing comma not allowed without surrounding parentheses");
            }
        }
        return new Stmt.ImportFrom(ts.from(start), module, names, level);
    }

    private Stmt expressionStatement(Pos start) {
        boolean startsWithYield = ts.at("yield");
        Expr first = startsWithYield ? exprs.yieldExpression() : exprs.starExpressions();
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && exprs.startsExpression() && !ts.at("(") && !ts.at("[") && !ts.at("-") && !ts.at("+")
                && !ts.at("*") && !ts.at("~")) {
            Pos args = invalid.trial(ts.mark(), () -> exprs.starExpressions().pos());
            throw TokenStream.errorAt(args == null ? n.pos() : Pos.span(n.pos(), args),
                    "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        }
        if (ts.at("=")) {
            int firstEq = ts.mark();
            List<Expr> raw = new ArrayList<>();
            Expr value = first;
            Expr bareYield = startsWithYield ? first : null; // an unparenthesized yield as a target has its own message
            while (ts.accept("=")) {
                raw.add(value);
                boolean yield = ts.at("yield");
                value = yield ? exprs.yieldExpression() : exprs.starExpressions();
                if (yield && ts.at("=")) {
                    bareYield = bareYield == null ? value : bareYield;
                }
            }
            List<Expr> targets = new ArrayList<>();
            for (Expr t : raw) {
                if (t == bareYield) {
                    throw TokenStream.errorAt(t.pos(), "assignment to yield expression not possible");
                }
                try {
                    targets.add(Targets.toTarget(t, Ctx.STORE, Targets.Use.ASSIGN));
                } catch (SyntaxErrorException e) {
                    SyntaxErrorException hint = t == first
                            ? invalid.namedExpressionAssign(invalid.lastElement(first), firstEq) : null;
                    throw hint != null && !e.getMessage().equals("cannot assign to __debug__") ? hint : e;
                }
            }
            return new Stmt.Assign(ts.from(start), targets, value);
        }
        Token t = ts.peek();
        if (t.kind() == TokenKind.OP && t.text().length() >= 2 && t.text().endsWith("=")
                && !t.text().equals("==") && !t.text().equals("<=") && !t.text().equals(">=")
                && !t.text().equals("!=") && !t.text().equals(":=")) {
            Operator op = Operator.bySymbol(t.text().substring(0, t.text().length() - 1));
            if (op != null) {
                Expr target = Targets.toTarget(first, Ctx.STORE, Targets.Use.AUG);
                ts.next();
                Expr value = ts.at("yield") ? exprs.yieldExpression() : exprs.starExpressions();
                return new Stmt.AugAssign(ts.from(start), target, op, value);
            }
        }
        if (ts.at(":")) {
            boolean simple = first instanceof Expr.Name && !startsWithParen(first, start);
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                if (first instanceof Expr.Tuple) {
                    throw TokenStream.errorAt(first.pos(), "only single target (not tuple) can be annotated");
                }
                if (first instanceof Expr.ListExpr) {
                    throw TokenStream.errorAt(first.pos(), "only single target (not list) can be annotated");
                }
                throw TokenStream.errorAt(first.pos(), "illegal target for annotation");
            }
            Expr target = Targets.toTarget(first, Ctx.STORE, Targets.Use.ASSIGN);
            ts.next();
            Expr annotation = exprs.expression();
            Expr value = null;
            if (ts.accept("=")) {
                value = ts.at("yield") ? exprs.yieldExpression() : exprs.starExpressions();
            }
            return new Stmt.AnnAssign(ts.from(start), target, annotation, value, simple);
        }
        return new Stmt.ExprStmt(ts.from(start), first);
    }

    private static boolean startsWithParen(Expr e, Pos stmtStart) {
        return e.pos().col() != stmtStart.col() || e.pos().line() != stmtStart.line();
    }
}
