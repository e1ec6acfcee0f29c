package dev.tiercel.frontend.ast;

/** Unary operators. */
public enum UnaryOperator { INVERT, NOT, UADD, USUB }
