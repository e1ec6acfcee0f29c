package dev.tiercel.frontend.ast;

import java.util.List;

/** An {@code except} clause. */
public record ExceptHandler(Pos pos, Expr type, String name, java.util.List<Stmt> body) implements Node {
    public ExceptHandler {
        body = List.copyOf(body);
    }
}
