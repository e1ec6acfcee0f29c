package dev.tiercel.frontend.ast;

import java.util.List;

/** A parsed module (or an {@code eval} expression wrapped as one return). */
public record Module(List<Stmt> body) {}
