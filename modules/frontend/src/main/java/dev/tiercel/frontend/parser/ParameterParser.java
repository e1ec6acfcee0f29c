package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.ast.Arg;
import dev.tiercel.frontend.ast.Arguments;
import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/** Parses a {@code def} or {@code lambda} parameter list up to (not including) its closing token. */
final class ParameterParser {
    private final ExpressionParser exprs;
    private final TokenStream ts;
    private final boolean annotations;

    ParameterParser(ExpressionParser exprs, boolean annotations) {
        this.exprs = exprs;
        this.ts = exprs.tokens();
        this.annotations = annotations;
    }

    Arguments parameters(String close) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        boolean star = false;
        while (!ts.at(close)) {
            if (ts.at("/")) {
                if (star) {
                    throw TokenStream.errorAt(ts.startPos(), "/ must be ahead of *");
                }
                if (!posonly.isEmpty()) {
                    throw TokenStream.errorAt(ts.startPos(), "/ may appear only once");
                }
                if (args.isEmpty()) {
                    if (!ts.atAhead(1, ",")) {
                        throw ts.invalidSyntax();
                    }
                    throw TokenStream.errorAt(ts.startPos(), "at least one argument must precede /");
                }
                ts.next();
                posonly.addAll(args);
                args.clear();
            } else if (ts.at("**")) {
                ts.next();
                kwarg = exprs.argWithAnnotation(annotations, false);
                if (ts.at("=")) {
                    throw TokenStream.errorAt(ts.startPos(), "var-keyword argument cannot have default value");
                }
                ts.accept(",");
                if (!ts.at(close)) {
                    throw TokenStream.errorAt(ts.startPos(), "arguments cannot follow var-keyword argument");
                }
                break;
            } else if (ts.at("*")) {
                if (star) {
                    throw TokenStream.errorAt(ts.startPos(), "* argument may appear only once");
                }
                var starPos = ts.startPos();
                ts.next();
                star = true;
                if (ts.at(",") || ts.at(close)) {
                    if (ts.at(close) || ts.atAhead(1, "**") || ts.atAhead(1, close)) {
                        // CPython points at the '*' of a def, at the token after it in a lambda
                        throw TokenStream.errorAt(close.equals(":") ? ts.startPos() : starPos,
                                "named arguments must follow bare *");
                    }
                } else {
                    vararg = exprs.argWithAnnotation(annotations, true);
                    if (ts.at("=")) {
                        throw TokenStream.errorAt(ts.startPos(), "var-positional argument cannot have default value");
                    }
                }
            } else {
                if (ts.at("(") && defaults.isEmpty() && !star) {
                    exprs.invalidRules().parenthesizedParameters(annotations);
                }
                Arg a = exprs.argWithAnnotation(annotations, false);
                Expr dflt = null;
                if (ts.at("=")) {
                    Token eq = ts.next();
                    if (ts.at(",") || ts.at(")")) {
                        throw TokenStream.errorAt(eq.line(), eq.col(), eq.endLine(), eq.endCol(),
                                "expected default value expression");
                    }
                    dflt = exprs.expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw TokenStream.errorAt(a.pos(), "parameter without a default follows parameter with a default");
                    }
                    args.add(a);
                }
            }
            if (!ts.accept(",")) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }
}
