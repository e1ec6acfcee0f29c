package dev.tiercel.frontend.ast;

import java.util.List;

/** Match-statement patterns, as in CPython's {@code ast} module. */
public sealed interface Pattern extends Node {
    record MatchValue(Pos pos, Expr value) implements Pattern {}
    record MatchSingleton(Pos pos, dev.tiercel.runtime.object.PyObject value) implements Pattern {}
    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}
    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}
    record MatchStar(Pos pos, String name) implements Pattern {}
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {}
    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}
}
