package dev.tiercel.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded Python programs that run every specializable instruction family over mixed-type operands: small
 * functions, one per operation, called in runs of same-typed inputs (so tier 1 specializes them) that switch types
 * (so it de-specializes them), printing each result or exception. For {@link SpecializationPropertyTest}.
 */
final class MixedTypePrograms {

    /** Operand expressions, each evaluated afresh per call (mutable values are not shared between calls). */
    private static final String[] VALUES = {
        "0", "1", "-3", "7", "2**63", "-(2**64) + 5", "10**20", "True", "False",
        "0.0", "-0.0", "1.5", "-2.25", "float('nan')", "float('inf')", "1e308",
        "''", "'ab'", "'x'", "[1, 2]", "[]", "['a', 3]", "(1, 2)", "()", "(3, 'b', None)",
        "{1: 'a', 'x': 2}", "{}", "None", "{1, 2}", "D(1)", "D('s')", "S(2)", "P(3)", "range(3)",
        "iter([4, 5])", "(v for v in (6, 7))",
    };

    /**
     * Operands of one type, which half of the runs draw both operands from (what makes instructions specialize);
     * ints include bools and big ones, so that a specialized form also meets the edges of its type.
     */
    private static final String[][] SAME_TYPE = {
        {"0", "1", "-3", "7", "2**63", "-(2**64) + 5", "True"},
        {"0.0", "-0.0", "1.5", "-2.25", "float('nan')", "float('inf')"},
        {"''", "'ab'", "'x'"},
        {"[1, 2]", "[]", "['a', 3]", "[0]"},
        {"(1, 2)", "()", "(3, 'b', None)", "(0,)"},
        {"{1: 'a', 'x': 2}", "{}", "{0: 1}"},
        {"{1, 2}", "set()", "frozenset({0})"},
        {"P(3)", "P('p')", "S(2)", "D(1)"},
        {"(v for v in (6, 7))", "gen(2)", "iter([4, 5])", "range(2)"},
    };

    /** Right operands of operators whose cost grows with the operand (**, <<, * of sequences). */
    private static final String[] SMALL = {"0", "1", "-3", "7", "True", "False", "1.5", "-2.25", "'ab'", "[1, 2]",
        "None", "D(1)", "(1, 2)"};

    private static final String[] CALLABLES = {
        "len", "abs", "str", "type", "tuple", "repr", "pyf", "pyf2", "P", "S", "D", "D(2)", "P(1).get", "int",
        "float", "list", "sorted", "max", "bool", "isinstance", "P.get", "[].append", "{}.get", "'-'.join",
    };

    private static final String PRELUDE = """
            class D:
                def __init__(self, v):
                    self.v = v
                    self.x = v
                def __repr__(self):
                    return f"D({self.v!r})"
                def __add__(self, o):
                    return D(('add', self.v, o.v if isinstance(o, D) else o))
                def __radd__(self, o):
                    return D(('radd', o, self.v))
                def __sub__(self, o):
                    return D(('sub', self.v))
                def __mul__(self, o):
                    return D(('mul', self.v))
                def __lt__(self, o):
                    return isinstance(o, D) and repr(self.v) < repr(o.v)
                def __eq__(self, o):
                    return isinstance(o, D) and self.v == o.v
                def __hash__(self):
                    return hash(repr(self.v))
                def __bool__(self):
                    return bool(self.v)
                def __len__(self):
                    return 3
                def __getitem__(self, k):
                    return ('item', k)
                def __setitem__(self, k, v):
                    self.v = (k, v)
                def __contains__(self, k):
                    return k == self.v
                def __iter__(self):
                    return iter([self.v, self.v])
                def __call__(self, *a):
                    return ('called', a)

            class S:
                __slots__ = ('x', 'y')
                def __init__(self, x):
                    self.x = x
                    self.y = 0
                def __repr__(self):
                    return f"S({self.x!r})"

            class P:
                def __init__(self, x):
                    self.x = x
                def get(self):
                    return self.x
                def __repr__(self):
                    return f"P({self.x!r})"

            def pyf(a):
                return ('pyf', a)

            def pyf2(a, b=1):
                return ('pyf2', a, b)

            def gen(n):
                for i in range(n):
                    yield i
                return n

            def deleg(a):
                r = yield from a
                return r

            G = 1

            def show(i, f, *args):
                try:
                    r = f(*args)
                    print(i, repr(r))
                except Exception as e:
                    print(i, type(e).__name__, e)

            """;

