package dev.tiercel.frontend.ast;

/** One parameter. */
public record Arg(Pos pos, String arg, Expr annotation) implements Node {}
