package dev.tiercel.stdlib;

/** The fixed width of a pattern in code points, as a lookbehind needs it, or -1 when it varies. */
final class RegexWidth {
    private RegexWidth() {}

    static int fixed(RegexNode n) {
        return switch (n) {
            case RegexNode.Literal l -> 1;
            case RegexNode.Any a -> 1;
            case RegexNode.CharSet c -> 1;
            case RegexNode.Anchor a -> 0;
            case RegexNode.Empty e -> 0;
            case RegexNode.Look l -> 0;
            case RegexNode.Group g -> fixed(g.body());
            case RegexNode.Atomic a -> fixed(a.body());
            case RegexNode.Backref b -> -1;
            case RegexNode.Concat c -> {
                int sum = 0;
                for (RegexNode item : c.items()) {
                    int w = fixed(item);
                    if (w < 0) {
                        yield -1;
                    }
                    sum += w;
                }
                yield sum;
            }
            case RegexNode.Alternation a -> same(a.branches().toArray(RegexNode[]::new));
            case RegexNode.Conditional c -> same(c.yes(), c.no());
            case RegexNode.Repeat r -> {
                int w = fixed(r.body());
                yield r.min() == r.max() && w >= 0 ? w * r.min() : -1;
            }
        };
    }

    private static int same(RegexNode... options) {
        int w = fixed(options[0]);
        for (RegexNode o : options) {
            if (fixed(o) != w) {
                return -1;
            }
        }
        return w;
    }
}