    private final Random rnd;
    private final List<String> functions = new ArrayList<>();
    /** For each function, which operand lists its calls draw from: 0 any, 1 small right operand, 2 callables. */
    private final List<Integer> shapes = new ArrayList<>();
    /** The functions of each family, so that every family gets called as often. */
    private final List<List<Integer>> families = new ArrayList<>();

    MixedTypePrograms(long seed) {
        this.rnd = new Random(seed);
        family();
        String[] others = {"/", "//", "%", "**", "&", "|", "^", "<<", ">>"};
        for (String op : new String[] {"+", "-", "*", others[rnd.nextInt(others.length)]}) {
            boolean costly = op.equals("**") || op.equals("<<") || op.equals("*");
            def("return a " + op + " b", costly ? 1 : 0);
            if (!op.equals("*")) {
                def("a " + op + "= b\n    return a", costly ? 1 : 0);
            }
        }
        family();
        String[] cmps = {"<", "<=", "!=", ">", ">="};
        for (String cmp : new String[] {"==", cmps[rnd.nextInt(cmps.length)]}) {
            def("return a " + cmp + " b", 0);
        }
        family();
        def("return 1 if a else 0", 0);
        def("return not a", 0);
        family();
        def("return a[b]", 0);
        family();
        def("a[b] = 7\n    return a", 0);
        family();
        def("return a in b", 0);
        def("return a not in b", 0);
        family();
        def("return a.x", 0);
        def("return a.get()", 0);
        def("return a.real", 0);
        family();
        def("a.x = b\n    return a.x", 0);
        family();
        def("x, y = a\n    return y, x", 0);
        def("x, y, z = a\n    return z", 0);
        family();
        def("n = []\n    for v in a:\n        n.append(v)\n    return n", 0);
        family();
        def("return (G, a)", 0);
        family();
        def("return list(deleg(a))", 0);
        family();
        def("return a(b)", 2);
        def("return a()", 2);
        def("return a(b, b)", 2);
    }

    private void family() {
        families.add(new ArrayList<>());
    }

    private void def(String body, int shape) {
        families.getLast().add(functions.size());
        functions.add("def op" + functions.size() + "(a, b):\n    " + body + "\n");
        shapes.add(shape);
    }

    /**
     * A program of {@code calls} calls, in runs of one to 12 (sometimes 40 to 80) calls with the same operand expressions, each run of a
     * function of a family drawn uniformly.
     */
    String program(int calls) {
        StringBuilder sb = new StringBuilder(PRELUDE);
        functions.forEach(f -> sb.append(f).append('\n'));
        int i = 0;
        while (i < calls) {
            List<Integer> family = families.get(rnd.nextInt(families.size()));
            int fn = family.get(rnd.nextInt(family.size()));
            // ints and floats, the types most forms are for, come up as often as all the other types together
            int kind = rnd.nextInt(2 * SAME_TYPE.length);
            String[] pool = rnd.nextBoolean() ? SAME_TYPE[kind < SAME_TYPE.length ? kind : kind % 2] : VALUES;
            String a = shapes.get(fn) == 2 ? pick(CALLABLES) : pick(pool);
            String b = shapes.get(fn) == 1 ? pick(SMALL) : pick(pool);
            int run = rnd.nextInt(8) == 0 ? 40 + rnd.nextInt(40) : 1 + rnd.nextInt(12);
            if (rnd.nextInt(10) == 0) {
                sb.append("G = ").append(pick(VALUES)).append('\n');
            }
            if (rnd.nextInt(20) == 0) {
                sb.append("N").append(i).append(" = 0\n"); // a new global: the module dict's keys change
            }
            sb.append("for _ in range(").append(run).append("):\n    show(").append(i).append(", op").append(fn)
                    .append(", ").append(a).append(", ").append(b).append(")\n");
            i += run;
        }
        return sb.toString();
    }

    private String pick(String[] from) {
        return from[rnd.nextInt(from.length)];
    }
}
