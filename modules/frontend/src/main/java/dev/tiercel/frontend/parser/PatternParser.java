package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Ctx;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Pattern;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.frontend.ast.UnaryOperator;
import dev.tiercel.frontend.lexer.Token;
import dev.tiercel.frontend.lexer.TokenKind;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyNone;
import java.util.ArrayList;
import java.util.List;

/** Parses match-statement patterns (PEP 634). */
final class PatternParser {
    private final ExpressionParser exprs;
    private final TokenStream ts;

    PatternParser(ExpressionParser exprs) {
        this.exprs = exprs;
        this.ts = exprs.tokens();
    }

    /** The pattern after 'case': an open sequence when there is a top-level comma. */
    Pattern casePattern() {
        Pos start = ts.startPos();
        Pattern first = maybeStarPattern();
        if (!ts.at(",")) {
            if (first instanceof Pattern.MatchStar) {
                throw ts.invalidSyntax(); // a star pattern needs a comma to make an open sequence
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.at(":") || ts.at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(ts.from(start), items);
    }

    private Pattern maybeStarPattern() {
        if (ts.at("*")) {
            Pos start = ts.startPos();
            ts.next();
            String name = ts.expectName();
            return new Pattern.MatchStar(ts.from(start), name.equals("_") ? null : name);
        }
        return pattern();
    }

    Pattern pattern() {
        ts.enter();
        try {
            Pos start = ts.startPos();
            Pattern p = orPattern();
            if (ts.accept("as")) {
                invalidAsTarget();
                String name = ts.expectName();
                if (name.equals("_")) {
                    throw TokenStream.errorAt(ts.prev().line(), ts.prev().col(), ts.prev().endLine(),
                            ts.prev().endCol(), "cannot use '_' as a target");
                }
                return new Pattern.MatchAs(ts.from(start), p, name);
            }
            return p;
        } finally {
            ts.leave();
        }
    }

    private Pattern orPattern() {
        Pos start = ts.startPos();
        Pattern first = closedPattern();
        if (!ts.at("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>(List.of(first));
        while (ts.accept("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(ts.from(start), alts);
    }

    private Pattern closedPattern() {
        Pos start = ts.startPos();
        Token t = ts.peek();
        if (t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.STRING || t.is("-")) {
            Expr value = literalValue();
            return new Pattern.MatchValue(ts.from(start), value);
        }
        if (t.is("None")) {
            ts.next();
            return new Pattern.MatchSingleton(ts.from(start), PyNone.INSTANCE);
        }
        if (t.is("True") || t.is("False")) {
            ts.next();
            return new Pattern.MatchSingleton(ts.from(start), t.is("True") ? PyBool.TRUE : PyBool.FALSE);
        }
        if (t.is("(") || t.is("[")) {
            String close = t.is("(") ? ")" : "]";
            ts.next();
            List<Pattern> items = new ArrayList<>();
            boolean comma = false;
            while (!ts.at(close)) {
                items.add(maybeStarPattern());
                if (!ts.accept(",")) {
                    break;
                }
                comma = true;
            }
            ts.expect(close);
            if (close.equals(")") && items.size() == 1 && !comma && !(items.get(0) instanceof Pattern.MatchStar)) {
                return items.get(0);
            }
            return new Pattern.MatchSequence(ts.from(start), items);
        }
        if (t.is("{")) {
            return mappingPattern(start);
        }
        if (ts.atName()) {
            Expr value = new Expr.Name(ts.startPos(), ts.next().text(), Ctx.LOAD);
            boolean dotted = false;
            while (ts.accept(".")) {
                dotted = true;
                String attr = ts.expectName();
                value = new Expr.Attribute(ts.from(start), value, attr, Ctx.LOAD);
            }
            if (ts.at("(")) {
                return classPattern(start, value);
            }
            if (dotted) {
                return new Pattern.MatchValue(ts.from(start), value);
            }
            String name = ((Expr.Name) value).id();
            return new Pattern.MatchAs(ts.from(start), null, name.equals("_") ? null : name);
        }
        throw ts.invalidSyntax();
    }

    private Expr literalValue() {
        Pos start = ts.startPos();
        Expr e;
        Token number = ts.peek();
        if (ts.at("-")) {
            ts.next();
            number = ts.peek();
            if (number.kind() != TokenKind.NUMBER) {
                throw ts.invalidSyntax();
            }
            Expr n = exprs.atom();
            e = new Expr.UnaryOp(ts.from(start), UnaryOperator.USUB, n);
        } else {
            e = exprs.atom();
        }
        if (ts.at("+") || ts.at("-")) {
            if (number.kind() == TokenKind.NUMBER && isImaginary(number)) {
                throw TokenStream.errorAt(number.line(), number.col(), number.endLine(), number.endCol(),
                        "real number required in complex literal");
            }
            boolean plus = ts.next().text().equals("+");
            Token im = ts.peek();
            if (im.kind() == TokenKind.NUMBER && !isImaginary(im)) {
                throw TokenStream.errorAt(im.line(), im.col(), im.endLine(), im.endCol(),
                        "imaginary number required in complex literal");
            }
            if (im.kind() != TokenKind.NUMBER) {
                throw ts.invalidSyntax();
            }
            Expr imag = exprs.atom();
            e = new Expr.BinOp(ts.from(start), e, plus ? dev.tiercel.frontend.ast.Operator.ADD
                    : dev.tiercel.frontend.ast.Operator.SUB, imag);
        }
        return e;
    }

    private static boolean isImaginary(Token number) {
        return number.text().endsWith("j") || number.text().endsWith("J");
    }

    /** invalid_as_pattern: "case x as 1" (the "as _" case is reported by the caller). */
    private void invalidAsTarget() {
        if (ts.atName() || ts.peek().kind() == TokenKind.NAME) {
            return;
        }
        Pos target = exprs.invalidRules().trial(ts.mark(), () -> exprs.expression().pos());
        if (target != null) {
            throw TokenStream.errorAt(target, "invalid pattern target");
        }
    }

    private Pattern mappingPattern(Pos start) {
        ts.expect("{");
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!ts.at("}")) {
            if (ts.accept("**")) {
                if (ts.at("_")) {
                    throw ts.invalidSyntax(); // '**_' is not a capture target
                }
                rest = ts.expectName();
                ts.accept(",");
                break;
            }
            Expr key;
            if (ts.atName()) {
                Pos ks = ts.startPos();
                key = new Expr.Name(ks, ts.next().text(), Ctx.LOAD);
                while (ts.accept(".")) {
                    String attr = ts.expectName();
                    key = new Expr.Attribute(ts.from(ks), key, attr, Ctx.LOAD);
                }
            } else if (ts.at("None") || ts.at("True") || ts.at("False")) {
                key = exprs.atom();
            } else {
                key = literalValue();
            }
            ts.expect(":");
            keys.add(key);
            values.add(pattern());
            if (!ts.accept(",")) {
                break;
            }
        }
        ts.expect("}");
        return new Pattern.MatchMapping(ts.from(start), keys, values, rest);
    }

    private Pattern classPattern(Pos start, Expr cls) {
        ts.expect("(");
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!ts.at(")")) {
            if (ts.atName() && ts.atAhead(1, "=")) {
                kwdAttrs.add(ts.next().text());
                ts.next();
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw TokenStream.errorAt(p.pos(), "positional patterns follow keyword patterns");
                }
                positional.add(p);
            }
            if (!ts.accept(",")) {
                break;
            }
        }
        ts.expect(")");
        return new Pattern.MatchClass(ts.from(start), cls, positional, kwdAttrs, kwdPatterns);
    }
}
