package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.CmpOp;
import dev.tiercel.frontend.ast.Comprehension;
import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Keyword;
import dev.tiercel.frontend.ast.Operator;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.UnaryOperator;
import dev.tiercel.frontend.lexer.SyntaxErrorException;
import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyEllipsis;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for Python 3.13 expressions (the grammar's precedence levels, one method each). */
final class ExpressionParser {
    private final TokenStream ts;
    private final FStringParser fstrings;
    private final InvalidRules invalid;

    ExpressionParser(TokenStream ts) {
        this.ts = ts;
        this.fstrings = new FStringParser(this);
        this.invalid = new InvalidRules(this);
    }

    InvalidRules invalidRules() {
        return invalid;
    }

    TokenStream tokens() {
        return ts;
    }

    /** At a comprehension's first clause: 'for', or 'async for'. */
    boolean atComprehension() {
        if (ts.at("async")) {
            ts.touch(1); // CPython reads the token after 'async' looking for 'for'
            return ts.atAhead(1, "for");
        }
        return ts.at("for");
    }

    /** star_expressions: a tuple when a comma is present. */
    Expr starExpressions() {
        Pos start = ts.startPos();
        Expr first = starExpression();
        if (!ts.at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(ts.from(start), elts, Ctx.LOAD);
    }

    Expr starExpression() {
        if (ts.at("*")) {
            Pos start = ts.startPos();
            ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(ts.from(start), v, Ctx.LOAD);
        }
        return expression();
    }

    /** star_named_expression, as used in list/tuple/set displays. */
    Expr starNamedExpression() {
        return starNamedExpression(true);
    }

    /** {@code assignHint}: whether CPython's invalid_named_expression applies here (not among call arguments). */
    Expr starNamedExpression(boolean assignHint) {
        if (ts.at("*")) {
            Pos start = ts.startPos();
            ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(ts.from(start), v, Ctx.LOAD);
        }
        return namedExpression(assignHint);
    }

    /** Whether the current token can begin CPython's expression_without_invalid (no '*', no 'yield'). */
    boolean startsExpressionWithoutInvalid() {
        return startsExpression() && !ts.at("*") && !ts.at("yield");
    }

    boolean startsExpression() {
        Token t = ts.peek();
        return switch (t.kind()) {
            case NAME -> !TokenStream.KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "...", "*" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** A condition (if/elif/while): "x = 1" there gets CPython's "Maybe you meant '=='" hint. */
    Expr condition() {
        return namedExpression(true);
    }

    Expr namedExpression() {
        return namedExpression(true);
    }

    private Expr namedExpression(boolean assignHint) {
        if (ts.atName() && ts.atAhead(1, ":=")) {
            Pos start = ts.startPos();
            Token name = ts.next();
            ts.next();
            Expr value = expression();
            Expr.Name target = new Expr.Name(new Pos(name.line(), name.col(), name.endLine(), name.endCol()),
                    name.text(), Ctx.STORE);
            return new Expr.NamedExpr(ts.from(start), target, value);
        }
        Expr e = expression();
        if (ts.at(":=")) {
            throw Targets.invalid(e, Targets.Use.NAMED);
        }
        if (assignHint && ts.at("=")) {
            SyntaxErrorException hint = invalid.namedExpressionAssign(e, ts.mark());
            if (hint != null) {
                throw hint;
            }
        }
        return e;
    }

    Expr expression() {
        return expression(true);
    }

    /** An expression; {@code commaHint} false where CPython's "forgot a comma" rule does not apply (dict keys). */
    Expr expression(boolean commaHint) {
        ts.enter();
        try {
            if (ts.at("lambda")) {
                return lambda();
            }
            Pos start = ts.startPos();
            int startIndex = ts.mark();
            Expr body = disjunction();
            if (commaHint && !ts.at("if") && startsExpressionWithoutInvalid()) {
                invalid.forgotComma(startIndex, body);
            }
            if (ts.at("if")) {
                ts.next();
                Expr test = disjunction();
                if (ts.at(":")) {
                    throw ts.invalidSyntax(); // CPython's rule stops short of a ':' (a slice or a lambda)
                }
                if (!ts.at("else")) {
                    throw TokenStream.errorAt(ts.from(start), "expected 'else' after 'if' expression");
                }
                ts.next();
                Expr orelse = expression();
                return new Expr.IfExp(ts.from(start), test, body, orelse);
            }
            return body;
        } finally {
            ts.leave();
        }
    }

    private Expr lambda() {
        ts.enter(); // with expression()'s, two levels per lambda as in CPython's parser
        try {
            return lambdaBody();
        } finally {
            ts.leave();
        }
    }

    private Expr lambdaBody() {
        Pos start = ts.startPos();
        ts.expect("lambda");
        Arguments args = ts.at(":") ? Arguments.EMPTY : new ParameterParser(this, false).parameters(":");
        if (!ts.accept(":")) {
            throw ts.invalidSyntax();
        }
        Expr body = expression();
        return new Expr.Lambda(ts.from(start), args, body);
    }

    Expr disjunction() {
        Pos start = ts.startPos();
        Expr first = conjunction();
        if (!ts.at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (ts.accept("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(ts.from(start), false, values);
    }

    private Expr conjunction() {
        Pos start = ts.startPos();
        Expr first = inversion();
        if (!ts.at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (ts.accept("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(ts.from(start), true, values);
    }

    private Expr inversion() {
        if (ts.at("not")) {
            ts.enter();
            try {
                Pos start = ts.startPos();
                ts.next();
                Expr operand = inversion();
                return new Expr.UnaryOp(ts.from(start), UnaryOperator.NOT, operand);
            } finally {
                ts.leave();
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Pos start = ts.startPos();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            int beforeOperator = ts.mark();
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            try {
                comparators.add(bitwiseOr());
            } catch (SyntaxErrorException e) {
                if (!TokenStream.isPlainFailure(e)) {
                    throw e;
                }
                ts.reset(beforeOperator); // PEG: the comparison ends before a pair that does not parse
                break;
            }
            ops.add(op);
        }
        return ops.isEmpty() ? left : new Expr.Compare(ts.from(start), left, ops, comparators);
    }

    private CmpOp compareOp() {
        Token t = ts.peek();
        if (t.kind() != TokenKind.OP && t.kind() != TokenKind.NAME) {
            return null;
        }
        CmpOp op = switch (t.text()) {
            case "==" -> CmpOp.EQ;
            case "!=" -> CmpOp.NOT_EQ;
            case "<" -> CmpOp.LT;
            case "<=" -> CmpOp.LT_E;
            case ">" -> CmpOp.GT;
            case ">=" -> CmpOp.GT_E;
            case "in" -> CmpOp.IN;
            case "is" -> ts.atAhead(1, "not") ? CmpOp.IS_NOT : CmpOp.IS;
            case "not" -> ts.atAhead(1, "in") ? CmpOp.NOT_IN : null;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        ts.next();
        if (op == CmpOp.IS_NOT || op == CmpOp.NOT_IN) {
            ts.next();
        }
        return op;
    }

    Expr bitwiseOr() {
        return binary(0);
    }

    private static final String[][] LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "//", "%", "@"}};

    private Expr binary(int level) {
        if (level == LEVELS.length) {
            return factor();
        }
        Pos start = ts.startPos();
        Expr left = binary(level + 1);
        while (true) {
            Token t = ts.peek();
            if (t.kind() != TokenKind.OP || !contains(LEVELS[level], t.text())) {
                return left;
            }
            int beforeOperator = ts.mark();
            ts.next();
            Expr right;
            try {
                right = binary(level + 1);
            } catch (SyntaxErrorException e) {
                if (!TokenStream.isPlainFailure(e)) {
                    throw e;
                }
                // as a PEG parser backtracks: the operator is left for the caller to fail on (or a forced token
                // to name); a plain "invalid syntax" is still reported at the furthest token read
                ts.reset(beforeOperator);
                return left;
            }
            left = new Expr.BinOp(ts.from(start), left, Operator.bySymbol(t.text()), right);
        }
    }

    private static boolean contains(String[] ops, String s) {
        for (String o : ops) {
            if (o.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private Expr factor() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.OP && (t.text().equals("-") || t.text().equals("+") || t.text().equals("~"))) {
            ts.enter();
            try {
                Pos start = ts.startPos();
                ts.next();
                Expr operand = factor();
                UnaryOperator op = switch (t.text()) {
                    case "-" -> UnaryOperator.USUB;
                    case "+" -> UnaryOperator.UADD;
                    default -> UnaryOperator.INVERT;
                };
                return new Expr.UnaryOp(ts.from(start), op, operand);
            } finally {
                ts.leave();
            }
        }
        return power();
    }

    private Expr power() {
        Pos start = ts.startPos();
        Expr base = awaitPrimary();
        if (ts.at("**")) {
            ts.next();
            ts.enter();
            ts.enter(); // CPython's parser spends two levels per power
            try {
                Expr exp = factor();
                return new Expr.BinOp(ts.from(start), base, Operator.POW, exp);
            } finally {
                ts.leave();
                ts.leave();
            }
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (ts.at("await")) {
            Pos start = ts.startPos();
            ts.next();
            Expr v = primary();
            return new Expr.Await(ts.from(start), v);
        }
        return primary();
    }

    Expr primary() {
        Pos start = ts.startPos();
        Expr e = atom();
        while (ts.at(".") || ts.at("(") || ts.at("[")) {
            int beforeSuffix = ts.mark();
            try {
                e = primarySuffix(start, e);
            } catch (SyntaxErrorException x) {
                if (!TokenStream.isPlainFailure(x)) {
                    throw x;
                }
                ts.reset(beforeSuffix); // PEG: the primary ends before a suffix that does not parse
                return e;
            }
        }
        return e;
    }

    private Expr primarySuffix(Pos start, Expr e) {
        if (ts.at(".")) {
            ts.next();
            String name = ts.expectName();
            return new Expr.Attribute(ts.from(start), e, name, Ctx.LOAD);
        }
        if (ts.at("(")) {
            return call(start, e);
        }
        ts.next();
        Expr slice = slices();
        ts.expect("]");
        return new Expr.Subscript(ts.from(start), e, slice, Ctx.LOAD);
    }

    private Token commaBefore(Pos argStart) {
        Token p = ts.prev();
        return p;
    }

    /** Parses call arguments "(...)" applied to {@code func}. */
    Expr callOn(Pos start, Expr func) {
        return call(start, func);
    }

    /** The subject of a match statement. */
    Expr subjectExpression() {
        Pos start = ts.startPos();
        Expr first = starNamedExpression();
        if (!ts.at(",")) {
            if (first instanceof Expr.Starred) {
                throw ts.invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.at(":")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(ts.from(start), elts, Ctx.LOAD);
    }

    /** A single (possibly starred) target, as after "with ... as". */
    Expr starTargetSingle() {
        return targetAtom();
    }

    /** A del target. */
    Expr bitwiseOrOrStarred() {
        return targetAtom();
    }

    private Expr call(Pos start, Expr func) {
        Token open = ts.expect("(");
        ts.enter();
        try {
            List<Expr> args = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            while (!ts.at(")")) {
                Pos argStart = ts.startPos();
                Token beforeArg = ts.prev();
                if (ts.at("**")) {
                    ts.next();
                    Expr v = expression();
                    keywords.add(new Keyword(ts.from(argStart), null, v));
                } else if (ts.at("*")) {
                    ts.next();
                    if (!startsExpression()) {
                        throw TokenStream.errorAt(ts.startPos(), "Invalid star expression");
                    }
                    Expr v = expression();
                    Expr starred = new Expr.Starred(ts.from(argStart), v, Ctx.LOAD);
                    if (atComprehension()) {
                        throw TokenStream.errorAt(starred.pos(), "iterable unpacking cannot be used in comprehension");
                    }
                    if (!keywords.isEmpty() && keywords.stream().anyMatch(k -> k.arg() == null)) {
                        Token comma = beforeArg;
                        throw TokenStream.errorAt(comma.line(), comma.col(), starred.pos().endLine(),
                                starred.pos().endCol(), "iterable argument unpacking follows keyword argument unpacking");
                    }
                    args.add(starred);
                } else if (ts.atName() && ts.atAhead(1, "=")) {
                    Token name = ts.next();
                    Token eq = ts.next();
                    invalid.kwargValue(name, eq);
                    Expr v = expression();
                    invalid.kwargFollowedByComprehension(name, eq);
                    keywords.add(new Keyword(ts.from(argStart), name.text(), v));
                } else {
                    invalid.kwargSingleton();
                    Expr v = starNamedExpression(false);
                    if (v instanceof Expr.Starred st && atComprehension()) {
                        throw TokenStream.errorAt(st.pos(), "iterable unpacking cannot be used in comprehension");
                    }
                    if (v instanceof Expr.Starred st) {
                        args.add(st);
                        if (!ts.accept(",")) {
                            break;
                        }
                        continue;
                    }
                    if (atComprehension()) {
                        List<Comprehension> gens = comprehensionClauses();
                        v = new Expr.GeneratorExp(new Pos(start.line(), ts.startPos().col(), 0, 0), v, gens);
                        // the generator's span is the call's parentheses
                        if (!ts.at(")") && !ts.at(",")) {
                            throw ts.invalidSyntax();
                        }
                        if (!args.isEmpty() || !keywords.isEmpty() || ts.at(",")) {
                            throw TokenStream.errorAt(v.pos().line(), argStart.col(), ts.prev().endLine(),
                                    ts.prev().endCol(), "Generator expression must be parenthesized");
                        }
                        Token close = ts.peek();
                        v = new Expr.GeneratorExp(new Pos(open.line(), open.col(), close.endLine(), close.endCol()),
                                ((Expr.GeneratorExp) v).elt(), ((Expr.GeneratorExp) v).generators());
                    } else if (ts.at("=")) {
                        Token eq = ts.peek();
                        throw TokenStream.errorAt(v.pos().line(), v.pos().col(), eq.endLine(), eq.endCol(),
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }
                    if (!keywords.isEmpty()) {
                        // CPython reports these at the token after the offending argument
                        Token after = ts.peek();
                        Pos at = new Pos(after.line(), after.col(), after.endLine(), after.endCol());
                        if (keywords.stream().anyMatch(k -> k.arg() == null)) {
                            throw TokenStream.errorAt(at, "positional argument follows keyword argument unpacking");
                        }
                        throw TokenStream.errorAt(at, "positional argument follows keyword argument");
                    }
                    args.add(v);
                }
                if (!ts.accept(",")) {
                    break;
                }
            }
            ts.expect(")");
            return new Expr.Call(ts.from(start), func, args, keywords);
        } finally {
            ts.leave();
        }
    }

    /** slices: one slice, or a tuple of slices/starred expressions. */
    private Expr slices() {
        Pos start = ts.startPos();
        Expr first = slice();
        if (!ts.at(",")) {
            if (first instanceof Expr.Starred) {
                // a[*b] subscripts with a one-element tuple
                return new Expr.Tuple(ts.from(start), List.of(first), Ctx.LOAD);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(ts.from(start), elts, Ctx.LOAD);
    }

    private Expr slice() {
        Pos start = ts.startPos();
        if (ts.at("*")) {
            return starExpression();
        }
        Expr lower = null;
        if (!ts.at(":")) {
            lower = namedExpression();
            if (!ts.at(":")) {
                return lower;
            }
        }
        ts.expect(":");
        Expr upper = null, step = null;
        if (!ts.at(":") && !ts.at("]") && !ts.at(",")) {
            upper = expression();
        }
        if (ts.accept(":")) {
            if (!ts.at("]") && !ts.at(",")) {
                step = expression();
            }
        }
        return new Expr.Slice(ts.from(start), lower, upper, step);
    }

    Expr atom() {
        Token t = ts.peek();
        Pos p = new Pos(t.line(), t.col(), t.endLine(), t.endCol());
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        ts.next();
                        return new Expr.Constant(p, PyNone.INSTANCE);
                    }
                    case "True" -> {
                        ts.next();
                        return new Expr.Constant(p, PyBool.TRUE);
                    }
                    case "False" -> {
                        ts.next();
                        return new Expr.Constant(p, PyBool.FALSE);
                    }
                    default -> {
                        if (TokenStream.KEYWORDS.contains(t.text())) {
                            throw ts.invalidSyntax();
                        }
                        ts.next();
                        return new Expr.Name(p, t.text(), Ctx.LOAD);
                    }
                }
            }
            case NUMBER -> {
                ts.next();
                return new Expr.Constant(p, number(t.text()));
            }
            case STRING -> {
                return fstrings.strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return dictOrSet();
                    }
                    case "..." -> {
                        ts.next();
                        return new Expr.Constant(p, PyEllipsis.INSTANCE);
                    }
                    default -> throw ts.invalidSyntax();
                }
            }
            default -> throw ts.invalidSyntax();
        }
    }

    static dev.tiercel.runtime.object.PyObject number(String text) {
        String s = text.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0' && Character.isLetter(s.charAt(1))) {
            int radix = switch (Character.toLowerCase(s.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return PyInt.of(new BigInteger(s.substring(2), radix));
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return PyFloat.of(Double.parseDouble(s));
        }
        if (s.length() < 19) {
            return PyInt.of(Long.parseLong(s));
        }
        return PyInt.of(new BigInteger(s));
    }

    private Expr parenthesized() {
        Pos start = ts.startPos();
        ts.expect("(");
        ts.enter();
        try {
            if (ts.accept(")")) {
                return new Expr.Tuple(ts.from(start), List.of(), Ctx.LOAD);
            }
            if (ts.at("yield")) {
                Expr y = yieldExpression();
                ts.expect(")");
                return y;
            }
            Expr first = starNamedExpression();
            if (atComprehension()) {
                noStarredElement(first);
                List<Comprehension> gens = comprehensionClauses();
                ts.expect(")");
                return new Expr.GeneratorExp(ts.from(start), first, gens);
            }
            if (ts.at(")")) {
                ts.next();
                if (first instanceof Expr.Starred) {
                    throw TokenStream.errorAt(first.pos(), "cannot use starred expression here");
                }
                return first; // a parenthesized expression keeps its inner span
            }
            List<Expr> elts = new ArrayList<>(List.of(first));
            while (ts.accept(",")) {
                if (ts.at(")")) {
                    break;
                }
                Expr e = starNamedExpression();
                elts.add(e);
            }
            ts.expect(")");
            return new Expr.Tuple(ts.from(start), elts, Ctx.LOAD);
        } finally {
            ts.leave();
        }
    }

    private Expr listDisplay() {
        Pos start = ts.startPos();
        ts.expect("[");
        ts.enter();
        try {
            if (ts.accept("]")) {
                return new Expr.ListExpr(ts.from(start), List.of(), Ctx.LOAD);
            }
            Expr first = starNamedExpression();
            if (atComprehension()) {
                noStarredElement(first);
                List<Comprehension> gens = comprehensionClauses();
                ts.expect("]");
                return new Expr.ListComp(ts.from(start), first, gens);
            }
            List<Expr> elts = new ArrayList<>(List.of(first));
            while (ts.accept(",")) {
                invalid.comprehensionTarget(elts);
                if (ts.at("]")) {
                    break;
                }
                Expr e = starNamedExpression();
                elts.add(e);
            }
            invalid.comprehensionTarget(elts);
            ts.expect("]");
            return new Expr.ListExpr(ts.from(start), elts, Ctx.LOAD);
        } finally {
            ts.leave();
        }
    }

    private Expr dictOrSet() {
        Pos start = ts.startPos();
        ts.expect("{");
        ts.enter();
        try {
            if (ts.accept("}")) {
                return new Expr.Dict(ts.from(start), List.of(), List.of());
            }
            if (ts.at("**")) {
                return dictRest(start, null, null);
            }
            Expr first = starNamedExpression();
            if (ts.at(":")) {
                if (first instanceof Expr.Starred) {
                    throw ts.invalidSyntax();
                }
                Expr value = dictValue();
                if (atComprehension()) {
                    List<Comprehension> gens = comprehensionClauses();
                    ts.expect("}");
                    return new Expr.DictComp(ts.from(start), first, value, gens);
                }
                return dictRest(start, first, value);
            }
            if (atComprehension()) {
                noStarredElement(first);
                List<Comprehension> gens = comprehensionClauses();
                ts.expect("}");
                return new Expr.SetComp(ts.from(start), first, gens);
            }
            List<Expr> elts = new ArrayList<>(List.of(first));
            while (ts.accept(",")) {
                invalid.comprehensionTarget(elts);
                if (ts.at("}")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            invalid.comprehensionTarget(elts);
            ts.expect("}");
            return new Expr.Set(ts.from(start), elts);
        } finally {
            ts.leave();
        }
    }

    private Expr dictRest(Pos start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!ts.accept(",")) {
                ts.expect("}");
                return new Expr.Dict(ts.from(start), keys, values);
            }
        }
        while (!ts.at("}")) {
            if (ts.at("**")) {
                Token stars = ts.next();
                keys.add(null);
                values.add(bitwiseOr());
                if (atComprehension()) {
                    throw TokenStream.errorAt(stars.line(), stars.col(), stars.endLine(), stars.endCol(),
                            "dict unpacking cannot be used in dict comprehension");
                }
            } else {
                Expr key = expression(false);
                if (!ts.at(":")) {
                    // CPython points at the key's last character
                    throw TokenStream.errorAt(key.pos().endLine(), key.pos().endCol() - 1, key.pos().endLine(),
                            -1, "':' expected after dictionary key");
                }
                keys.add(key);
                values.add(dictValue());
            }
            if (!ts.accept(",")) {
                break;
            }
        }
        ts.expect("}");
        return new Expr.Dict(ts.from(start), keys, values);
    }

    /** After a key's ':' (consumed here): the value, with invalid_kvpair's messages. */
    private Expr dictValue() {
        Token colon = ts.expect(":");
        if (ts.at("}") || ts.at(",")) {
            throw TokenStream.errorAt(colon.line(), colon.col(), colon.endLine(), colon.endCol(),
                    "expression expected after dictionary key and ':'");
        }
        if (ts.at("*")) {
            Pos star = ts.startPos();
            Pos value = invalid.trial(ts.mark() + 1, () -> bitwiseOr().pos());
            throw TokenStream.errorAt(value == null ? star : Pos.span(star, value),
                    "cannot use a starred expression in a dictionary value");
        }
        return expression();
    }

    private static void noStarredElement(Expr e) {
        if (e instanceof Expr.Starred s) {
            throw TokenStream.errorAt(s.pos(), "iterable unpacking cannot be used in comprehension");
        }
    }

    List<Comprehension> comprehensionClauses() {
        Token prevTok = ts.prev();
        List<Comprehension> gens = new ArrayList<>();
        while (ts.at("for") || (ts.at("async") && ts.atAhead(1, "for"))) {
            boolean isAsync = ts.accept("async");
            ts.expect("for");
            Expr target = Targets.toTarget(starTargets(), Ctx.STORE, Targets.Use.FOR);
            if (!ts.at("in")) {
                Token t = ts.peek();
                throw TokenStream.errorAt(t.line(), t.col(), t.endLine(), t.endCol(),
                        "'in' expected after for-loop variables");
            }
            ts.next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.accept("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /** star_targets as an expression list (converted to Store by the caller). */
    Expr starTargets() {
        Pos start = ts.startPos();
        Expr first = targetAtom();
        if (!ts.at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.at("in") || ts.at("=") || ts.at(")") || ts.at(":")) {
                break;
            }
            elts.add(targetAtom());
        }
        return new Expr.Tuple(ts.from(start), elts, Ctx.LOAD);
    }

    private Expr targetAtom() {
        if (ts.at("*")) {
            Pos start = ts.startPos();
            ts.next();
            Expr v = targetAtom();
            return new Expr.Starred(ts.from(start), v, Ctx.LOAD);
        }
        return bitwiseOr();
    }

    Expr yieldExpression() {
        Pos start = ts.startPos();
        ts.expect("yield");
        if (ts.accept("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(ts.from(start), v);
        }
        if (!startsExpression()) {
            return new Expr.Yield(ts.from(start), null);
        }
        Expr v = starExpressions();
        return new Expr.Yield(ts.from(start), v);
    }

    Arg argWithAnnotation(boolean allowAnnotation, boolean starAnnotation) {
        Token name = ts.peek();
        String id = ts.expectName();
        if (id.equals("__debug__")) {
            throw TokenStream.errorAt(name.line(), name.col(), name.endLine(), name.endCol(),
                    "cannot assign to __debug__");
        }
        Expr annotation = null;
        if (allowAnnotation && ts.accept(":")) {
            annotation = starAnnotation && ts.at("*") ? starExpression() : expression();
        }
        return new Arg(ts.from(new Pos(name.line(), name.col(), name.endLine(), name.endCol())), id, annotation);
    }
}
