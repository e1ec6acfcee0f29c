package dev.tiercel.frontend.ast;

/** A keyword argument; {@code arg} is null for {@code **mapping}. */
public record Keyword(Pos pos, String arg, Expr value) implements Node {}
