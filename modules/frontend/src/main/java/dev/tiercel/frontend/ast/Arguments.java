package dev.tiercel.frontend.ast;

import java.util.List;

/** A parameter list; {@code kwDefaults} has a null for a keyword-only parameter without default. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null,
            List.of());
}
