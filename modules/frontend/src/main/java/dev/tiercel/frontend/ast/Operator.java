package dev.tiercel.frontend.ast;

/** Binary operators, with CPython's {@code NB_*} numbers (BINARY_OP's oparg; in-place forms add 13). */
public enum Operator {
    ADD(0, "+"), BIT_AND(1, "&"), FLOOR_DIV(2, "//"), LSHIFT(3, "<<"), MAT_MULT(4, "@"), MULT(5, "*"),
    MOD(6, "%"), BIT_OR(7, "|"), POW(8, "**"), RSHIFT(9, ">>"), SUB(10, "-"), DIV(11, "/"), BIT_XOR(12, "^");

    public final int nb;
    public final String symbol;

    Operator(int nb, String symbol) {
        this.nb = nb;
        this.symbol = symbol;
    }

    public static Operator bySymbol(String s) {
        for (Operator o : values()) {
            if (o.symbol.equals(s)) {
                return o;
            }
        }
        return null;
    }
}
