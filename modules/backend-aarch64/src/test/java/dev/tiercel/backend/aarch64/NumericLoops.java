package dev.tiercel.backend.aarch64;

import java.util.Random;

/**
 * Generates a Python program of seeded random numeric loops, one function each, called and printed in turn: int and
 * float locals, {@code + - *} expressions that overflow int64, comparisons and branches, types that change in the
 * middle of a loop (int to float, bool, None), {@code for} over ranges and {@code while} loops, and in some loops
 * {@code //}, {@code %} or {@code /} that may divide by zero. Exceptions are caught and printed, so one program
 * exercises every loop whatever happens.
 */
public final class NumericLoops {
    private final Random rnd;
    private final StringBuilder out = new StringBuilder();
    private int vars;
    private boolean division;

    private final int longLoop;

    /** Loops of up to 80 iterations, and one in ten of 2,000 to 5,000. */
    public NumericLoops(long seed) {
        this(seed, 2000);
    }

    /** Loops of up to 80 iterations, and one in ten of {@code longLoop} to 2.5 times that. */
    public NumericLoops(long seed, int longLoop) {
        this.rnd = new Random(seed);
        this.longLoop = longLoop;
    }

    /** A program of {@code count} loops. */
    public String program(int count) {
        out.append("def show(k, f, *args):\n    try:\n        print(k, f(*args))\n")
                .append("    except Exception as e:\n        print(k, type(e).__name__, e)\n\n");
        for (int k = 0; k < count; k++) {
            function(k);
        }
        return out.toString();
    }

    private void function(int k) {
        vars = 2 + rnd.nextInt(3);
        division = rnd.nextInt(100) < 15;
        out.append("def f").append(k).append("(n):\n");
        for (int v = 0; v < vars; v++) {
            out.append("    v").append(v).append(" = ").append(initial()).append('\n');
        }
        boolean whileLoop = rnd.nextInt(100) < 35;
        String indent = "        ";
        if (whileLoop) {
            out.append("    i = ").append(rnd.nextInt(5) - 2).append("\n    while i < n:\n");
        } else {
            int step = rnd.nextInt(100) < 80 ? 1 : 2 + rnd.nextInt(3);
            out.append("    for i in range(").append(rnd.nextInt(4) - 1).append(", n, ").append(step).append("):\n");
        }
        int statements = 1 + rnd.nextInt(5);
        for (int s = 0; s < statements; s++) {
            statement(indent, 2);
        }
        if (whileLoop) {
            out.append(indent).append("i += ").append(1 + rnd.nextInt(2)).append('\n');
        }
        out.append("    return (");
        for (int v = 0; v < vars; v++) {
            out.append('v').append(v).append(", ");
        }
        out.append("i)\n");
        int n = rnd.nextInt(100) < 10 ? longLoop + rnd.nextInt(longLoop * 3 / 2) : rnd.nextInt(80);
        out.append("show(").append(k).append(", f").append(k).append(", ").append(n).append(")\n");
        if (rnd.nextBoolean()) {
            out.append("show(").append(k).append(", f").append(k).append(", ").append(rnd.nextInt(60)).append(")\n");
        }
        out.append('\n');
    }

    private String initial() {
        return switch (rnd.nextInt(10)) {
            case 0, 1, 2, 3 -> Integer.toString(rnd.nextInt(200) - 100);
            case 4 -> Long.toString(rnd.nextBoolean() ? (1L << 62) + rnd.nextInt(1000) : -(1L << 62) - rnd.nextInt(9));
            case 5, 6 -> floatLiteral();
            case 7 -> rnd.nextBoolean() ? "True" : "False";
            case 8 -> Long.toString(rnd.nextLong() >> rnd.nextInt(64));
            default -> "0";
        };
    }

    private String floatLiteral() {
        return switch (rnd.nextInt(8)) {
            case 0 -> "-0.0";
            case 1 -> "1e308";
            case 2 -> "float('nan')";
            case 3 -> "float('-inf')";
            default -> (rnd.nextInt(2000) - 1000) / 8.0 + "";
        };
    }

    private String var() {
        return "v" + rnd.nextInt(vars);
    }

    private String operand() {
        return switch (rnd.nextInt(7)) {
            case 0, 1, 2 -> var();
            case 3 -> "i";
            case 4 -> Integer.toString(rnd.nextInt(20) - 5);
            case 5 -> rnd.nextInt(5) == 0 ? Long.toString(Long.MAX_VALUE - rnd.nextInt(3)) : floatOrInt();
            default -> var();
        };
    }

    private String floatOrInt() {
        return rnd.nextBoolean() ? (rnd.nextInt(64) - 32) / 4.0 + "" : Integer.toString(rnd.nextInt(1000));
    }

    private String floatOrSmall() {
        return rnd.nextBoolean() ? (rnd.nextInt(16) - 8) / 4.0 + "" : Integer.toString(rnd.nextInt(13) - 6);
    }

    private String expression(int depth) {
        if (depth == 0 || rnd.nextInt(3) == 0) {
            return operand();
        }
        String op;
        int r = rnd.nextInt(100);
        if (division && r < 20) {
            op = new String[] {"//", "%", "/"}[rnd.nextInt(3)];
        } else {
            op = new String[] {"+", "-", "*", "+", "-"}[rnd.nextInt(5)];
        }
        // multiplying only by small numbers keeps big ints growing linearly, not by squaring
        String right = op.equals("*") ? (rnd.nextBoolean() ? "i" : floatOrSmall()) : expression(depth - 1);
        return "(" + expression(depth - 1) + " " + op + " " + right + ")";
    }

    private void statement(String indent, int nesting) {
        int r = rnd.nextInt(100);
        if (r < 40) {
            out.append(indent).append(var()).append(" = ").append(expression(2)).append('\n');
        } else if (r < 55) {
            boolean times = rnd.nextInt(3) == 0;
            out.append(indent).append(var()).append(times ? " *= " : rnd.nextBoolean() ? " += " : " -= ")
                    .append(times ? floatOrSmall() : expression(1)).append('\n');
        } else if (r < 75 && nesting > 0) {
            String cmp = new String[] {"<", "<=", "==", "!=", ">", ">="}[rnd.nextInt(6)];
            out.append(indent).append("if ").append(operand()).append(' ').append(cmp).append(' ').append(operand())
                    .append(":\n");
            statement(indent + "    ", nesting - 1);
            if (rnd.nextBoolean()) {
                out.append(indent).append("else:\n");
                statement(indent + "    ", nesting - 1);
            }
        } else if (r < 85) {
            // a type change in the middle of the loop
            String value = switch (rnd.nextInt(4)) {
                case 0 -> floatLiteral();
                case 1 -> "True";
                case 2 -> "None";
                default -> Integer.toString(rnd.nextInt(50));
            };
            out.append(indent).append("if i == ").append(rnd.nextInt(40)).append(":\n").append(indent)
                    .append("    ").append(var()).append(" = ").append(value).append('\n');
        } else if (r < 92 && nesting > 0) {
            out.append(indent).append("if ").append(rnd.nextBoolean() ? "not " : "").append(var()).append(":\n");
            statement(indent + "    ", nesting - 1);
        } else {
            out.append(indent).append(var()).append(", ").append(var()).append(" = ").append(operand()).append(", ")
                    .append(operand()).append('\n');
        }
    }
}
