package dev.tiercel.stdlib;

import java.util.List;

/** The parsed form of a Python regular expression: what {@link RegexParser} builds and {@link RegexMatcher} runs. */
sealed interface RegexNode {

    /** One code point, compared case-insensitively when {@code ignoreCase}. */
    record Literal(int cp, boolean ignoreCase, boolean ascii) implements RegexNode {}

    /** {@code .}: any code point but a newline unless {@code dotAll}. */
    record Any(boolean dotAll) implements RegexNode {}

    /** A character set, {@code [...]} or an escape like {@code \d}. */
    record CharSet(CharClasses.Set set, boolean ignoreCase, boolean ascii) implements RegexNode {}

    /** A zero-width position test. */
    record Anchor(Kind kind, boolean multiline, boolean ascii) implements RegexNode {
        enum Kind { LINE_START, LINE_END, TEXT_START, TEXT_END, WORD_BOUNDARY, NOT_WORD_BOUNDARY }
    }

    record Concat(List<RegexNode> items) implements RegexNode {}

    record Alternation(List<RegexNode> branches) implements RegexNode {}

    /** A capturing group; {@code index} counts from 1. */
    record Group(int index, RegexNode body) implements RegexNode {}

    /** {@code body{min,max}}; max is -1 for unbounded. */
    record Repeat(RegexNode body, int min, int max, Mode mode) implements RegexNode {
        enum Mode { GREEDY, LAZY, POSSESSIVE }
    }

    record Backref(int group, boolean ignoreCase, boolean ascii) implements RegexNode {}

    /** Lookahead or lookbehind (of fixed {@code width}), positive or negative. */
    record Look(boolean behind, boolean negate, int width, RegexNode body) implements RegexNode {}

    /** {@code (?>...)}: matches once, never backtracked into. */
    record Atomic(RegexNode body) implements RegexNode {}

    /** {@code (?(group)yes|no)}. */
    record Conditional(int group, RegexNode yes, RegexNode no) implements RegexNode {}

    /** Matches the empty string. */
    record Empty() implements RegexNode {}
}
