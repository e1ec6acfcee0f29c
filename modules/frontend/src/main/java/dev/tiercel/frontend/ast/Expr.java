package dev.tiercel.frontend.ast;

import dev.tiercel.runtime.object.PyObject;
import java.util.List;

/** Expression nodes, named and shaped like CPython's {@code ast} module. */
public sealed interface Expr extends Node {
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}
    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    /** A null key marks a {@code **mapping} entry. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}
    record Set(Pos pos, List<Expr> elts) implements Expr {}
    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record Await(Pos pos, Expr value) implements Expr {}
    record Yield(Pos pos, Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    /** conversion is -1 or one of 's', 'r', 'a'. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}
    record Constant(Pos pos, PyObject value) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}
    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}
    record Name(Pos pos, String id, Ctx ctx) implements Expr {}
    record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
}
