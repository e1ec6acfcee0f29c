package dev.tiercel.frontend.ast;

/** PEP 695 type parameters. */
public sealed interface TypeParam extends Node {
    String name();

    record TypeVar(Pos pos, String name, Expr bound, Expr defaultValue) implements TypeParam {}
    record ParamSpec(Pos pos, String name, Expr defaultValue) implements TypeParam {}
    record TypeVarTuple(Pos pos, String name, Expr defaultValue) implements TypeParam {}
}
