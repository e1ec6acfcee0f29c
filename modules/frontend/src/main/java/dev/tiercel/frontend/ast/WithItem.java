package dev.tiercel.frontend.ast;

/** One {@code with} item. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
