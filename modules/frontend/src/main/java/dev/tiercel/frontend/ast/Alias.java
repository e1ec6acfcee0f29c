package dev.tiercel.frontend.ast;

/** An imported name with its optional {@code as} name. */
public record Alias(Pos pos, String name, String asname) implements Node {}
