package dev.tiercel.frontend.ast;

/** Any AST node with a source position. */
public interface Node {
    Pos pos();
}
