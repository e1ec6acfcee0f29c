package dev.tiercel.stdlib;

import java.util.function.IntPredicate;

/**
 * Which code points a match of a pattern can begin with, when every match consumes at least one: a search skips
 * the positions whose code point cannot start a match instead of running the matcher there. Zero-width items
 * (anchors, lookarounds) before the first consuming item do not change which code point it consumes.
 */
final class RegexFirst {
    private RegexFirst() {}

    /** A test for the first code point of every match, or null when a match may be empty or it is unknown. */
    static IntPredicate of(RegexNode n) {
        return switch (n) {
            case RegexNode.Literal l -> l.ignoreCase() ? null : c -> c == l.cp();
            case RegexNode.Any a -> a.dotAll() ? c -> true : c -> c != '\n';
            case RegexNode.CharSet s -> c -> s.set().matches(c, s.ignoreCase(), s.ascii());
            case RegexNode.Concat c -> firstConsuming(c);
            case RegexNode.Alternation a -> union(a);
            case RegexNode.Group g -> of(g.body());
            case RegexNode.Atomic a -> of(a.body());
            case RegexNode.Repeat r -> r.min() >= 1 ? of(r.body()) : null;
            default -> null;
        };
    }

    private static IntPredicate firstConsuming(RegexNode.Concat c) {
        for (RegexNode item : c.items()) {
            if (item instanceof RegexNode.Anchor || item instanceof RegexNode.Look) {
                continue;
            }
            return of(item);
        }
        return null;
    }

    private static IntPredicate union(RegexNode.Alternation a) {
        IntPredicate all = null;
        for (RegexNode b : a.branches()) {
            IntPredicate p = of(b);
            if (p == null) {
                return null;
            }
            all = all == null ? p : all.or(p);
        }
        return all;
    }
}
