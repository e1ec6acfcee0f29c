package dev.tiercel.frontend.ast;

import java.util.List;

/** One {@code case} of a match statement. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
